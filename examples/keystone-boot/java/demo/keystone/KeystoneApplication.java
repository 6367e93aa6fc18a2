package demo.keystone;

import java.net.URI;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import demo.identity.IdentityDriver;
import demo.identity.KeystoneApi;
import demo.identity.TokenDriver;

/**
 * Keystone's token API on Spring Boot. Scanning finds the Java DAOs of {@code demo.identity} and the
 * Python beans: the drivers ({@code demo.identity.keystone.drivers}) and the REST controller
 * ({@code demo.keystone_web.tokens}). With {@code --keystone.demo=true} it makes a client's calls to
 * itself over loopback, prints one line per call, and stops.
 */
@SpringBootApplication(scanBasePackages = {"demo.identity", "demo.keystone", "demo.keystone_web"})
public class KeystoneApplication {

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext context = SpringApplication.run(KeystoneApplication.class, args);
        if (context.getEnvironment().getProperty("keystone.demo", Boolean.class, false)) {
            String port = context.getEnvironment().getRequiredProperty("local.server.port");
            KeystoneApi.demoCalls(URI.create("http://127.0.0.1:" + port + KeystoneApi.TOKENS));
            System.out.println("controller: " + context.getBean("tokensController").getClass().getName()
                    + ", drivers: " + context.getBean(IdentityDriver.class).getClass().getName() + ", "
                    + context.getBean(TokenDriver.class).getClass().getName());
            System.exit(SpringApplication.exit(context));
        }
    }
}

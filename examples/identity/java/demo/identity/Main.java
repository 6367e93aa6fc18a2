package demo.identity;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the identity service (Java DAOs and front end, Python drivers, wired by Spring), makes the
 * Keystone calls a client makes over loopback, prints one line per call, and stops.
 */
public final class Main {

    private Main() {
    }

    /** The identity service's Spring context, with its settings. */
    public static AnnotationConfigApplicationContext context(Map<String, Object> settings) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("identity", settings));
        context.scan("demo.identity");
        context.refresh();
        return context;
    }

    public static void main(String[] args) throws Exception {
        try (AnnotationConfigApplicationContext context = context(Map.of("identity.token.ttl-seconds", "600"));
                KeystoneServer server = context.getBean(KeystoneServer.class)) {
            InetSocketAddress address = server.start();
            KeystoneApi.demoCalls(URI.create("http://127.0.0.1:" + address.getPort() + KeystoneApi.TOKENS));
            System.out.println("drivers: " + context.getBean(IdentityDriver.class).getClass().getName() + ", "
                    + context.getBean(TokenDriver.class).getClass().getName());
        }
    }
}

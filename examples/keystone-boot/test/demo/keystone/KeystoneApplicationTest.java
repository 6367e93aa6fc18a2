package demo.keystone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.ResponseEntity;

import demo.identity.IdentityDriver;
import demo.identity.KeystoneApi;
import demo.identity.TokenDriver;
import demo.identity.User;
import demo.keystone_web.tokens.TokensController;

/**
 * The application as `mvn test` sees it: the Python controller and drivers are beans of the context,
 * and the token API answers through them. {@code TokensController} is the Java class the plugin
 * generated from {@code python/keystone_web/tokens.py}, compiled against like any other. With JMX on, Spring
 * exports the Python {@code @ManagedResource} of {@code python/keystone_web/management.py}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.jmx.enabled=true")
class KeystoneApplicationTest {

    @Autowired
    private TokensController controller;
    @Autowired
    private IdentityDriver identity;
    @Autowired
    private TokenDriver tokens;
    @Value("${local.server.port}")
    private int port;

    @Test
    void theControllerAndTheDriversArePythonBeans() {
        assertEquals("demo.identity.keystone.drivers.PasswordIdentity", identity.getClass().getName());
        assertEquals("demo.identity.keystone.drivers.UuidTokenProvider", tokens.getClass().getName());
        ResponseEntity<String> unknown = controller.validate("no-such-token");
        assertEquals(404, unknown.getStatusCode().value());
    }

    @Test
    void theTokenApiAnswersOverHttp() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI uri = URI.create("http://127.0.0.1:" + port + KeystoneApi.TOKENS);
        HttpResponse<String> issued = send(client, HttpRequest.newBuilder(uri).POST(
                HttpRequest.BodyPublishers.ofString(KeystoneApi.passwordAuth("alice", "secret", "demo"))));
        assertEquals(201, issued.statusCode());
        String token = issued.headers().firstValue(KeystoneApi.SUBJECT_TOKEN).orElseThrow();
        assertEquals(200, send(client, HttpRequest.newBuilder(uri).header(KeystoneApi.SUBJECT_TOKEN, token).GET())
                .statusCode());
        assertEquals(204, send(client, HttpRequest.newBuilder(uri).header(KeystoneApi.SUBJECT_TOKEN, token)
                .DELETE()).statusCode());
        assertEquals(404, send(client, HttpRequest.newBuilder(uri).header(KeystoneApi.SUBJECT_TOKEN, token).GET())
                .statusCode());
    }

    @Test
    void thePythonManagedBeanIsReadAndInvokedOverJmx() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName tokensBean = new ObjectName("keystone:type=Tokens,context=/");
        assertEquals("demo.identity.keystone.drivers.UuidTokenProvider", server.getAttribute(tokensBean, "Driver"));
        User alice = identity.authenticate("default", "alice", "secret").orElseThrow();
        String token = tokens.issue(alice, "demo").orElseThrow().id();
        assertEquals(true, server.invoke(tokensBean, "revoke", new Object[] {token},
                new String[] {String.class.getName()}));
        assertEquals(1L, server.getAttribute(tokensBean, "Revoked"));
        assertTrue(tokens.validate(token).isEmpty());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

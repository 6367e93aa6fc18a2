package demo.identity;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    /** A POST /v3/auth/tokens body authenticating {@code name} by password, scoped to {@code project}. */
    public static String passwordAuth(String name, String password, String project) {
        return "{\"auth\": {\"identity\": {\"methods\": [\"password\"], \"password\": {\"user\": {\"name\": "
                + Json.quote(name) + ", \"domain\": {\"id\": \"default\"}, \"password\": " + Json.quote(password)
                + "}}}, \"scope\": {\"project\": {\"name\": " + Json.quote(project)
                + ", \"domain\": {\"id\": \"default\"}}}}}";
    }

    public static void main(String[] args) throws Exception {
        try (AnnotationConfigApplicationContext context = context(Map.of("identity.token.ttl-seconds", "600"));
                KeystoneServer server = context.getBean(KeystoneServer.class)) {
            InetSocketAddress address = server.start();
            URI tokens = URI.create("http://127.0.0.1:" + address.getPort() + KeystoneServer.TOKENS);
            HttpClient client = HttpClient.newHttpClient();

            HttpResponse<String> issued = call(client, HttpRequest.newBuilder(tokens)
                    .POST(HttpRequest.BodyPublishers.ofString(passwordAuth("alice", "secret", "demo"))));
            String token = issued.headers().firstValue(KeystoneServer.SUBJECT_TOKEN).orElse("");
            call(client, HttpRequest.newBuilder(tokens).header(KeystoneServer.SUBJECT_TOKEN, token).GET());
            call(client, HttpRequest.newBuilder(tokens).header(KeystoneServer.SUBJECT_TOKEN, token).DELETE());
            call(client, HttpRequest.newBuilder(tokens).header(KeystoneServer.SUBJECT_TOKEN, token).GET());
            System.out.println("drivers: " + context.getBean(IdentityDriver.class).getClass().getName() + ", "
                    + context.getBean(TokenDriver.class).getClass().getName());
        }
    }

    private static HttpResponse<String> call(HttpClient client, HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.build();
        HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
        System.out.println(built.method() + " " + built.uri().getPath() + " -> " + response.statusCode());
        return response;
    }
}

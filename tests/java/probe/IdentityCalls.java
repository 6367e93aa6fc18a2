package probe;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import demo.identity.KeystoneServer;
import demo.identity.Main;

/**
 * The identity example's answers to the calls a client gets wrong or makes late, with tokens that
 * live one second: a wrong password, an unknown project, an unknown token, an expired one.
 */
public final class IdentityCalls {

    private static final String TOKEN = "X-Subject-Token";

    private IdentityCalls() {
    }

    public static void main(String[] args) throws Exception {
        try (AnnotationConfigApplicationContext context = Main.context(Map.of("identity.token.ttl-seconds", "1"));
                KeystoneServer server = context.getBean(KeystoneServer.class)) {
            InetSocketAddress address = server.start();
            URI tokens = URI.create("http://127.0.0.1:" + address.getPort() + "/v3/auth/tokens");
            HttpClient client = HttpClient.newHttpClient();
            show("wrong password", client, post(tokens, "alice", "guess", "demo"));
            show("unknown project", client, post(tokens, "bob", "hunter2", "nowhere"));
            show("unknown token", client, HttpRequest.newBuilder(tokens).header(TOKEN, "nope").GET());
            HttpResponse<String> issued = show("bob's password", client, post(tokens, "bob", "hunter2", "admin"));
            String token = issued.headers().firstValue(TOKEN).orElse("");
            HttpResponse<String> valid = show("valid token", client,
                    HttpRequest.newBuilder(tokens).header(TOKEN, token).GET());
            System.out.println("  body names bob in admin: " + (valid.body().contains("\"name\": \"bob\"")
                    && valid.body().contains("\"name\": \"admin\"")));
            Thread.sleep(1100);
            show("expired token", client, HttpRequest.newBuilder(tokens).header(TOKEN, token).GET());
            show("revoking an expired token", client, HttpRequest.newBuilder(tokens).header(TOKEN, token).DELETE());
            show("bad JSON", client, HttpRequest.newBuilder(tokens).POST(HttpRequest.BodyPublishers.ofString("{")));
        }
    }

    private static HttpRequest.Builder post(URI tokens, String user, String password, String project) {
        return HttpRequest.newBuilder(tokens)
                .POST(HttpRequest.BodyPublishers.ofString(Main.passwordAuth(user, password, project)));
    }

    private static HttpResponse<String> show(String what, HttpClient client, HttpRequest.Builder request)
            throws Exception {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        System.out.println(what + " -> " + response.statusCode());
        return response;
    }
}

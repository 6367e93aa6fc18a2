package probe;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import demo.identity.KeystoneApi;
import demo.identity.KeystoneServer;
import demo.identity.Main;

/**
 * A Keystone token API's answers to the calls a client gets wrong or makes late, with tokens that
 * live one second: a wrong password, an unknown project, an unknown token, an expired one. Without
 * arguments it asks the identity example, started here; with the address of a running service
 * ({@code http://host:port/v3/auth/tokens}, whose tokens must also live one second) it asks that one.
 */
public final class IdentityCalls {

    private static final String TOKEN = KeystoneApi.SUBJECT_TOKEN;

    private IdentityCalls() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            calls(URI.create(args[0]));
            return;
        }
        try (AnnotationConfigApplicationContext context = Main.context(Map.of("identity.token.ttl-seconds", "1"));
                KeystoneServer server = context.getBean(KeystoneServer.class)) {
            InetSocketAddress address = server.start();
            calls(URI.create("http://127.0.0.1:" + address.getPort() + KeystoneApi.TOKENS));
        }
    }

    private static void calls(URI tokens) throws Exception {
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
        System.out.println("  JSON: " + valid.headers().firstValue("Content-Type").orElse("none"));
        Thread.sleep(1100);
        show("expired token", client, HttpRequest.newBuilder(tokens).header(TOKEN, token).GET());
        show("revoking an expired token", client, HttpRequest.newBuilder(tokens).header(TOKEN, token).DELETE());
        show("bad JSON", client, HttpRequest.newBuilder(tokens).POST(HttpRequest.BodyPublishers.ofString("{")));
    }

    private static HttpRequest.Builder post(URI tokens, String user, String password, String project) {
        return HttpRequest.newBuilder(tokens)
                .POST(HttpRequest.BodyPublishers.ofString(KeystoneApi.passwordAuth(user, password, project)));
    }

    private static HttpResponse<String> show(String what, HttpClient client, HttpRequest.Builder request)
            throws Exception {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        System.out.println(what + " -> " + response.statusCode());
        return response;
    }
}

package demo.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

/**
 * What both ends of Keystone's token API agree on (its path, the subject-token header, a password
 * authentication body), and the calls the examples make as a client, one printed line each.
 */
public final class KeystoneApi {

    public static final String TOKENS = "/v3/auth/tokens";
    public static final String SUBJECT_TOKEN = "X-Subject-Token";

    private KeystoneApi() {
    }

    /** A POST /v3/auth/tokens body authenticating {@code name} by password, scoped to {@code project}. */
    public static String passwordAuth(String name, String password, String project) {
        return "{\"auth\": {\"identity\": {\"methods\": [\"password\"], \"password\": {\"user\": {\"name\": "
                + Json.quote(name) + ", \"domain\": {\"id\": \"default\"}, \"password\": " + Json.quote(password)
                + "}}}, \"scope\": {\"project\": {\"name\": " + Json.quote(project)
                + ", \"domain\": {\"id\": \"default\"}}}}}";
    }

    /** The body of an answer that carries {@code token}, as Keystone writes it. */
    public static String tokenJson(Token token) {
        User user = token.user();
        Project project = token.project();
        return "{\"token\": {\"methods\": [\"password\"], \"user\": {\"id\": " + Json.quote(user.id())
                + ", \"name\": " + Json.quote(user.name()) + ", \"domain\": {\"id\": " + Json.quote(user.domainId())
                + "}}, \"project\": {\"id\": " + Json.quote(project.id()) + ", \"name\": " + Json.quote(project.name())
                + "}, \"issued_at\": " + Json.quote(Instant.ofEpochMilli(token.issuedAt()).toString())
                + ", \"expires_at\": " + Json.quote(Instant.ofEpochMilli(token.expiresAt()).toString()) + "}}";
    }

    /** The body of an error answer. */
    public static String errorJson(int code, String message) {
        return "{\"error\": {\"code\": " + code + ", \"message\": " + Json.quote(message) + "}}";
    }

    /** Makes the demo's calls to each token API named by URL ({@code http://host:port/v3/auth/tokens}). */
    public static void main(String[] args) throws Exception {
        for (String tokens : args) {
            demoCalls(URI.create(tokens));
        }
    }

    /** Issues a token for alice, validates it, revokes it and validates it again, printing each call. */
    public static void demoCalls(URI tokens) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> issued = call(client, HttpRequest.newBuilder(tokens)
                .POST(HttpRequest.BodyPublishers.ofString(passwordAuth("alice", "secret", "demo"))));
        String token = issued.headers().firstValue(SUBJECT_TOKEN).orElse("");
        call(client, HttpRequest.newBuilder(tokens).header(SUBJECT_TOKEN, token).GET());
        call(client, HttpRequest.newBuilder(tokens).header(SUBJECT_TOKEN, token).DELETE());
        call(client, HttpRequest.newBuilder(tokens).header(SUBJECT_TOKEN, token).GET());
    }

    private static HttpResponse<String> call(HttpClient client, HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.build();
        HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
        System.out.println(built.method() + " " + built.uri().getPath() + " -> " + response.statusCode());
        return response;
    }
}

package demo.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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

package demo.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The HTTP front end: a subset of Keystone v3 on the JDK's built-in server. It knows the identity and
 * token drivers only by their Java interfaces; Spring hands it the Python ones.
 */
@Component
public class KeystoneServer implements AutoCloseable {

    private final IdentityDriver identity;
    private final TokenDriver tokens;
    private final int threads;
    private HttpServer server;
    private ExecutorService executor;

    public KeystoneServer(IdentityDriver identity, TokenDriver tokens, @Value("${identity.threads:4}") int threads) {
        this.identity = identity;
        this.tokens = tokens;
        this.threads = threads;
    }

    /** Starts serving on a free loopback port and returns its address. */
    public InetSocketAddress start() throws IOException {
        // Without TCP_NODELAY a small response waits for the client's delayed ACK: 40 ms a request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        executor = Executors.newFixedThreadPool(threads);
        server.setExecutor(executor);
        server.createContext(KeystoneApi.TOKENS, this::handle);
        server.start();
        return server.getAddress();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            switch (exchange.getRequestMethod()) {
                case "POST" -> authenticate(exchange);
                case "GET" -> validate(exchange);
                case "DELETE" -> revoke(exchange);
                default -> respond(exchange, 405, null);
            }
        } catch (RuntimeException e) {
            respond(exchange, 500, KeystoneApi.errorJson(500, e.toString()));
        }
    }

    private void authenticate(HttpExchange exchange) throws IOException {
        Object request;
        try (InputStream in = exchange.getRequestBody()) {
            request = Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            respond(exchange, 400, KeystoneApi.errorJson(400, e.getMessage()));
            return;
        }
        Object user = Json.at(request, "auth", "identity", "password", "user");
        String domain = text(Json.at(user, "domain", "id"), "default");
        Optional<User> found = identity.authenticate(domain, text(Json.at(user, "name"), ""),
                text(Json.at(user, "password"), ""));
        if (found.isEmpty()) {
            respond(exchange, 401,
                    KeystoneApi.errorJson(401, "The request you have made requires authentication."));
            return;
        }
        Optional<Token> token = tokens.issue(found.get(),
                text(Json.at(request, "auth", "scope", "project", "name"), null));
        if (token.isEmpty()) {
            respond(exchange, 401, KeystoneApi.errorJson(401, "No such project for this user."));
            return;
        }
        exchange.getResponseHeaders().set(KeystoneApi.SUBJECT_TOKEN, token.get().id());
        respond(exchange, 201, KeystoneApi.tokenJson(token.get()));
    }

    private void validate(HttpExchange exchange) throws IOException {
        Optional<Token> token = subjectToken(exchange).flatMap(tokens::validate);
        if (token.isPresent()) {
            exchange.getResponseHeaders().set(KeystoneApi.SUBJECT_TOKEN, token.get().id());
            respond(exchange, 200, KeystoneApi.tokenJson(token.get()));
        } else {
            respond(exchange, 404, KeystoneApi.errorJson(404, "Could not find token."));
        }
    }

    private void revoke(HttpExchange exchange) throws IOException {
        boolean revoked = subjectToken(exchange).map(tokens::revoke).orElse(false);
        respond(exchange, revoked ? 204 : 404, revoked ? null : KeystoneApi.errorJson(404, "Could not find token."));
    }

    private static Optional<String> subjectToken(HttpExchange exchange) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(KeystoneApi.SUBJECT_TOKEN));
    }

    private static String text(Object value, String otherwise) {
        return value instanceof String ? (String) value : otherwise;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

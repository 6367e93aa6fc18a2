package demo.keystone_web.tokens;

import java.time.Instant;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import demo.identity.IdentityDriver;
import demo.identity.Json;
import demo.identity.Token;
import demo.identity.TokenDriver;
import demo.identity.User;

/** The Java twin of python/keystone_web/tokens.py, for the start-up measurement. */
@RestController
@RequestMapping("/v3/auth/tokens")
public class TokensController {

    private static final String SUBJECT_TOKEN = "X-Subject-Token";
    private final IdentityDriver identity;
    private final TokenDriver tokens;

    public TokensController(IdentityDriver identity, TokenDriver tokens) {
        this.identity = identity;
        this.tokens = tokens;
    }

    @PostMapping
    public ResponseEntity<String> authenticate(@RequestBody String body) {
        Object request;
        try {
            request = Json.parse(body);
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage());
        }
        Object user = Json.at(request, "auth", "identity", "password", "user");
        Optional<User> found = identity.authenticate(text(Json.at(user, "domain", "id"), "default"),
                text(Json.at(user, "name"), ""), text(Json.at(user, "password"), ""));
        if (found.isEmpty()) {
            return error(401, "The request you have made requires authentication.");
        }
        Optional<Token> token = tokens.issue(found.get(), text(Json.at(request, "auth", "scope", "project", "name"),
                null));
        return token.isEmpty() ? error(401, "No such project for this user.") : token(201, token.get());
    }

    @GetMapping
    public ResponseEntity<String> validate(@RequestHeader(name = SUBJECT_TOKEN, required = false) String token) {
        Optional<Token> found = token == null ? Optional.empty() : tokens.validate(token);
        return found.isEmpty() ? error(404, "Could not find token.") : token(200, found.get());
    }

    @DeleteMapping
    public ResponseEntity<String> revoke(@RequestHeader(name = SUBJECT_TOKEN, required = false) String token) {
        if (token == null || !tokens.revoke(token)) {
            return error(404, "Could not find token.");
        }
        return ResponseEntity.noContent().build();
    }

    private static String text(Object value, String otherwise) {
        return value instanceof String ? (String) value : otherwise;
    }

    private static ResponseEntity<String> error(int status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(
                "{\"error\": {\"code\": " + status + ", \"message\": " + Json.quote(message) + "}}");
    }

    private static ResponseEntity<String> token(int status, Token token) {
        User user = token.user();
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).header(SUBJECT_TOKEN, token.id())
                .body("{\"token\": {\"expires_at\": " + Json.quote(Instant.ofEpochMilli(token.expiresAt()).toString())
                        + ", \"issued_at\": " + Json.quote(Instant.ofEpochMilli(token.issuedAt()).toString())
                        + ", \"methods\": [\"password\"], \"project\": {\"id\": " + Json.quote(token.project().id())
                        + ", \"name\": " + Json.quote(token.project().name()) + "}, \"user\": {\"domain\": {\"id\": "
                        + Json.quote(user.domainId()) + "}, \"id\": " + Json.quote(user.id()) + ", \"name\": "
                        + Json.quote(user.name()) + "}}}");
    }
}

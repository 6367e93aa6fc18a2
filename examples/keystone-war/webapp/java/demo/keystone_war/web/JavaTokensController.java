package demo.keystone_war.web;

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
import demo.identity.KeystoneApi;
import demo.identity.Token;
import demo.identity.TokenDriver;
import demo.identity.User;

/**
 * The Java twin of the Python controller ({@code keystone_web/tokens.py}), at {@code /java/v3/auth/tokens}:
 * the same answers, through the same Python drivers, which it knows by their Java interfaces only.
 */
@RestController
@RequestMapping("/java" + KeystoneApi.TOKENS)
public class JavaTokensController {

    private final IdentityDriver identity;
    private final TokenDriver tokens;

    public JavaTokensController(IdentityDriver identity, TokenDriver tokens) {
        this.identity = identity;
        this.tokens = tokens;
    }

    @PostMapping
    public ResponseEntity<String> authenticate(@RequestBody String body) {
        Object request;
        try {
            request = Json.parse(body);
        } catch (IllegalArgumentException e) {
            return json(400, KeystoneApi.errorJson(400, e.getMessage()), null);
        }
        Object user = Json.at(request, "auth", "identity", "password", "user");
        Optional<User> found = identity.authenticate(text(Json.at(user, "domain", "id"), "default"),
                text(Json.at(user, "name"), ""), text(Json.at(user, "password"), ""));
        if (found.isEmpty()) {
            return json(401, KeystoneApi.errorJson(401, "The request you have made requires authentication."), null);
        }
        Optional<Token> token = tokens.issue(found.get(),
                text(Json.at(request, "auth", "scope", "project", "name"), null));
        return token.map(t -> json(201, KeystoneApi.tokenJson(t), t))
                .orElseGet(() -> json(401, KeystoneApi.errorJson(401, "No such project for this user."), null));
    }

    @GetMapping
    public ResponseEntity<String> validate(
            @RequestHeader(name = KeystoneApi.SUBJECT_TOKEN, required = false) String token) {
        return Optional.ofNullable(token).flatMap(tokens::validate)
                .map(t -> json(200, KeystoneApi.tokenJson(t), t))
                .orElseGet(() -> json(404, KeystoneApi.errorJson(404, "Could not find token."), null));
    }

    @DeleteMapping
    public ResponseEntity<String> revoke(
            @RequestHeader(name = KeystoneApi.SUBJECT_TOKEN, required = false) String token) {
        if (token == null || !tokens.revoke(token)) {
            return json(404, KeystoneApi.errorJson(404, "Could not find token."), null);
        }
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<String> json(int status, String body, Token token) {
        ResponseEntity.BodyBuilder reply = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            reply.header(KeystoneApi.SUBJECT_TOKEN, token.id());
        }
        return reply.body(body);
    }

    private static String text(Object value, String otherwise) {
        return value instanceof String ? (String) value : otherwise;
    }
}

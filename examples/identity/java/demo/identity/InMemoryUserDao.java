package demo.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Repository;

/** The user store, in memory, with the demo's users. */
@Repository
public class InMemoryUserDao implements UserDao {

    private final Map<String, User> users = Map.of(
            "default/alice", user("u-alice", "alice", "default", "pepper", "secret"),
            "default/bob", user("u-bob", "bob", "default", "salt", "hunter2"));

    static User user(String id, String name, String domain, String salt, String password) {
        return new User(id, name, domain, salt, digest(salt, password));
    }

    /** Hex SHA-256 of salt and password, as the stored digests are made. */
    public static String digest(String salt, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((salt + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<User> findByName(String domainId, String name) {
        return Optional.ofNullable(users.get(domainId + "/" + name));
    }
}

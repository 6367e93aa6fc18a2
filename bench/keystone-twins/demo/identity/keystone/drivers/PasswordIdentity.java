package demo.identity.keystone.drivers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Service;

import demo.identity.IdentityDriver;
import demo.identity.User;
import demo.identity.UserDao;

/** The Java twin of examples/identity/python/keystone/drivers.py's PasswordIdentity, for the start-up measurement. */
@Service
public class PasswordIdentity implements IdentityDriver {

    private final UserDao users;

    public PasswordIdentity(UserDao users) {
        this.users = users;
    }

    @Override
    public Optional<User> authenticate(String domainId, String name, String password) {
        User user = users.findByName(domainId, name).orElse(null);
        if (user == null || !digest(user.salt() + password).equals(user.passwordDigest())) {
            return Optional.empty();
        }
        return Optional.of(user);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package demo.identity.keystone.drivers;

import java.util.Optional;

import org.springframework.stereotype.Service;

import demo.identity.IdentityDriver;
import demo.identity.InMemoryUserDao;
import demo.identity.User;
import demo.identity.UserDao;

/**
 * The Java twin of {@code PasswordIdentity} of {@code examples/identity/python/keystone/drivers.py}, for
 * the start-up measurement.
 */
@Service
public class PasswordIdentity implements IdentityDriver {

    private final UserDao users;

    public PasswordIdentity(UserDao users) {
        this.users = users;
    }

    @Override
    public Optional<User> authenticate(String domainId, String name, String password) {
        return users.findByName(domainId, name)
                .filter(user -> InMemoryUserDao.digest(user.salt(), password).equals(user.passwordDigest()));
    }
}

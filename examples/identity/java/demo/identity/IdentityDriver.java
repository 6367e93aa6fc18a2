package demo.identity;

import java.util.Optional;

/** Keystone's identity backend: checks a user's password. Implemented in Python. */
public interface IdentityDriver {
    Optional<User> authenticate(String domainId, String name, String password);
}

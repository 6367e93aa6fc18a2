package demo.identity;

import java.util.Optional;

/** The existing user store. */
public interface UserDao {
    Optional<User> findByName(String domainId, String name);
}

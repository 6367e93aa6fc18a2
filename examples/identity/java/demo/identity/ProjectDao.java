package demo.identity;

import java.util.Optional;

/** The existing project store. */
public interface ProjectDao {
    Optional<Project> findByName(String domainId, String name);

    /** The project a user works in when a request names none. */
    Optional<Project> defaultFor(User user);
}

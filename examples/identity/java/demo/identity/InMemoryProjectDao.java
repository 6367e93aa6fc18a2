package demo.identity;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Repository;

/** The project store, in memory, with the demo's projects. */
@Repository
public class InMemoryProjectDao implements ProjectDao {

    private final Map<String, Project> projects = Map.of(
            "default/demo", new Project("p-demo", "demo", "default"),
            "default/admin", new Project("p-admin", "admin", "default"));

    @Override
    public Optional<Project> findByName(String domainId, String name) {
        return Optional.ofNullable(projects.get(domainId + "/" + name));
    }

    @Override
    public Optional<Project> defaultFor(User user) {
        return findByName(user.domainId(), "demo");
    }
}

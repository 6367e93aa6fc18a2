package twin;

import org.jspecify.annotations.Nullable;

import fixtures.Repo;
import fixtures.Report;

/** The Java twin of the Python bean {@code features.nullable.MaybeRepo}: Spring 7 injects no Repo, or null. */
public class MaybeRepo implements Report {
    private final @Nullable Repo repo;

    public MaybeRepo(@Nullable Repo repo) {
        this.repo = repo;
    }

    @Override
    public String describe() {
        return "repo: " + (repo == null ? "none" : repo.name());
    }
}

package twin;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fixtures.Both;
import fixtures.Endpoint;
import fixtures.Marker;
import fixtures.Report;
import fixtures.Role;
import fixtures.TypeUse;

/**
 * The javac twin of the Python class {@code members.Handler}: overrides that declare their parameters'
 * names, annotations and generic types, and one whose only declaration is a type annotation on its
 * return type.
 */
public class Handler implements Endpoint, Report {
    @Override
    @Marker
    public String handle(@Role("body") @Nullable String body, @Both int times) {
        return body;
    }

    @Override
    public List<@Nullable String> names(Map<String, Integer> weights) {
        return null;
    }

    @Override
    public void log(@TypeUse String... lines) {
    }

    @Override
    public @Nullable String describe() {
        return null;
    }
}

package twin;

import java.io.IOException;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fixtures.Both;
import fixtures.Outer.Inner;
import fixtures.Repo;
import fixtures.Tainted;
import fixtures.TypeUse;
import fixtures.Unit;

/**
 * The javac twin of the Python class {@code members.Nullables}: type annotations on every type position
 * a Python declaration has, with the type paths javac writes.
 */
public class Nullables {
    private @Nullable String name;
    private List<@Nullable String> names;
    private @Nullable String[] elements;
    private String @Nullable [] maybe;
    private int @Unit("m") @Unit("s") [] @Tainted [] grid;
    @Both
    private Inner inner;

    @TypeUse
    public Nullables(@Nullable Repo repo, @Unit("x") int count) {
    }

    @Nullable
    @Both
    public String find(@Nullable String key, @TypeUse String[] fallback) throws @Tainted IOException {
        return null;
    }
}

package twin;

import java.io.IOException;
import java.util.List;

import fixtures.Audit;
import fixtures.Marker;
import fixtures.Required;
import fixtures.Role;

/**
 * The javac twin of the Python class {@code mirror.Statics}: static methods (one from a Python class
 * method), with annotations on them and their parameters, and static fields, one with a value.
 */
public class Statics {
    @Marker
    private static long issued;
    @Audit(level = 2)
    private static List<String> names = List.of("first");

    @Marker
    @Role("maker")
    public static String label(@Required(count = 1, name = "number") int number, List<String> suffixes)
            throws IOException {
        return "item-" + number;
    }

    public static List<String> labels(int count) {
        return List.of();
    }

    public static void reset() {
    }
}

package twin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import fixtures.Report;
import fixtures.Rethrowing;

/**
 * The Java twin of the Python bean {@code shopapp.rethrown.RethrowCheck} (tests/parity): Java catching,
 * by its classes, the Python exception {@code SoldOut} that {@link Rethrowing} caught and threw again.
 */
@Component("rethrowCheckTwin")
public class RethrowCheck implements Report {

    private final ApplicationContext context;

    public RethrowCheck(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public String describe() {
        List<String> seen = new ArrayList<>();
        for (String name : List.of("SoldOut", "Refused")) {
            Class<?> caught = pythonClass(name);
            try {
                Rethrowing.apply(counter(), "tea");
            } catch (RuntimeException e) {
                if (!caught.isInstance(e)) {
                    throw e;
                }
                seen.add("caught as " + name + ": the object raised: " + (e == Rethrowing.lastCaught()) + " ("
                        + e.getMessage() + ")");
            }
        }
        try {
            Rethrowing.apply(counter(), "tea");
        } catch (IllegalStateException e) {
            seen.add("caught as IllegalStateException: " + e.getMessage());
        }
        return String.join("; ", seen);
    }

    /** {@code new Counter()}, the Python class javac cannot see. */
    @SuppressWarnings("unchecked")
    private Function<Object, Object> counter() {
        try {
            return (Function<Object, Object>) pythonClass("Counter").getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Class<?> pythonClass(String name) {
        try {
            return Class.forName("com.example.shopapp.rethrown." + name, true, context.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

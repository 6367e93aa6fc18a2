package clampannotations;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.python.core.PyType;

/**
 * Jython's registry of Python types by Java class, replaced by one that remembers the classes it
 * made a type for whose class loader is not the application's, so that their types can be
 * forgotten when the application stops.
 *
 * <p>Jython keeps the type of each Java class it meets in a {@link ClassValue}
 * ({@code PyType.Registry.classToType}), that is in the class itself. A type kept by a class of
 * the JDK or of the container ({@code java.lang.String}, {@code jakarta.servlet.ServletRequest})
 * outlives the application and holds its class loader, and so every class it loaded. A
 * {@code ClassValue} cannot list its classes: the replacement computes types exactly as Jython's
 * own does and records those classes as it goes.
 */
final class TypeRegistryTracker extends ClassValue<PyType> {

    private static final String REGISTRY = "org.python.core.PyType$Registry";

    private final ClassLoader application;
    private final Class<?> registry;
    private final MethodHandle resolveType;
    private final Set<Class<?>> outside = ConcurrentHashMap.newKeySet();
    private volatile boolean started;

    private TypeRegistryTracker(ClassLoader application, Class<?> registry, MethodHandle resolveType) {
        this.application = application;
        this.registry = registry;
        this.resolveType = resolveType;
    }

    /**
     * Puts a tracker in place of the registry of the Jython that {@code application} loaded, or
     * returns null when Jython has made types already (its registry holds them; replacing it would
     * make every type a second time).
     */
    static TypeRegistryTracker install(ClassLoader application) throws ReflectiveOperationException {
        Class<?> registry = Class.forName(REGISTRY, true, application);
        if (!booting(registry)) {
            return null;
        }
        MethodHandle resolveType = MethodHandles.privateLookupIn(registry, MethodHandles.lookup())
                .findStatic(registry, "resolveType", MethodType.methodType(PyType.class, Class.class));
        TypeRegistryTracker tracker = new TypeRegistryTracker(application, registry, resolveType);
        field(registry, "classToType").set(null, tracker);
        return tracker;
    }

    /** Whether Jython's type system has not started: its first types are still waiting to be made. */
    private static boolean booting(Class<?> registry) throws ReflectiveOperationException {
        Collection<?> deferred = (Collection<?>) field(registry, "deferredInit").get(null);
        Object[] bootstrap = (Object[]) field(registry, "BOOTSTRAP_TYPES").get(null);
        return deferred.size() == bootstrap.length;
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    /** As Jython's own registry: makes the type under the registry's lock. */
    @Override
    protected PyType computeValue(Class<?> type) {
        synchronized (registry) {
            started = true;
            PyType made = resolve(type);
            if (!loadedBelow(type.getClassLoader(), application)) {
                outside.add(type);
            }
            return made;
        }
    }

    private PyType resolve(Class<?> type) {
        try {
            return (PyType) resolveType.invokeExact(type);
        } catch (RuntimeException | Error e) {
            throw e; // Jython's IncompleteType among them, which its fromClass catches
        } catch (Throwable e) {
            throw new IllegalStateException(e); // resolveType declares no checked exception
        }
    }

    /** Whether {@code loader} is {@code application} or one of its descendants. */
    static boolean loadedBelow(ClassLoader loader, ClassLoader application) {
        for (ClassLoader at = loader; at != null; at = at.getParent()) {
            if (at == application) {
                return true;
            }
        }
        return false;
    }

    /** Whether Jython made any type since the tracker was installed, that is whether it started. */
    boolean started() {
        return started;
    }

    /** Forgets the types of the classes outside the application; returns how many. */
    int forgetOutside() {
        int forgotten = 0;
        for (Class<?> type : outside) {
            remove(type);
            forgotten++;
        }
        outside.clear();
        return forgotten;
    }
}

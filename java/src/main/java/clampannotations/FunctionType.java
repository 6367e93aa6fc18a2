package clampannotations;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a functional interface asks of a lambda (JLS 9.8 and 9.9): the one abstract method that is not
 * a public method of {@code Object}, default and static methods aside. Computed once per interface.
 */
final class FunctionType {

    /** The function types of interfaces this class's loader or one below it loaded, kept in the interface. */
    private static final ClassValue<Optional<FunctionType>> OWN = new ClassValue<Optional<FunctionType>>() {
        @Override
        protected Optional<FunctionType> computeValue(Class<?> type) {
            return compute(type);
        }
    };

    /**
     * Those of interfaces from above (the JDK's, the container's), kept here: kept in such an interface,
     * a function type would hold this class's loader for as long as the interface lives, and a stopped
     * web application with it.
     */
    private static final Map<Class<?>, Optional<FunctionType>> OUTSIDE = new ConcurrentHashMap<>();

    final Class<?> type;
    final Method method;
    /** Whether Jython converts a Python function to {@link #type} by itself (with a proxy of its own). */
    final boolean jythonProxies;

    private FunctionType(Class<?> type, Method method, boolean jythonProxies) {
        this.type = type;
        this.method = method;
        this.jythonProxies = jythonProxies;
    }

    /** The function type of {@code type}, or null when it is not a functional interface. */
    static FunctionType of(Class<?> type) {
        if (!type.isInterface()) {
            return null;
        }
        boolean own = TypeRegistryTracker.loadedBelow(type.getClassLoader(), FunctionType.class.getClassLoader());
        return (own ? OWN.get(type) : OUTSIDE.computeIfAbsent(type, FunctionType::compute)).orElse(null);
    }

    private static Optional<FunctionType> compute(Class<?> type) {
        Method method = abstractMethod(type);
        return Optional.ofNullable(method == null ? null : new FunctionType(type, method, jythonProxies(type)));
    }

    /** How many arguments a lambda of this type takes. */
    int arity() {
        return method.getParameterCount();
    }

    /**
     * The interface's single abstract method, or null when it has none or several. Methods
     * inherited from several superinterfaces with one signature, or specialised by a subinterface
     * ({@code accept(String)} beside {@code Consumer<String>}'s {@code accept(Object)}), count once:
     * the most specific stands for them. A generic method cannot be a lambda's (JLS 15.27.3).
     */
    private static Method abstractMethod(Class<?> type) {
        if (type.isAnnotation()) {
            return null;
        }
        List<Method> methods = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (Modifier.isAbstract(method.getModifiers()) && !isObjectMethod(method)) {
                methods.add(method);
            }
        }
        Method chosen = null;
        for (Method method : methods) {
            if (methods.stream().allMatch(other -> specialises(method, other))) {
                chosen = method;
            }
        }
        return chosen == null || chosen.getTypeParameters().length > 0 ? null : chosen;
    }

    /** Whether {@code method} stands for {@code other}: the same name and arity, narrower types. */
    private static boolean specialises(Method method, Method other) {
        if (!method.getName().equals(other.getName()) || method.getParameterCount() != other.getParameterCount()
                || !other.getReturnType().isAssignableFrom(method.getReturnType())) {
            return false;
        }
        Class<?>[] mine = method.getParameterTypes();
        Class<?>[] theirs = other.getParameterTypes();
        for (int i = 0; i < mine.length; i++) {
            if (!theirs[i].isAssignableFrom(mine[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether an interface's abstract {@code method} is one of {@code Object}'s public methods. */
    private static boolean isObjectMethod(Method method) {
        try {
            return Modifier.isPublic(Object.class.getMethod(method.getName(), method.getParameterTypes())
                    .getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * Jython 2.7's own rule for a function given where {@code type} is expected: it proxies an
     * interface that declares exactly one method and extends none, or whose methods other than
     * default ones and {@code Object}'s (static ones included) share one name.
     */
    private static boolean jythonProxies(Class<?> type) {
        if (type.getDeclaredMethods().length == 1 && type.getInterfaces().length == 0) {
            return true;
        }
        String name = null;
        for (Method method : type.getMethods()) {
            if (method.getDeclaringClass() == Object.class || method.isDefault()) {
                continue;
            }
            if (name != null && !name.equals(method.getName())) {
                return false;
            }
            name = method.getName();
        }
        return name != null;
    }
}

package clampannotations;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.python.core.PyProxy;

/**
 * The instance methods a generated class inherits from its Java superclass and interfaces (and their
 * supertypes), public or protected, first found first and one per parameter list: those a Python
 * method overrides, the final ones it cannot, and the abstract ones a concrete class must implement.
 * Jython's {@code ProxyMaker} generates an override for every overridable one whose name the Python
 * class defines; {@link ClampMaker}, for those whose arguments the Python method can take.
 */
public final class InheritedMethods {

    private InheritedMethods() {
    }

    /** The overridable (not final) methods named {@code name}. */
    public static List<Method> overridable(String name, Class<?> superclass, Class<?>... interfaces) {
        return named(name, false, superclass, interfaces);
    }

    /** The final methods named {@code name}, which no Java method of the class may redeclare. */
    public static List<Method> finalOnes(String name, Class<?> superclass, Class<?>... interfaces) {
        return named(name, true, superclass, interfaces);
    }

    /**
     * Whether {@code method} was declared by a class Jython generated to call the Python method of its
     * name on the object (an override, an abstract method's stub, a typed method), rather than to make
     * a protected method of the superclass public, which is all Jython's other methods of that kind do.
     */
    public static boolean callsPython(Method method) {
        Class<?> owner = method.getDeclaringClass();
        if (!PyProxy.class.isAssignableFrom(owner)) {
            return false;
        }
        Method inherited = overridable(method.getName(), owner.getSuperclass(), owner.getInterfaces()).stream()
                .filter(candidate -> Arrays.equals(candidate.getParameterTypes(), method.getParameterTypes()))
                .findFirst().orElse(null);
        if (inherited == null || !Modifier.isProtected(inherited.getModifiers())
                || Modifier.isAbstract(inherited.getModifiers())) {
            return true;
        }
        try {
            owner.getMethod(ClampMaker.SUPER + method.getName(), method.getParameterTypes()); // overrides have one
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * The abstract methods nothing in the superclass's chain or the interfaces implements, which a
     * concrete class must, in the order {@link Method#toString()} sorts them.
     */
    public static List<Method> abstractOnes(Class<?> superclass, Class<?>... interfaces) {
        Set<String> seen = new LinkedHashSet<>();
        List<Method> found = new ArrayList<>();
        collect(null, superclass, seen, found);
        for (Class<?> type : interfaces) {
            collect(null, type, seen, found);
        }
        found.removeIf(method -> !Modifier.isAbstract(method.getModifiers()));
        found.sort((a, b) -> a.toString().compareTo(b.toString()));
        return found;
    }

    private static List<Method> named(String name, boolean isFinal, Class<?> superclass, Class<?>... interfaces) {
        Set<String> seen = new LinkedHashSet<>();
        List<Method> found = new ArrayList<>();
        collect(name, superclass, seen, found);
        for (Class<?> type : interfaces) {
            collect(name, type, seen, found);
        }
        found.removeIf(method -> Modifier.isFinal(method.getModifiers()) != isFinal);
        return found;
    }

    /** {@code name} null collects methods of every name. */
    private static void collect(String name, Class<?> type, Set<String> seen, List<Method> found) {
        if (type == null) {
            return;
        }
        for (Method method : type.getDeclaredMethods()) {
            int access = method.getModifiers();
            if (name != null && !method.getName().equals(name) || method.isSynthetic()
                    || !seen.add(method.getName() + Arrays.toString(method.getParameterTypes()))) {
                continue;
            }
            if ((Modifier.isPublic(access) || Modifier.isProtected(access)) && !Modifier.isStatic(access)) {
                found.add(method);
            }
        }
        collect(name, type.getSuperclass(), seen, found);
        for (Class<?> parent : type.getInterfaces()) {
            collect(name, parent, seen, found);
        }
    }
}

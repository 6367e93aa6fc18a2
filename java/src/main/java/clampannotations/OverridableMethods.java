package clampannotations;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Java methods a Python method of a given name overrides in the class Jython generates: those of
 * the superclass and interfaces (and their supertypes) that are public or protected, not final and not
 * static. This is the rule Jython's {@code ProxyMaker} follows when it decides what to generate.
 */
public final class OverridableMethods {

    private OverridableMethods() {
    }

    /** The overridable methods named {@code name}, first found first, one per signature. */
    public static List<Method> named(String name, Class<?> superclass, Class<?>... interfaces) {
        Set<String> seen = new LinkedHashSet<>();
        List<Method> found = new ArrayList<>();
        collect(name, superclass, seen, found);
        for (Class<?> type : interfaces) {
            collect(name, type, seen, found);
        }
        return found;
    }

    private static void collect(String name, Class<?> type, Set<String> seen, List<Method> found) {
        if (type == null) {
            return;
        }
        for (Method method : type.getDeclaredMethods()) {
            int access = method.getModifiers();
            if (!method.getName().equals(name) || method.isSynthetic()
                    || !seen.add(Arrays.toString(method.getParameterTypes()))) {
                continue;
            }
            boolean visible = Modifier.isPublic(access) || Modifier.isProtected(access);
            if (visible && !Modifier.isStatic(access) && !Modifier.isFinal(access)) {
                found.add(method);
            }
        }
        collect(name, type.getSuperclass(), seen, found);
        for (Class<?> parent : type.getInterfaces()) {
            collect(name, parent, seen, found);
        }
    }
}

package clampannotations;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * javac's rules for a declaration that overrides an inherited Java method: which of the methods a
 * Python method overrides a typed declaration declares, and what it may declare of it. The override
 * itself is the one Jython generates, with the inherited method's descriptor, so the declaration gives
 * its erased parameter and return types exactly (javac's covariant return types need a bridge
 * method, which Jython's override does not have).
 */
public final class Overriding {

    private Overriding() {
    }

    /**
     * The method of {@code overridden} that {@code declaration} declares: the one of its name and
     * erased parameter types, or null when it declares a new method.
     */
    public static java.lang.reflect.Method declared(Members.Method declaration,
            List<java.lang.reflect.Method> overridden) {
        String descriptor = declaration.descriptor();
        String parameters = descriptor.substring(0, descriptor.indexOf(')') + 1);
        for (java.lang.reflect.Method method : overridden) {
            if (method.getName().equals(declaration.name) && Members.parameters(method).equals(parameters)) {
                return method;
            }
        }
        return null;
    }

    /**
     * Refuses, with javac's reason, a declaration of {@code overridden} that Java would not take as
     * its override: another return type; a parameterized type where the inherited method's has other
     * type arguments or type variables (javac's name clash); a checked exception the inherited method
     * does not throw.
     */
    static void check(Members.Method declaration, java.lang.reflect.Method overridden) {
        String declares = "@java_method declares " + declaration + ", the override of " + signature(overridden);
        Type returns = overridden.getGenericReturnType();
        if (!declaration.returns.descriptor().equals(TypeSpec.descriptor(overridden.getReturnType()))
                || declaration.returns.isGeneric() && !(returns instanceof Class)
                        && !declaration.returns.toString().equals(returns.getTypeName())) {
            throw new IllegalArgumentException(declares + ", which returns " + returns.getTypeName() + ": declare that"
                    + " return type (javac: return type " + declaration.returns + " is not compatible with "
                    + returns.getTypeName() + ")");
        }
        Type[] types = overridden.getGenericParameterTypes();
        for (int i = 0; i < types.length; i++) {
            Members.Variable parameter = declaration.parameters.get(i);
            if (parameter.type.isGeneric() && !parameter.type.toString().equals(types[i].getTypeName())) {
                throw new IllegalArgumentException(declares + ", whose parameter '" + parameter.name + "' is of type "
                        + types[i].getTypeName() + ": declare that type or its erasure, "
                        + overridden.getParameterTypes()[i].getTypeName() + " (javac: name clash: the two have the"
                        + " same erasure, yet neither overrides the other)");
            }
        }
        for (TypeSpec exception : declaration.exceptions) {
            if (isChecked(exception.raw()) && !throwsOneOf(exception.raw(), overridden.getExceptionTypes())) {
                throw new IllegalArgumentException(declares + ", which does not throw " + exception + " (javac:"
                        + " overridden method does not throw " + exception + ")");
            }
        }
    }

    /** {@code fixtures.Greeting.greet(java.lang.String)}: the method's class, name and parameter types. */
    private static String signature(java.lang.reflect.Method method) {
        List<String> types = new ArrayList<>();
        for (Class<?> type : method.getParameterTypes()) {
            types.add(type.getTypeName());
        }
        return method.getDeclaringClass().getName() + "." + method.getName() + "(" + String.join(", ", types) + ")";
    }

    private static boolean isChecked(Class<?> exception) {
        return !RuntimeException.class.isAssignableFrom(exception) && !Error.class.isAssignableFrom(exception);
    }

    private static boolean throwsOneOf(Class<?> exception, Class<?>[] thrown) {
        for (Class<?> type : thrown) {
            if (type.isAssignableFrom(exception)) {
                return true;
            }
        }
        return false;
    }
}

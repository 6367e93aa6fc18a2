package clampannotations;

import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A Java type as a member declares it: a class, primitive or array type, a class known by name only
 * (a clamped class not generated yet), or a parameterized type such as {@code List<Repo>} whose
 * arguments are types in turn. It knows its erased descriptor and, when parameterized, the generic
 * signature javac writes in a {@code Signature} attribute.
 */
public final class TypeSpec {

    private static final List<Class<?>> PRIMITIVES = Arrays.asList(boolean.class, byte.class, short.class,
            char.class, int.class, long.class, float.class, double.class, void.class);
    private static final String PRIMITIVE_DESCRIPTORS = "ZBSCIJFDV";

    private final Class<?> raw; // null for a class known by name only
    private final String name;
    private final List<TypeSpec> arguments;

    private TypeSpec(Class<?> raw, String name, List<TypeSpec> arguments) {
        this.raw = raw;
        this.name = name;
        this.arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    /** The type {@code raw} itself, unparameterized. */
    public static TypeSpec of(Class<?> raw) {
        return new TypeSpec(raw, raw.getName(), Collections.emptyList());
    }

    /**
     * The class named {@code binaryName} ({@code com.example.Engine}), which need not exist yet: the
     * JVM looks it up when the member is first used.
     */
    public static TypeSpec named(String binaryName) {
        return new TypeSpec(null, binaryName, Collections.emptyList());
    }

    /**
     * {@code raw<arguments...>}; there must be one argument per type parameter of {@code raw}, and
     * primitive types cannot be arguments.
     */
    public static TypeSpec parameterized(Class<?> raw, List<TypeSpec> arguments) {
        TypeVariable<?>[] parameters = raw.getTypeParameters();
        if (parameters.length == 0) {
            throw new IllegalArgumentException(raw.getName() + " is not generic, so it takes no type arguments");
        }
        if (parameters.length != arguments.size()) {
            throw new IllegalArgumentException(raw.getName() + " takes " + parameters.length
                    + " type argument(s), got " + arguments.size());
        }
        for (TypeSpec argument : arguments) {
            if (argument.isPrimitive()) {
                throw new IllegalArgumentException("a type argument of " + raw.getName()
                        + " must be a reference type, got " + argument.name);
            }
        }
        return new TypeSpec(raw, raw.getName(), arguments);
    }

    /** The erased type, which the member's descriptor uses, or null for a class known by name only. */
    public Class<?> raw() {
        return raw;
    }

    /** Whether the type is primitive, {@code void} included. */
    public boolean isPrimitive() {
        return raw != null && raw.isPrimitive();
    }

    /** The erased type's internal name: {@code java/util/List}, {@code [I} for an array. */
    String internalName() {
        return raw != null ? internalName(raw) : name.replace('.', '/');
    }

    /** Whether the type needs a {@code Signature} attribute to be seen as written. */
    public boolean isGeneric() {
        return !arguments.isEmpty();
    }

    /** The erased descriptor, {@code Ljava/util/List;}. */
    public String descriptor() {
        return raw != null ? descriptor(raw) : "L" + internalName() + ";";
    }

    /** The generic signature, {@code Ljava/util/List<Lcom/example/Repo;>;}. */
    public String signature() {
        if (arguments.isEmpty()) {
            return descriptor();
        }
        StringBuilder signature = new StringBuilder("L").append(internalName()).append('<');
        for (TypeSpec argument : arguments) {
            signature.append(argument.signature());
        }
        return signature.append(">;").toString();
    }

    public static String descriptor(Class<?> type) {
        if (type.isArray()) {
            return internalName(type); // an array's binary name is its descriptor, with dots
        }
        if (type.isPrimitive()) {
            return String.valueOf(PRIMITIVE_DESCRIPTORS.charAt(PRIMITIVES.indexOf(type)));
        }
        return "L" + internalName(type) + ";";
    }

    public static String internalName(Class<?> type) {
        return type.getName().replace('.', '/');
    }

    /** As Java source writes the type: {@code java.util.List<com.example.Repo>}. */
    @Override
    public String toString() {
        String erased = raw != null ? raw.getTypeName() : name;
        if (arguments.isEmpty()) {
            return erased;
        }
        List<String> names = new ArrayList<>();
        for (TypeSpec argument : arguments) {
            names.add(argument.toString());
        }
        return erased + "<" + String.join(", ", names) + ">";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TypeSpec && ((TypeSpec) other).raw == raw && ((TypeSpec) other).name.equals(name)
                && ((TypeSpec) other).arguments.equals(arguments);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + arguments.hashCode();
    }
}

package clampannotations;

import java.lang.reflect.Array;
import java.lang.reflect.Modifier;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A Java type as a member declares it: a class, primitive or array type, a class known by name only
 * (a clamped class not generated yet), or a parameterized type such as {@code List<Repo>} whose
 * arguments are types in turn; each part may carry type annotations ({@code List<@Nullable String>}).
 * It knows its erased descriptor and, when parameterized, the generic signature javac writes in a
 * {@code Signature} attribute.
 */
public final class TypeSpec {

    private static final List<Class<?>> PRIMITIVES = Arrays.asList(boolean.class, byte.class, short.class,
            char.class, int.class, long.class, float.class, double.class, void.class);
    private static final String PRIMITIVE_DESCRIPTORS = "ZBSCIJFDV";

    private final Class<?> raw; // null for a class known by name only, or an array of one
    private final String name;
    private final List<TypeSpec> arguments;
    private final TypeSpec component; // of an array type, else null
    private final boolean varargs; // an array type written Component... as a method's last parameter
    private final List<AnnotationSpec> annotations; // on this type itself, not on its parts

    private TypeSpec(Class<?> raw, String name, List<TypeSpec> arguments, TypeSpec component, boolean varargs,
            List<AnnotationSpec> annotations) {
        this.raw = raw;
        this.name = name;
        this.arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
        this.component = component;
        this.varargs = varargs;
        this.annotations = Collections.unmodifiableList(new ArrayList<>(annotations));
    }

    /** The type {@code raw} itself, unparameterized; an array class is an array of its component. */
    public static TypeSpec of(Class<?> raw) {
        if (raw.isArray()) {
            return array(of(raw.getComponentType()), Collections.emptyList());
        }
        return new TypeSpec(raw, raw.getName(), Collections.emptyList(), null, false, Collections.emptyList());
    }

    /**
     * The class named {@code binaryName} ({@code com.example.Engine}), which need not exist yet: the
     * JVM looks it up when the member is first used.
     */
    public static TypeSpec named(String binaryName) {
        return new TypeSpec(null, binaryName, Collections.emptyList(), null, false, Collections.emptyList());
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
                        + " must be a reference type, got " + argument);
            }
            argument.refuseVarargs("a type argument");
        }
        return new TypeSpec(raw, raw.getName(), arguments, null, false, Collections.emptyList());
    }

    /**
     * The array type {@code component[]}, {@code annotations} annotating the array type itself, as
     * Java writes {@code String @A []}; a {@code void} component is an {@link IllegalArgumentException}.
     */
    public static TypeSpec array(TypeSpec component, List<AnnotationSpec> annotations) {
        return array(component, annotations, false);
    }

    /**
     * The type of a variable-arity parameter, {@code component...}: an array, which only the last
     * parameter of a method or constructor may have.
     */
    public static TypeSpec varargs(TypeSpec component, List<AnnotationSpec> annotations) {
        return array(component, annotations, true);
    }

    private static TypeSpec array(TypeSpec component, List<AnnotationSpec> annotations, boolean varargs) {
        if (component.raw == void.class) {
            throw new IllegalArgumentException("an array's component type cannot be void");
        }
        component.refuseVarargs("an array's component type");
        Class<?> raw = component.raw == null ? null : Array.newInstance(component.raw, 0).getClass();
        return new TypeSpec(raw, null, Collections.emptyList(), component, varargs, annotations);
    }

    /**
     * This type with {@code more} type annotations written in front of it, where javac puts them: on
     * the type itself, or, for an array type, on its element type ({@code @A String[]} annotates
     * {@code String}).
     */
    public TypeSpec annotatedInFront(List<AnnotationSpec> more) {
        if (more.isEmpty()) {
            return this;
        }
        if (component != null) {
            return new TypeSpec(raw, name, arguments, component.annotatedInFront(more), varargs, annotations);
        }
        List<AnnotationSpec> all = new ArrayList<>(annotations);
        all.addAll(more);
        return new TypeSpec(raw, name, arguments, null, false, all);
    }

    /** Refuses a variable-arity type where {@code what} is declared: it is a last parameter's only. */
    void refuseVarargs(String what) {
        if (varargs) {
            throw new IllegalArgumentException(what + " cannot be variable-arity (" + this + "): varargs(...) is"
                    + " the type of the last parameter of a method or constructor; elsewhere write array(...)");
        }
    }

    /** Whether this is a variable-arity parameter's type, {@code String...}. */
    public boolean isVarargs() {
        return varargs;
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
        if (component != null) {
            return descriptor();
        }
        return raw != null ? internalName(raw) : name.replace('.', '/');
    }

    /** Whether the type needs a {@code Signature} attribute to be seen as written. */
    public boolean isGeneric() {
        return component != null ? component.isGeneric() : !arguments.isEmpty();
    }

    /** The erased descriptor, {@code Ljava/util/List;}. */
    public String descriptor() {
        if (component != null) {
            return "[" + component.descriptor();
        }
        return raw != null ? descriptor(raw) : "L" + internalName() + ";";
    }

    /** The generic signature, {@code Ljava/util/List<Lcom/example/Repo;>;}. */
    public String signature() {
        if (component != null) {
            return "[" + component.signature();
        }
        if (arguments.isEmpty()) {
            return descriptor();
        }
        StringBuilder signature = new StringBuilder("L").append(internalName()).append('<');
        for (TypeSpec argument : arguments) {
            signature.append(argument.signature());
        }
        return signature.append(">;").toString();
    }

    /** Where type annotations go: the type path to a part of a type, and the annotations on that part. */
    interface AnnotatedPart {
        void annotated(String typePath, List<AnnotationSpec> annotations);
    }

    /**
     * Each annotated part of this type, outermost first, with its type path as JVMS 4.7.20.2 writes it
     * (in ASM's {@code TypePath} notation): {@code [} into an array's component, {@code .} into a
     * nested type from the class enclosing it (javac's path to an inner class), {@code N;} into the
     * N-th type argument.
     */
    void forEachAnnotated(AnnotatedPart visitor) {
        forEachAnnotated("", visitor);
    }

    private void forEachAnnotated(String prefix, AnnotatedPart visitor) {
        String path = component != null ? prefix : prefix + ".".repeat(innerDepth());
        if (!annotations.isEmpty()) {
            visitor.annotated(path, annotations);
        }
        if (component != null) {
            component.forEachAnnotated(path + "[", visitor);
        }
        for (int i = 0; i < arguments.size(); i++) {
            arguments.get(i).forEachAnnotated(path + i + ";", visitor);
        }
    }

    /** How many non-static classes enclose this one: {@code Outer.Inner} is one deep, {@code Map.Entry} none. */
    private int innerDepth() {
        int depth = 0;
        for (Class<?> type = raw; type != null && type.isMemberClass() && !Modifier.isStatic(type.getModifiers());
                type = type.getEnclosingClass()) {
            depth++;
        }
        return depth;
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

    /**
     * As Java source writes the type, without its annotations: {@code java.util.List<com.example.Repo>},
     * {@code java.lang.String...}.
     */
    @Override
    public String toString() {
        if (component != null) {
            return component + (varargs ? "..." : "[]");
        }
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
        if (!(other instanceof TypeSpec)) {
            return false;
        }
        TypeSpec that = (TypeSpec) other;
        return that.raw == raw && Objects.equals(that.name, name) && that.arguments.equals(arguments)
                && Objects.equals(that.component, component) && that.varargs == varargs
                && that.annotations.equals(annotations);
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}

package clampannotations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a Python class declares for its Java class beyond what Jython generates: its annotations,
 * annotations on the methods that override Java methods, new typed methods, at most one typed constructor, typed
 * instance fields and static constants. Plain data, built from Python when the class is created;
 * {@link MemberWriter} writes it.
 */
public final class Members {

    /**
     * A parameter of a new method or constructor, or a private instance field that Python code reads and
     * writes as an attribute: its name, its type and its annotations.
     */
    public static final class Variable {
        public final String name;
        public final TypeSpec type;
        public final List<AnnotationSpec> annotations;

        /** A {@code void} type is an {@link IllegalArgumentException}. */
        public Variable(String name, TypeSpec type, List<AnnotationSpec> annotations) {
            if (type.raw() == void.class) {
                throw new IllegalArgumentException("a parameter or field cannot be of type void");
            }
            this.name = name;
            this.type = type;
            this.annotations = copy(annotations);
        }
    }

    /** A new method that calls the Python method of the same name, or the constructor ({@code <init>}). */
    public static final class Method {
        public final String name;
        public final TypeSpec returns;
        public final List<Variable> parameters;
        public final List<Class<?>> exceptions;
        public final List<AnnotationSpec> annotations;

        /**
         * Parameters taking more local-variable slots than a Java method has, or a name Jython's
         * generated classes use themselves, are an {@link IllegalArgumentException}.
         */
        public Method(String name, TypeSpec returns, List<Variable> parameters, List<Class<?>> exceptions,
                List<AnnotationSpec> annotations) {
            int slots = 1;
            for (Variable parameter : parameters) {
                slots += parameter.type.raw() == long.class || parameter.type.raw() == double.class ? 2 : 1;
            }
            if (slots > ClassFileLimits.MAX_PARAMETER_SLOTS) {
                throw new IllegalArgumentException("its parameters take " + (slots - 1) + " slots (long and double"
                        + " take two), more than the " + (ClassFileLimits.MAX_PARAMETER_SLOTS - 1)
                        + " a Java method may have");
            }
            if (JYTHON_NAMES.contains(name) || name.startsWith("super__")) {
                throw new IllegalArgumentException("the name " + name + " is taken by the Java class Jython"
                        + " generates; choose another");
            }
            this.name = name;
            this.returns = returns;
            this.parameters = copy(parameters);
            this.exceptions = copy(exceptions);
            this.annotations = copy(annotations);
        }

        public String descriptor() {
            StringBuilder descriptor = new StringBuilder("(");
            for (Variable parameter : parameters) {
                descriptor.append(parameter.type.descriptor());
            }
            return descriptor.append(')').append(returns.descriptor()).toString();
        }

        /** The generic signature, or null when no type in it is parameterized. */
        public String signature() {
            boolean generic = returns.isGeneric();
            StringBuilder signature = new StringBuilder("(");
            for (Variable parameter : parameters) {
                generic |= parameter.type.isGeneric();
                signature.append(parameter.type.signature());
            }
            return generic ? signature.append(')').append(returns.signature()).toString() : null;
        }
    }

    /** The methods every class Jython generates declares itself. */
    private static final Set<String> JYTHON_NAMES = Set.of("__initProxy__", "_getPyInstance", "_setPyInstance",
            "_getPySystemState", "_setPySystemState");

    private final List<AnnotationSpec> classAnnotations = new ArrayList<>();
    private final Map<String, List<AnnotationSpec>> overrideAnnotations = new TreeMap<>();
    private final Map<String, Set<String>> overloads = new TreeMap<>();
    private final Map<String, Method> methods = new TreeMap<>();
    private final Map<String, Variable> fields = new TreeMap<>();
    private final Map<String, Object> constants = new TreeMap<>();
    private Method constructor;
    private boolean finalizer;
    private boolean isAbstract;

    /**
     * Keeps the {@code finalize()} Jython writes into every class (calling the Python method of that
     * name if there is one, the superclass's otherwise). Without it the JVM tracks no finalizer per
     * object, which is what a class that defines no {@code finalize} needs.
     */
    public Members keepFinalizer() {
        finalizer = true;
        return this;
    }

    /** Makes the class abstract, as Python declared it with {@code java_abstract}. */
    public Members makeAbstract() {
        isAbstract = true;
        return this;
    }

    /** The annotations of the class itself, in the order written. */
    public Members annotateClass(List<AnnotationSpec> annotations) {
        classAnnotations.addAll(annotations);
        return this;
    }

    /** Annotations for every Java method that the Python method {@code name} overrides. */
    public Members annotateOverride(String name, List<AnnotationSpec> annotations) {
        overrideAnnotations.put(name, copy(annotations));
        return this;
    }

    public Members addMethod(Method method) {
        methods.put(method.name, method);
        return this;
    }

    /**
     * The Java methods, of those named {@code name}, that the Python method of that name overrides:
     * Jython would override them all, and the others keep the implementation the class inherits.
     */
    public Members override(String name, List<java.lang.reflect.Method> overridden) {
        Set<String> parameters = new HashSet<>();
        for (java.lang.reflect.Method method : overridden) {
            parameters.add(parameters(method));
        }
        overloads.put(name, parameters);
        return this;
    }

    /** Whether the class overrides {@code method}: every overload of a name not given to {@link #override}. */
    boolean overrides(java.lang.reflect.Method method) {
        return overrides(method.getName(), parameters(method));
    }

    /** Whether the class overrides the Java method {@code name} with this method descriptor. */
    public boolean overrides(String name, String descriptor) {
        Set<String> parameters = overloads.get(name);
        return parameters == null || parameters.contains(descriptor.substring(0, descriptor.indexOf(')') + 1));
    }

    /** The parameters part of the method's descriptor, {@code (ILjava/lang/String;)}. */
    private static String parameters(java.lang.reflect.Method method) {
        StringBuilder descriptor = new StringBuilder("(");
        for (Class<?> type : method.getParameterTypes()) {
            descriptor.append(TypeSpec.descriptor(type));
        }
        return descriptor.append(')').toString();
    }

    /** The one constructor the Java class gets instead of those of its superclass. */
    public Members setConstructor(List<Variable> parameters, List<Class<?>> exceptions,
            List<AnnotationSpec> annotations) {
        constructor = new Method("<init>", TypeSpec.of(void.class), parameters, exceptions, annotations);
        return this;
    }

    public Members addField(Variable field) {
        fields.put(field.name, field);
        return this;
    }

    /**
     * A {@code public static final} field of a primitive type or String, whose value is converted as
     * javac converts a constant; one it would refuse is an {@link IllegalArgumentException}.
     */
    public Members addConstant(String name, Class<?> type, Object value) {
        if (!type.isPrimitive() && type != String.class || type == void.class) {
            throw new IllegalArgumentException("a constant is of a primitive type or java.lang.String, not "
                    + type.getName());
        }
        Object converted = value == null ? null : JavaValues.convert(type, value);
        if (converted == null) {
            throw new IllegalArgumentException("a constant of type " + type.getName() + " cannot be "
                    + AnnotationSpec.literal(value));
        }
        if (converted instanceof String && !ClassFileLimits.fitsConstant((String) converted)) {
            throw new IllegalArgumentException("a String constant is at most " + ClassFileLimits.MAX_COUNT
                    + " bytes of UTF-8 in a class file, got one of " + ClassFileLimits.utf8Length((String) converted));
        }
        constants.put(name, converted);
        return this;
    }

    public boolean isAbstract() {
        return isAbstract;
    }

    public boolean hasFinalizer() {
        return finalizer;
    }

    public List<AnnotationSpec> classAnnotations() {
        return classAnnotations;
    }

    public Map<String, List<AnnotationSpec>> overrideAnnotations() {
        return overrideAnnotations;
    }

    public Iterable<Method> methods() {
        return methods.values();
    }

    public Method constructor() {
        return constructor;
    }

    public Iterable<Variable> fields() {
        return fields.values();
    }

    public Map<String, Object> constants() {
        return constants;
    }

    private static <T> List<T> copy(List<T> list) {
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}

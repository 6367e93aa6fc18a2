package clampannotations;

import java.beans.Introspector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a Python class declares for its Java class beyond what Jython generates: its annotations,
 * annotations on the methods that override Java methods, new typed methods, at most one typed constructor, typed
 * instance fields and static constants; static methods and fields, and bean properties. Plain data, built from
 * Python when the class is created; {@link MemberWriter} writes it.
 */
public final class Members {

    /**
     * A parameter of a new method or constructor, or a private instance field that Python code reads and
     * writes as an attribute: its name, its type and its annotations, written before the type as in
     * Java: those that are type annotations annotate the type too ({@link #annotatedType()}).
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

        /** The declared type with the type annotations written before it. */
        public TypeSpec annotatedType() {
            return type.annotatedInFront(typeAnnotations(annotations));
        }
    }

    /**
     * A new method that calls the Python method of the same name, the constructor ({@code <init>}), or
     * the declaration of a Java method that a Python method overrides. Its annotations are written
     * before it, as in Java: type annotations among them annotate the return type too ({@link #annotatedReturns()}).
     */
    public static final class Method {
        public final String name;
        public final TypeSpec returns;
        public final List<Variable> parameters;
        public final List<TypeSpec> exceptions;
        public final List<AnnotationSpec> annotations;

        /**
         * Parameters taking more local-variable slots than a Java method has, a variable-arity one that
         * is not the last, or a name Jython's generated classes use themselves, are an
         * {@link IllegalArgumentException}.
         */
        public Method(String name, TypeSpec returns, List<Variable> parameters, List<TypeSpec> exceptions,
                List<AnnotationSpec> annotations) {
            returns.refuseVarargs("a return type");
            int slots = 1;
            for (Variable parameter : parameters) {
                slots += parameter.type.raw() == long.class || parameter.type.raw() == double.class ? 2 : 1;
                if (parameter != parameters.get(parameters.size() - 1)) {
                    parameter.type.refuseVarargs("parameter '" + parameter.name + "', not the last,");
                }
            }
            if (slots > ClassFileLimits.MAX_PARAMETER_SLOTS) {
                throw new IllegalArgumentException("its parameters take " + (slots - 1) + " slots (long and double"
                        + " take two), more than the " + (ClassFileLimits.MAX_PARAMETER_SLOTS - 1)
                        + " a Java method may have");
            }
            if (JYTHON_NAMES.contains(name) || name.startsWith(ClampMaker.SUPER)) {
                throw new IllegalArgumentException("the name " + name + " is taken by the Java class Jython"
                        + " generates; choose another");
            }
            this.name = name;
            this.returns = returns;
            this.parameters = copy(parameters);
            this.exceptions = copy(exceptions);
            this.annotations = copy(annotations);
        }

        /** Whether its last parameter is variable-arity, {@code String...}: the method is {@code ACC_VARARGS}. */
        public boolean isVarargs() {
            return !parameters.isEmpty() && parameters.get(parameters.size() - 1).type.isVarargs();
        }

        /**
         * The declared return type with the type annotations written before the method; a constructor's
         * annotate the type of the object it constructs, and a {@code void} method has none.
         */
        public TypeSpec annotatedReturns() {
            return returns.raw() == void.class && !name.equals("<init>") ? returns
                    : returns.annotatedInFront(typeAnnotations(annotations));
        }

        public String descriptor() {
            StringBuilder descriptor = new StringBuilder("(");
            for (Variable parameter : parameters) {
                descriptor.append(parameter.type.descriptor());
            }
            return descriptor.append(')').append(returns.descriptor()).toString();
        }

        /** As Java source declares it, without annotations: {@code java.lang.String join(java.lang.String...)}. */
        @Override
        public String toString() {
            List<String> types = new ArrayList<>();
            for (Variable parameter : parameters) {
                types.add(parameter.type.toString());
            }
            return returns + " " + name + "(" + String.join(", ", types) + ")";
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

    /**
     * A JavaBean property: a private field, its public getter and, unless read-only, its public setter,
     * named as java.beans names them ({@code getPort}, {@code isActive} for a {@code boolean}, {@code
     * setPort}). The getter and setter read and write the field and call no Python.
     */
    public static final class Property {
        public final Variable field;
        public final String getter;
        /** Null for a read-only property. */
        public final String setter;
        public final List<AnnotationSpec> getterAnnotations;
        public final List<AnnotationSpec> setterAnnotations;

        /**
         * A name that no accessor names for java.beans ({@code Url}: {@code getUrl} is the property
         * {@code url}) is an {@link IllegalArgumentException}.
         */
        public Property(Variable field, boolean readOnly, List<AnnotationSpec> getterAnnotations,
                List<AnnotationSpec> setterAnnotations) {
            String stem = accessorStem(field.name);
            this.field = field;
            this.getter = (field.type.raw() == boolean.class ? "is" : "get") + stem;
            this.setter = readOnly ? null : "set" + stem;
            this.getterAnnotations = copy(getterAnnotations);
            this.setterAnnotations = copy(setterAnnotations);
        }

        /**
         * What follows {@code get} and {@code set} in the accessors' names: java.beans reads it back as
         * {@code name}.
         */
        private static String accessorStem(String name) {
            String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            for (String stem : new String[] {capitalized, name}) { // xPos: getXPos is the property XPos, getxPos xPos
                if (Introspector.decapitalize(stem).equals(name)) {
                    return stem;
                }
            }
            throw new IllegalArgumentException("java.beans names no property " + name + ": it reads get"
                    + capitalized + " as the property " + Introspector.decapitalize(capitalized)
                    + "; begin the name with a lower-case letter, or with two upper-case ones");
        }
    }

    /** The methods every class Jython generates declares itself. */
    private static final Set<String> JYTHON_NAMES = Set.of("__initProxy__", "_getPyInstance", "_setPyInstance",
            "_getPySystemState", "_setPySystemState");

    private final List<AnnotationSpec> classAnnotations = new ArrayList<>();
    private final Map<String, List<AnnotationSpec>> overrideAnnotations = new TreeMap<>();
    private final Map<String, Set<String>> overloads = new TreeMap<>();
    private final Map<String, Method> methods = new TreeMap<>(); // by name and descriptor
    private final Map<String, Method> overrideDeclarations = new TreeMap<>(); // likewise
    private final Map<String, Class<?>> overriddenReturns = new TreeMap<>(); // likewise
    private final Map<String, Variable> fields = new TreeMap<>();
    private final Map<String, Object> constants = new TreeMap<>();
    private final Map<String, Method> staticMethods = new TreeMap<>();
    private final Map<String, Variable> staticFields = new TreeMap<>();
    private final Set<String> staticValues = new TreeSet<>();
    private final Map<String, Property> properties = new TreeMap<>();
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
        methods.put(method.name + method.descriptor(), method);
        return this;
    }

    /**
     * The declaration of the Java method {@code overridden} (one given to {@link #override}), which its
     * override gets instead of Jython's bare one: parameter names, generic signature, exceptions,
     * variable arity and every annotation, as javac writes them for that overriding method. One javac
     * would not take as an override ({@link Overriding#check}) is an {@link IllegalArgumentException}.
     */
    public Members declareOverride(Method declaration, java.lang.reflect.Method overridden) {
        Overriding.check(declaration, overridden);
        overrideDeclarations.put(declaration.name + declaration.descriptor(), declaration);
        return this;
    }

    /** The declaration given to {@link #declareOverride} for the override {@code name}{@code descriptor}, or null. */
    public Method overrideDeclaration(String name, String descriptor) {
        return overrideDeclarations.get(name + descriptor);
    }

    /**
     * The Java methods, of those named {@code name}, that the Python method of that name overrides:
     * Jython would override them all, and the others keep the implementation the class inherits.
     */
    public Members override(String name, List<java.lang.reflect.Method> overridden) {
        Set<String> parameters = new HashSet<>();
        for (java.lang.reflect.Method method : overridden) {
            parameters.add(parameters(method));
            overriddenReturns.put(name + parameters(method) + TypeSpec.descriptor(method.getReturnType()),
                    method.getReturnType());
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

    /**
     * The return type of the overridden Java method {@code name} of {@code descriptor}, as Java declares
     * it, with the type annotations among those the Python method carries ({@link #annotateOverride});
     * null when it carries none, or the method returns {@code void}, which no annotation annotates.
     */
    public TypeSpec overriddenReturn(String name, String descriptor) {
        List<AnnotationSpec> annotations = typeAnnotations(overrideAnnotations.getOrDefault(name, List.of()));
        Class<?> returns = overriddenReturns.get(name + descriptor);
        return annotations.isEmpty() || returns == void.class ? null
                : TypeSpec.of(returns).annotatedInFront(annotations);
    }

    /** The parameters part of the method's descriptor, {@code (ILjava/lang/String;)}. */
    static String parameters(java.lang.reflect.Method method) {
        StringBuilder descriptor = new StringBuilder("(");
        for (Class<?> type : method.getParameterTypes()) {
            descriptor.append(TypeSpec.descriptor(type));
        }
        return descriptor.append(')').toString();
    }

    /** The one constructor the Java class gets instead of those of its superclass. */
    public Members setConstructor(List<Variable> parameters, List<TypeSpec> exceptions,
            List<AnnotationSpec> annotations) {
        constructor = new Method("<init>", TypeSpec.of(void.class), parameters, exceptions, annotations);
        return this;
    }

    /** A variable-arity type ({@code String...}) is an {@link IllegalArgumentException}. */
    public Members addField(Variable field) {
        field.type.refuseVarargs("a field");
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

    /** A {@code public static} method that calls the Python static method (or class method) of its name. */
    public Members addStaticMethod(Method method) {
        staticMethods.put(method.name, method);
        return this;
    }

    /**
     * A private static field, which Python code reads and writes as a class attribute; with {@code
     * valued}, Java's initialization of the class sets it to the value the Python class declares for it,
     * importing the module.
     */
    public Members addStaticField(Variable field, boolean valued) {
        staticFields.put(field.name, field);
        if (valued) {
            staticValues.add(field.name);
        }
        return this;
    }

    public Members addProperty(Property property) {
        properties.put(property.field.name, property);
        return this;
    }

    public Iterable<Method> staticMethods() {
        return staticMethods.values();
    }

    public Iterable<Variable> staticFields() {
        return staticFields.values();
    }

    /** The names of the static fields whose values the Python class gives, in name order. */
    public Set<String> staticValues() {
        return staticValues;
    }

    public Iterable<Property> properties() {
        return properties.values();
    }

    /** Whether the generated code looks up the Python class: for static methods and static values. */
    public boolean needsPythonClass() {
        return !staticMethods.isEmpty() || !staticValues.isEmpty();
    }

    /** Those of {@code annotations}, written before a declaration, that annotate its type too. */
    static List<AnnotationSpec> typeAnnotations(List<AnnotationSpec> annotations) {
        List<AnnotationSpec> types = new ArrayList<>();
        for (AnnotationSpec annotation : annotations) {
            if (annotation.annotatesType()) {
                types.add(annotation);
            }
        }
        return types;
    }

    private static <T> List<T> copy(List<T> list) {
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}

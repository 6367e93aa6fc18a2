package clampannotations;

import java.lang.annotation.Annotation;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.lang.model.SourceVersion;

/**
 * An annotation type that a Python class statement declares ({@code class Driver(Base, Annotation)}):
 * its Java name, its annotations, its elements in the order written and its constants. Each part is
 * checked as javac checks an {@code @interface} (JLS 9.6) when it is made, a refusal being an
 * {@link IllegalArgumentException} that says what is wrong; {@code AnnotationTypeWriter} writes the class
 * file javac would.
 */
public final class AnnotationTypeSpec {

    /** One element, a method of the annotation type: {@code String[] names() default {};}. */
    public static final class Element {
        public final String name;
        /** The element's type or, for an array, its component type. */
        public final TypeSpec type;
        public final boolean array;
        public final List<AnnotationSpec> annotations;
        private final Object defaultValue;

        /** An element without a default, which every use of the annotation must set. */
        public Element(String name, TypeSpec type, boolean array, List<AnnotationSpec> annotations) {
            this(name, type, array, annotations, false, null);
        }

        /** An element whose default is {@code value}, converted by the element's type as a value of it is. */
        public Element(String name, TypeSpec type, boolean array, List<AnnotationSpec> annotations, Object value) {
            this(name, type, array, annotations, true, value);
        }

        private Element(String name, TypeSpec type, boolean array, List<AnnotationSpec> annotations,
                boolean hasDefault, Object value) {
            checkName(name);
            checkType(type, array);
            this.name = name;
            this.type = type;
            this.array = array;
            this.annotations = Collections.unmodifiableList(new ArrayList<>(annotations));
            this.defaultValue = hasDefault ? converted(value) : null;
        }

        /** The default as the class file holds it, of the element's Java type; null when it has none. */
        public Object defaultValue() {
            return defaultValue;
        }

        /** The element's Java type, an array class for an array. */
        public Class<?> javaType() {
            return array ? type.raw().arrayType() : type.raw();
        }

        /** The element's method descriptor: {@code ()[Ljava/lang/String;}. */
        public String descriptor() {
            return "()" + (array ? "[" : "") + type.descriptor();
        }

        /** The generic signature javac writes for {@code Class<?>} and {@code Class<?>[]}, or null. */
        public String signature() {
            return type.raw() == Class.class ? "()" + (array ? "[" : "") + "Ljava/lang/Class<*>;" : null;
        }

        private Object converted(Object value) {
            try {
                return AnnotationSpec.value(javaType(), value);
            } catch (AnnotationSpec.Mismatch e) {
                throw new IllegalArgumentException("its default does not fit the element, which " + e.expected
                        + ", got " + e.given, e);
            }
        }

        private static void checkName(String name) {
            if (!SourceVersion.isName(name)) {
                throw new IllegalArgumentException("an element is named as Java code can write it, and " + name
                        + " is a Java keyword; choose another name");
            }
            for (Class<?> owner : List.of(Object.class, Annotation.class)) {
                for (Method method : owner.getDeclaredMethods()) {
                    int access = method.getModifiers();
                    if (method.getName().equals(name) && method.getParameterCount() == 0
                            && (Modifier.isPublic(access) || Modifier.isProtected(access))) {
                        throw new IllegalArgumentException("an element cannot be named " + name + ": it would"
                                + " override " + owner.getName() + "." + name + "(), which no element of an"
                                + " annotation type may (JLS 9.6.1); choose another name");
                    }
                }
            }
        }

        private static void checkType(TypeSpec type, boolean array) {
            Class<?> raw = type.raw();
            boolean allowed = !type.isGeneric() && raw != null && (raw.isPrimitive() && raw != void.class
                    || raw == String.class || raw == Class.class || raw.isEnum() || raw.isAnnotation());
            if (!allowed) {
                throw new IllegalArgumentException("the type of an element is a primitive type, String, Class, an"
                        + " enum, an annotation type, or a one-dimensional array of one of these (JLS 9.6.1), got "
                        + type + (array ? "[]" : ""));
            }
        }
    }

    private final String name;
    private final List<AnnotationSpec> annotations;
    private final List<Element> elements;
    private final Members constants = new Members();

    /**
     * The annotation type {@code name} ({@code com.example.drivers.Driver}) with {@code annotations} in the
     * order written and {@code elements}; a {@code @Target} that names a kind of declaration twice is an
     * {@link AnnotationValueException}, as javac refuses it.
     */
    public AnnotationTypeSpec(String name, List<AnnotationSpec> annotations, List<Element> elements) {
        for (AnnotationSpec annotation : annotations) {
            if (annotation.type() == Target.class) {
                checkTargets(annotation);
            }
        }
        this.name = name;
        this.annotations = Collections.unmodifiableList(new ArrayList<>(annotations));
        this.elements = Collections.unmodifiableList(new ArrayList<>(elements));
    }

    private static void checkTargets(AnnotationSpec target) {
        Set<Object> seen = new HashSet<>();
        for (Object kind : (List<?>) target.elements().getOrDefault("value", List.of())) {
            if (!seen.add(kind)) {
                throw new AnnotationValueException(Target.class, target.toString(), "value",
                        "names each kind of declaration once (JLS 9.6.4.1)", AnnotationSpec.literal(kind) + " twice");
            }
        }
    }

    /**
     * A {@code public static final} field of the annotation type, as {@link Members#addConstant} takes it
     * for a class.
     */
    public AnnotationTypeSpec addConstant(String name, Class<?> type, Object value) {
        constants.addConstant(name, type, value);
        return this;
    }

    public String name() {
        return name;
    }

    public List<AnnotationSpec> annotations() {
        return annotations;
    }

    public List<Element> elements() {
        return elements;
    }

    public Map<String, Object> constants() {
        return constants.constants();
    }

    /**
     * The Java classes its class file names that exist already, the types of its annotations and of its
     * elements, which the loader that defines it must find.
     */
    public List<Class<?>> referencedTypes() {
        List<Class<?>> types = new ArrayList<>();
        for (AnnotationSpec annotation : annotations) {
            types.add(annotation.type());
        }
        for (Element element : elements) {
            if (!element.type.isPrimitive()) {
                types.add(element.type.raw());
            }
            for (AnnotationSpec annotation : element.annotations) {
                types.add(annotation.type());
            }
        }
        return types;
    }
}

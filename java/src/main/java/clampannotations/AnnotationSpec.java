package clampannotations;

import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One use of an annotation: its type and the element values set explicitly, in the order written.
 *
 * <p>Values are converted to the type each element declares, as javac would accept them in source:
 * integral numbers for {@code byte}, {@code short}, {@code int}, {@code long} (range-checked), any
 * number for {@code float} and {@code double}, a one-character string for {@code char}, a
 * {@code Boolean}, {@code String}, {@code Class} (or the {@link TypeSpec} of a class known by name
 * only), enum constant or nested {@code AnnotationSpec}, and a {@code List} (or a single value) for an
 * array element. Anything else is an {@link AnnotationValueException}. Elements left out keep their
 * defaults; one with no default must be set.
 *
 * <p>This class holds every rule javac applies to one use of an annotation (values, ranges, the
 * positional {@code value}, {@code @Target}; {@link RepeatedAnnotations} has those about several
 * uses), and writes every value in every message, as Java source would ({@link #written}).
 */
public final class AnnotationSpec {

    /** Longer strings and arrays are shortened in messages, which must stay readable. */
    private static final int LONGEST_LITERAL = 200;
    private static final int LONGEST_ARRAY = 20;

    private final Class<? extends Annotation> type;
    private final Map<String, Object> elements;

    private final String written;

    public AnnotationSpec(Class<?> type, Map<String, ?> values) {
        if (!type.isAnnotation()) {
            throw new AnnotationValueException(type, null, null, "is not an annotation type", type.getName());
        }
        this.type = type.asSubclass(Annotation.class);
        this.written = written(type, values);
        Map<String, Object> converted = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            String name = entry.getKey();
            converted.put(name, convert(name, declaredType(name), entry.getValue()));
        }
        for (Method method : this.type.getDeclaredMethods()) {
            if (method.getDefaultValue() == null && !converted.containsKey(method.getName())) {
                throw new AnnotationValueException(type, written, method.getName(),
                        "has no default and must be set", "nothing");
            }
        }
        this.elements = Collections.unmodifiableMap(converted);
    }

    public Class<? extends Annotation> type() {
        return type;
    }

    /** The elements set explicitly, in the order written, each of its declared Java type. */
    public Map<String, Object> elements() {
        return elements;
    }

    /**
     * The names of the elements a use such as {@code @type("x", b=1)} sets, in the order they are
     * written: the one positional value is the {@code value} element, then the others in name order
     * (Python keeps no order of keyword arguments). More than one positional value, or {@code value}
     * given both ways, is an {@link AnnotationValueException}.
     */
    public static List<String> elementNames(Class<?> type, List<?> positional, Map<String, ?> keywords) {
        if (positional.size() > 1) {
            throw new AnnotationValueException(type, null, null,
                    "takes at most one positional value (the value element)",
                    positional.size() + ": " + literal(positional));
        }
        if (!positional.isEmpty() && keywords.containsKey("value")) {
            throw new AnnotationValueException(type, null, "value", "is set twice, positionally and by keyword",
                    literal(positional.get(0)) + " and value=" + literal(keywords.get("value")));
        }
        List<String> names = new ArrayList<>(new TreeSet<>(keywords.keySet()));
        if (!positional.isEmpty()) {
            names.add(0, "value");
        }
        return names;
    }

    /**
     * Refuses this annotation on a declaration that is {@code what} ("a method"), unless its
     * {@code @Target} names one of {@code allowed}. JLS 9.6.4.1: no {@code @Target} means every
     * declaration; an empty one means element values only.
     */
    public void checkTarget(String what, ElementType... allowed) {
        Target target = type.getAnnotation(Target.class);
        if (target == null) {
            if (Arrays.asList(allowed).equals(List.of(ElementType.TYPE_USE))) {
                throw new AnnotationValueException(type, written, null, "cannot annotate " + what
                        + " (it has no @Target, so it annotates declarations only, not types)", what);
            }
            return;
        }
        List<ElementType> declared = Arrays.asList(target.value());
        if (declared.isEmpty()) {
            throw new AnnotationValueException(type, written, null,
                    "can only be an element value of another annotation (its @Target is empty)", what);
        }
        for (ElementType kind : allowed) {
            if (declared.contains(kind)) {
                return;
            }
        }
        List<String> names = new ArrayList<>();
        for (ElementType kind : declared) {
            names.add(kind.name());
        }
        throw new AnnotationValueException(type, written, null,
                "cannot annotate " + what + " (its @Target is " + String.join(", ", names) + ")", what);
    }

    /**
     * Whether, written on a declaration of {@code kind} (a parameter, say), this annotates the
     * declaration: its {@code @Target} names {@code kind}, or it has none (JLS 9.6.4.1).
     */
    public boolean annotatesDeclaration(ElementType kind) {
        Target target = type.getAnnotation(Target.class);
        return target == null || Arrays.asList(target.value()).contains(kind);
    }

    /**
     * Whether this is a type annotation ({@code @Target} names {@code TYPE_USE}): written on a
     * declaration, javac puts it on the declared type too (JLS 9.7.4).
     */
    public boolean annotatesType() {
        Target target = type.getAnnotation(Target.class);
        return target != null && Arrays.asList(target.value()).contains(ElementType.TYPE_USE);
    }

    /** The retention javac would apply: CLASS when the type declares none. */
    public RetentionPolicy retention() {
        Retention retention = type.getAnnotation(Retention.class);
        return retention == null ? RetentionPolicy.CLASS : retention.value();
    }

    /** The return type of the element {@code name}, that is, the Java type of its value. */
    public Class<?> declaredType(String name) {
        try {
            return type.getDeclaredMethod(name).getReturnType();
        } catch (NoSuchMethodException e) {
            List<String> known = new ArrayList<>();
            for (Method method : type.getDeclaredMethods()) {
                known.add(method.getName());
            }
            Collections.sort(known);
            throw new AnnotationValueException(type, written, name,
                    "is not an element of it (elements: " + (known.isEmpty() ? "none" : String.join(", ", known)) + ")",
                    "'" + name + "'");
        }
    }

    private Object convert(String name, Class<?> declared, Object value) {
        try {
            return value(declared, value);
        } catch (Mismatch e) {
            throw new AnnotationValueException(type, written, name, e.expected, e.given);
        }
    }

    /**
     * {@code value} as an element of type {@code declared} holds it (see the class comment): the value of
     * an element in a use of an annotation, or an element's default. One it cannot hold is a {@link Mismatch}.
     */
    static Object value(Class<?> declared, Object value) throws Mismatch {
        if (value == null) {
            throw new Mismatch(declared, value);
        }
        if (declared.isArray()) {
            List<?> items = value instanceof List ? (List<?>) value : Collections.singletonList(value);
            if (items.size() > ClassFileLimits.MAX_COUNT) {
                throw new Mismatch("is an array, of at most " + ClassFileLimits.MAX_COUNT + " values in a class file",
                        items.size() + " values");
            }
            List<Object> converted = new ArrayList<>();
            for (Object item : items) {
                if (item instanceof List) {
                    throw new Mismatch("is a one-dimensional array " + declared.getTypeName()
                            + ", so it cannot hold an array", literal(value));
                }
                converted.add(value(declared.getComponentType(), item));
            }
            return Collections.unmodifiableList(converted);
        }
        if (declared.isAnnotation()) {
            if (!(value instanceof AnnotationSpec && ((AnnotationSpec) value).type == declared)) {
                throw new Mismatch(declared, value);
            }
            return value;
        }
        if (declared == Class.class && value instanceof TypeSpec && ((TypeSpec) value).raw() == null) {
            return value; // a class declared later in Python, by its name
        }
        Object converted = JavaValues.convert(declared, value);
        if (converted == null) {
            throw new Mismatch(declared, value);
        }
        if (converted instanceof String && !ClassFileLimits.fitsConstant((String) converted)) {
            throw new Mismatch("is a java.lang.String, of at most " + ClassFileLimits.MAX_COUNT
                    + " bytes of UTF-8 in a class file", "one of " + ClassFileLimits.utf8Length((String) converted)
                    + " bytes");
        }
        return converted;
    }

    /** A value that an element's type cannot hold: what the type takes, and the value given, as phrases. */
    static final class Mismatch extends Exception {

        private static final long serialVersionUID = 1L;

        final String expected;
        final String given;

        Mismatch(String expected, String given) {
            super(expected + ", got " + given);
            this.expected = expected;
            this.given = given;
        }

        Mismatch(Class<?> declared, Object value) {
            this("is " + describe(declared), literal(value));
        }
    }

    /** The element type as a person would say it: {@code a byte (-128..127)}. */
    private static String describe(Class<?> declared) {
        if (declared == byte.class) {
            return "a byte (-128..127)";
        }
        if (declared == short.class) {
            return "a short (-32768..32767)";
        }
        if (declared == int.class) {
            return "an int (-2147483648..2147483647)";
        }
        if (declared == long.class) {
            return "a long (64-bit integer)";
        }
        if (declared == char.class) {
            return "a char (a string of one character)";
        }
        if (declared.isAnnotation()) {
            return "an annotation @" + declared.getName();
        }
        if (declared.isEnum()) {
            return "an enum constant of " + declared.getName();
        }
        String name = declared.getTypeName();
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    /** A value as Java source would write it, for messages and {@link #toString()}. */
    static String literal(Object value) {
        if (value instanceof String) {
            String text = (String) value;
            int characters = text.codePointCount(0, text.length()); // as Python counts them
            return characters > LONGEST_LITERAL
                    ? quoted(text.substring(0, text.offsetByCodePoints(0, LONGEST_LITERAL / 2)), '"') + "... ("
                            + characters + " characters)"
                    : quoted(text, '"');
        }
        if (value instanceof Character) {
            return quoted(value.toString(), '\'');
        }
        if (value instanceof Class || value instanceof TypeSpec) {
            return (value instanceof Class ? ((Class<?>) value).getTypeName() : value) + ".class";
        }
        if (value instanceof AnnotationSpec) {
            return value.toString();
        }
        if (value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Enum) {
            return ((Enum<?>) value).getDeclaringClass().getName() + "." + ((Enum<?>) value).name();
        }
        if (value instanceof List) {
            List<?> list = (List<?>) value;
            List<String> items = new ArrayList<>();
            for (Object item : list.subList(0, Math.min(list.size(), LONGEST_ARRAY))) {
                items.add(literal(item));
            }
            if (list.size() > LONGEST_ARRAY) {
                items.add("... (" + list.size() + " values)");
            }
            return "{" + String.join(", ", items) + "}";
        }
        if (value instanceof Long || value instanceof BigInteger && ((BigInteger) value).bitLength() < Long.SIZE) {
            return value + "L"; // a Python long; one beyond a long's range has no Java literal
        }
        if (value instanceof Float) {
            return value + "f";
        }
        return String.valueOf(value);
    }

    /**
     * {@code text} between {@code quote}s as a Java literal: the quote and backslashes escaped, and
     * each unpaired surrogate as its Unicode escape (backslash, u, four hex digits): Java strings may
     * hold one, Jython's text may not, and the message or {@code repr} would not reach Python.
     */
    private static String quoted(String text, char quote) {
        StringBuilder literal = new StringBuilder().append(quote);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (c == quote || c == '\\') {
                literal.append('\\').append(c);
            } else if (Character.isSurrogate(c) && !paired) {
                literal.append(String.format("\\u%04X", (int) c));
            } else {
                literal.append(c);
            }
        }
        return literal.append(quote).toString();
    }

    /**
     * An annotation as Java source writes it: {@code @a.B}, {@code @a.B("x")} for the value element
     * alone, {@code @a.B(x=1, y="z")}. The values may be any objects; a list is an array.
     */
    public static String written(Class<?> type, Map<String, ?> values) {
        if (values.isEmpty()) {
            return "@" + type.getName();
        }
        if (values.size() == 1 && values.containsKey("value")) {
            return "@" + type.getName() + "(" + literal(values.get("value")) + ")";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, ?> element : values.entrySet()) {
            parts.add(element.getKey() + "=" + literal(element.getValue()));
        }
        return "@" + type.getName() + "(" + String.join(", ", parts) + ")";
    }

    /** As written, with the values given (not as converted). */
    @Override
    public String toString() {
        return written;
    }
}

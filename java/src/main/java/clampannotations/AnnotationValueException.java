package clampannotations;

/**
 * A value that an annotation element cannot take, or an element that cannot be set as asked. Keeps
 * the facts apart so that callers can restate them in their own terms.
 */
public final class AnnotationValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String annotation;
    private final String written;
    private final String element;
    private final String expected;
    private final String given;

    /** {@code written} is the annotation as written, {@code @a.B(x=1)}, or null for {@code @a.B}. */
    AnnotationValueException(Class<?> annotation, String written, String element, String expected, String given) {
        super((written == null ? "@" + annotation.getName() : written)
                + (element == null ? "" : ": element '" + element + "'") + " " + expected + ", got " + given);
        this.annotation = annotation.getName();
        this.written = written == null ? "@" + annotation.getName() : written;
        this.element = element;
        this.expected = expected;
        this.given = given;
    }

    /** The annotation type's binary name. */
    public String annotation() {
        return annotation;
    }

    /** The annotation as written, as Java source would write it: {@code @fixtures.Limits(times=300)}. */
    public String written() {
        return written;
    }

    /** The element's name, or null when the problem is with the annotation as a whole. */
    public String element() {
        return element;
    }

    /** What the element takes, as a phrase: {@code is a byte (-128..127)}. */
    public String expected() {
        return expected;
    }

    /** The value given, as Java source would write it. */
    public String given() {
        return given;
    }
}

package clampannotations;

/**
 * A value that an annotation element cannot take, or an element that cannot be set as asked. Keeps
 * the facts apart so that callers can restate them in their own terms.
 */
public final class AnnotationValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String annotation;
    private final String element;
    private final String expected;
    private final String given;

    AnnotationValueException(Class<?> annotation, String element, String expected, String given) {
        super("@" + annotation.getName() + (element == null ? "" : ": element '" + element + "'") + " "
                + expected + ", got " + given);
        this.annotation = annotation.getName();
        this.element = element;
        this.expected = expected;
        this.given = given;
    }

    /** The annotation type's binary name. */
    public String annotation() {
        return annotation;
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

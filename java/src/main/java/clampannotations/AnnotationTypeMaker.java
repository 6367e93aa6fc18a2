package clampannotations;

/**
 * Gives an annotation type declared in Python its Java class, generated from its
 * {@link AnnotationTypeSpec} by {@link AnnotationTypeWriter} and defined through
 * {@link GeneratedClasses}, so that the classes generated after it, Spring and Java code in this process
 * find it by name; a build captures it ({@link ClassCapture}) to write it into the jar. Where the class
 * was built earlier into a jar, the caller uses that one instead, as {@link ClampMaker} does.
 */
public final class AnnotationTypeMaker {

    /** Named, not referred to: what runs carries no generator (see {@link ClampMaker#canGenerate()}). */
    private static final ClampMaker.GeneratorMethod WRITER = new ClampMaker.GeneratorMethod(
            "clampannotations.AnnotationTypeWriter", "write", AnnotationTypeSpec.class);

    private AnnotationTypeMaker() {
    }

    /** Defines the annotation type {@code type}, declared by the class {@code pythonClass} of {@code pythonModule}. */
    public static Class<?> define(AnnotationTypeSpec type, String pythonModule, String pythonClass) {
        byte[] bytes = (byte[]) ClampMaker.generate(WRITER, type);
        return ClampMaker.define(type.name(), bytes, type.referencedTypes(), pythonModule, pythonClass);
    }
}

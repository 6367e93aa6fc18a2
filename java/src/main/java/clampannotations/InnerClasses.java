package clampannotations;

import java.lang.annotation.RetentionPolicy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Type;

/**
 * The {@code InnerClasses} attribute as javac writes it (JVMS 4.7.6): every member class that the class
 * file names, in descriptors and annotation values too, each after the classes enclosing it, in the
 * order javac meets them. Java needs no more than the classes in the constant pool; javac lists them all,
 * and so the class file is the one javac writes.
 */
final class InnerClasses {

    private final Set<Class<?>> classes = new LinkedHashSet<>();

    /** Notes {@code type}, or the component type of an array type. */
    void add(Class<?> type) {
        Class<?> named = type;
        while (named.isArray()) {
            named = named.getComponentType();
        }
        Class<?> outer = named.getDeclaringClass();
        if (outer != null && !classes.contains(named)) {
            add(outer);
            classes.add(named);
        }
    }

    /** Notes the classes that writing {@code specs} names ({@link AnnotationWriter#writeAll}). */
    void addAnnotations(List<AnnotationSpec> specs) {
        for (AnnotationSpec spec : RepeatedAnnotations.contain(specs)) {
            if (spec.retention() != RetentionPolicy.SOURCE) {
                addAnnotation(spec);
            }
        }
    }

    /** Notes the classes that a value of the element type {@code declared} names. */
    void addValue(Class<?> declared, Object value) {
        if (declared.isArray()) {
            for (Object item : (List<?>) value) {
                addValue(declared.getComponentType(), item);
            }
        } else if (declared.isAnnotation()) {
            addAnnotation((AnnotationSpec) value);
        } else if (declared.isEnum()) {
            add(((Enum<?>) value).getDeclaringClass());
        } else if (value instanceof Class<?> type) { // a TypeSpec names a class generated from Python: top-level
            add(type);
        }
    }

    private void addAnnotation(AnnotationSpec spec) {
        add(spec.type());
        spec.elements().forEach((name, value) -> addValue(spec.declaredType(name), value));
    }

    /** Writes the attribute's entries. */
    void writeTo(ClassVisitor writer) {
        for (Class<?> member : classes) {
            writer.visitInnerClass(Type.getInternalName(member), Type.getInternalName(member.getDeclaringClass()),
                    member.getSimpleName(), member.getModifiers());
        }
    }
}

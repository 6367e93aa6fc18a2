package clampannotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.RetentionPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.Type;
import org.objectweb.asm.TypePath;

/**
 * Writes annotation specs through ASM as javac would: retention picks the attribute (RUNTIME
 * visible, CLASS invisible, SOURCE not at all) and each value is written by the type its element
 * declares, never by the runtime type of the value.
 */
final class AnnotationWriter {

    /** Where an annotation goes: a class, method, field or parameter visitor's annotation slot. */
    interface Target {
        AnnotationVisitor visitAnnotation(String descriptor, boolean visible);
    }

    /** Where a type annotation goes: a method or field visitor's {@code visitTypeAnnotation}. */
    interface TypeTarget {
        AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String descriptor, boolean visible);
    }

    private AnnotationWriter() {
    }

    /** Writes {@code specs} in order, repeated ones in their container, as javac does. */
    static void writeAll(List<AnnotationSpec> specs, Target target) {
        for (AnnotationSpec spec : RepeatedAnnotations.contain(specs)) {
            RetentionPolicy retention = spec.retention();
            if (retention == RetentionPolicy.SOURCE) {
                continue;
            }
            AnnotationVisitor visitor = target.visitAnnotation(
                    Type.getDescriptor(spec.type()), retention == RetentionPolicy.RUNTIME);
            if (visitor != null) {
                writeElements(visitor, spec);
            }
        }
    }

    /**
     * Writes those of {@code specs}, written before a declaration of {@code kind}, that annotate the
     * declaration; the type annotations among them annotate its type, which {@link #writeTypes} writes.
     */
    static void writeDeclared(List<AnnotationSpec> specs, ElementType kind, Target target) {
        List<AnnotationSpec> declared = new ArrayList<>();
        for (AnnotationSpec spec : specs) {
            if (spec.annotatesDeclaration(kind)) {
                declared.add(spec);
            }
        }
        writeAll(declared, target);
    }

    /**
     * Writes the type annotations of {@code type} and of its parts as javac does: each with the type
     * reference of the position the type has ({@code org.objectweb.asm.TypeReference}) and its type path.
     */
    static void writeTypes(TypeSpec type, int typeRef, TypeTarget target) {
        type.forEachAnnotated((path, specs) -> writeAll(specs,
                (descriptor, visible) -> target.visitTypeAnnotation(typeRef, TypePath.fromString(path), descriptor,
                        visible)));
    }

    private static void writeElements(AnnotationVisitor visitor, AnnotationSpec spec) {
        for (Map.Entry<String, Object> element : spec.elements().entrySet()) {
            writeValue(visitor, element.getKey(), spec.declaredType(element.getKey()), element.getValue());
        }
        visitor.visitEnd();
    }

    /** Writes the element {@code name} (null in an array or a default) of type {@code declared}. */
    static void writeValue(AnnotationVisitor visitor, String name, Class<?> declared, Object value) {
        if (declared.isArray()) {
            AnnotationVisitor array = visitor.visitArray(name);
            for (Object item : (List<?>) value) {
                writeValue(array, null, declared.getComponentType(), item);
            }
            array.visitEnd();
        } else if (declared.isAnnotation()) {
            AnnotationSpec nested = (AnnotationSpec) value;
            writeElements(visitor.visitAnnotation(name, Type.getDescriptor(nested.type())), nested);
        } else if (declared.isEnum()) {
            visitor.visitEnum(name, Type.getDescriptor(declared), ((Enum<?>) value).name());
        } else if (declared == Class.class) {
            visitor.visit(name, value instanceof TypeSpec ? Type.getType(((TypeSpec) value).descriptor())
                    : Type.getType((Class<?>) value));
        } else {
            visitor.visit(name, value);
        }
    }
}

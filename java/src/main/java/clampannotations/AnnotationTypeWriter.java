package clampannotations;

import java.lang.annotation.Annotation;
import java.util.Map;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Writes the class file of an annotation type declared in Python as javac writes an {@code @interface}:
 * a public abstract interface with the {@code ACC_ANNOTATION} flag extending
 * {@code java.lang.annotation.Annotation}, one public abstract method per element in the order
 * written, each with its annotations and its default ({@code AnnotationDefault}), the constants, the
 * type's annotations by their retention, and the member classes it names ({@link InnerClasses}). Nothing
 * of Jython's: it has no Python behaviour.
 *
 * <p>Part of the generator, with {@link MemberWriter}: what runs carries neither (see
 * {@link AnnotationTypeMaker}).
 */
public final class AnnotationTypeWriter {

    /** The class-file version of Java 17, the release clamp_annotations' own classes need, as javac writes it. */
    private static final int VERSION = Opcodes.V17;
    private static final int ACCESS = Opcodes.ACC_PUBLIC | Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT
            | Opcodes.ACC_ANNOTATION;

    private AnnotationTypeWriter() {
    }

    /** The class file of {@code type}. */
    public static byte[] write(AnnotationTypeSpec type) {
        ClassWriter writer = new ClassWriter(0); // no code: nothing to compute
        writer.visit(VERSION, ACCESS, type.name().replace('.', '/'), null, Type.getInternalName(Object.class),
                new String[] {Type.getInternalName(Annotation.class)});
        AnnotationWriter.writeAll(type.annotations(), writer::visitAnnotation);
        for (Map.Entry<String, Object> constant : type.constants().entrySet()) {
            MemberWriter.writeConstant(writer, constant.getKey(), constant.getValue());
        }
        InnerClasses nested = new InnerClasses(); // met as javac meets them: elements, then the type's annotations
        for (AnnotationTypeSpec.Element element : type.elements()) {
            nested.add(element.javaType());
            MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, element.name,
                    element.descriptor(), element.signature(), null);
            AnnotationWriter.writeAll(element.annotations, method::visitAnnotation);
            if (element.defaultValue() != null) {
                AnnotationVisitor value = method.visitAnnotationDefault();
                AnnotationWriter.writeValue(value, null, element.javaType(), element.defaultValue());
                value.visitEnd();
                nested.addValue(element.javaType(), element.defaultValue());
            }
            nested.addAnnotations(element.annotations);
            method.visitEnd();
        }
        nested.addAnnotations(type.annotations());
        nested.writeTo(writer);
        writer.visitEnd();
        return writer.toByteArray();
    }
}

package clampannotations;

import java.util.List;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/** Adds annotations to the class declaration of a generated class file. */
public final class ClassAnnotator extends ClassVisitor {

    private final List<AnnotationSpec> annotations;

    private ClassAnnotator(ClassVisitor next, List<AnnotationSpec> annotations) {
        super(Opcodes.ASM9, next);
        this.annotations = annotations;
    }

    /**
     * Returns {@code classFile} with {@code annotations} on its class declaration, after any it has.
     * Nothing else changes: the constant pool is copied and no frames are recomputed.
     */
    public static byte[] annotate(byte[] classFile, List<AnnotationSpec> annotations) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassAnnotator(writer, annotations), 0);
        return writer.toByteArray();
    }

    @Override
    public void visitEnd() {
        AnnotationWriter.writeAll(annotations, super::visitAnnotation);
        super.visitEnd();
    }
}

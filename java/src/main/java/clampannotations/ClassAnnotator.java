package clampannotations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.objectweb.asm.Attribute;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Adds annotations to the declarations of a class file: the class, its methods and constructors
 * ({@code <init>}), their parameters, and its fields.
 *
 * <p>Say what goes where with the {@code on...} methods, then {@link #annotate(byte[])}. A method is
 * named alone, which means every overload of that name, or with its descriptor. Annotations are
 * written after any the declaration already has, repeated ones wrapped in their container
 * ({@link RepeatedAnnotations}); nothing else in the class changes.
 */
public final class ClassAnnotator {

    private final List<AnnotationSpec> onClass = new ArrayList<>();
    private final Map<String, List<AnnotationSpec>> onMethods = new TreeMap<>();
    private final Map<String, Map<Integer, List<AnnotationSpec>>> onParameters = new TreeMap<>();
    private final Map<String, List<AnnotationSpec>> onFields = new TreeMap<>();

    public ClassAnnotator onClass(List<AnnotationSpec> annotations) {
        onClass.addAll(annotations);
        return this;
    }

    /** {@code method} is a name ({@code run}, every overload) or a name and descriptor ({@code run()V}). */
    public ClassAnnotator onMethod(String method, List<AnnotationSpec> annotations) {
        onMethods.computeIfAbsent(method, key -> new ArrayList<>()).addAll(annotations);
        return this;
    }

    /** Annotates parameter {@code index} (from 0) of {@code method}, named as in {@link #onMethod}. */
    public ClassAnnotator onParameter(String method, int index, List<AnnotationSpec> annotations) {
        onParameters.computeIfAbsent(method, key -> new TreeMap<>())
                .computeIfAbsent(index, key -> new ArrayList<>()).addAll(annotations);
        return this;
    }

    public ClassAnnotator onField(String field, List<AnnotationSpec> annotations) {
        onFields.computeIfAbsent(field, key -> new ArrayList<>()).addAll(annotations);
        return this;
    }

    /**
     * Returns {@code classFile} with the annotations added. The constant pool is copied and no frames
     * are recomputed. A method or field named here that the class does not declare is an
     * {@link IllegalArgumentException}.
     */
    public byte[] annotate(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        Set<String> unmatched = new TreeSet<>(onMethods.keySet());
        unmatched.addAll(onParameters.keySet());
        for (String field : onFields.keySet()) {
            unmatched.add("field " + field);
        }
        reader.accept(new Visitor(writer, unmatched), 0);
        if (!unmatched.isEmpty()) {
            throw new IllegalArgumentException(
                    "class " + reader.getClassName() + " declares no " + String.join(", ", unmatched));
        }
        return writer.toByteArray();
    }

    private final class Visitor extends ClassVisitor {
        private final Set<String> unmatched;

        Visitor(ClassVisitor next, Set<String> unmatched) {
            super(Opcodes.ASM9, next);
            this.unmatched = unmatched;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
            List<AnnotationSpec> annotations = new ArrayList<>();
            Map<Integer, List<AnnotationSpec>> parameters = new TreeMap<>();
            for (String key : new String[] {name, name + descriptor}) {
                annotations.addAll(onMethods.getOrDefault(key, Collections.emptyList()));
                onParameters.getOrDefault(key, Collections.emptyMap()).forEach((index, specs) ->
                        parameters.computeIfAbsent(index, i -> new ArrayList<>()).addAll(specs));
                unmatched.remove(key);
            }
            return annotations.isEmpty() && parameters.isEmpty() ? next
                    : new AnnotatingMethodVisitor(next, annotations, parameters);
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature,
                Object value) {
            FieldVisitor next = super.visitField(access, name, descriptor, signature, value);
            List<AnnotationSpec> annotations = onFields.get(name);
            if (annotations == null) {
                return next;
            }
            unmatched.remove("field " + name);
            return new AnnotatingFieldVisitor(next, annotations);
        }

        @Override
        public void visitEnd() {
            AnnotationWriter.writeAll(onClass, super::visitAnnotation);
            super.visitEnd();
        }
    }

    /** Writes its annotations once, after those the method has and before its attributes and code. */
    private static final class AnnotatingMethodVisitor extends MethodVisitor {
        private final List<AnnotationSpec> annotations;
        private final Map<Integer, List<AnnotationSpec>> parameters;
        private boolean written;

        AnnotatingMethodVisitor(MethodVisitor next, List<AnnotationSpec> annotations,
                Map<Integer, List<AnnotationSpec>> parameters) {
            super(Opcodes.ASM9, next);
            this.annotations = annotations;
            this.parameters = parameters;
        }

        private void write() {
            if (written) {
                return;
            }
            written = true;
            AnnotationWriter.writeAll(annotations, super::visitAnnotation);
            parameters.forEach((index, specs) -> AnnotationWriter.writeAll(specs,
                    (descriptor, visible) -> super.visitParameterAnnotation(index, descriptor, visible)));
        }

        @Override
        public void visitAttribute(Attribute attribute) {
            write();
            super.visitAttribute(attribute);
        }

        @Override
        public void visitCode() {
            write();
            super.visitCode();
        }

        @Override
        public void visitEnd() {
            write();
            super.visitEnd();
        }
    }

    /** Writes its annotations once, after those the field has. */
    private static final class AnnotatingFieldVisitor extends FieldVisitor {
        private final List<AnnotationSpec> annotations;
        private boolean written;

        AnnotatingFieldVisitor(FieldVisitor next, List<AnnotationSpec> annotations) {
            super(Opcodes.ASM9, next);
            this.annotations = annotations;
        }

        private void write() {
            if (!written) {
                written = true;
                AnnotationWriter.writeAll(annotations, super::visitAnnotation);
            }
        }

        @Override
        public void visitAttribute(Attribute attribute) {
            write();
            super.visitAttribute(attribute);
        }

        @Override
        public void visitEnd() {
            write();
            super.visitEnd();
        }
    }
}

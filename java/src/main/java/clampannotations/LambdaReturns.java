package clampannotations;

import java.util.Set;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.python.core.Py;

/**
 * Makes the methods of a generated class that return a functional interface convert what Python
 * returns with {@link Lambdas#tojava}, so that a Python function returned there reaches Java as a
 * lambda. Jython's overrides and the typed methods both end in {@code Py.tojava(result, Type.class)}
 * with the type as a class constant (see {@link MemberWriter}); only those calls whose type is one of
 * the functional interfaces change, so that every other method converts as fast as before.
 */
final class LambdaReturns extends ClassVisitor {

    private static final String PY = Type.getInternalName(Py.class);

    private final Set<String> functional;

    private LambdaReturns(ClassVisitor next, Set<String> functional) {
        super(Opcodes.ASM9, next);
        this.functional = functional;
    }

    /** {@code classFile} with the conversions to the interfaces {@code functional} (internal names) changed. */
    static byte[] rewrite(byte[] classFile, Set<String> functional) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0); // a call's owner changes only: nothing to recompute
        reader.accept(new LambdaReturns(writer, functional), 0);
        return writer.toByteArray();
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
            String[] exceptions) {
        MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
        return new MethodNode(Opcodes.ASM9, access, name, descriptor, signature, exceptions) {
            @Override
            public void visitEnd() {
                for (AbstractInsnNode node : instructions) {
                    if (isConversionToFunctional(node)) {
                        ((MethodInsnNode) node).owner = Type.getInternalName(Lambdas.class);
                    }
                }
                accept(next);
            }
        };
    }

    /** Whether {@code node} is {@code Py.tojava(result, F.class)} for one of the functional interfaces. */
    private boolean isConversionToFunctional(AbstractInsnNode node) {
        if (!(node instanceof MethodInsnNode)) {
            return false;
        }
        MethodInsnNode call = (MethodInsnNode) node;
        AbstractInsnNode previous = call.getPrevious();
        return call.owner.equals(PY) && call.name.equals("tojava") && call.desc.equals(Primitive.TO_JAVA)
                && previous instanceof LdcInsnNode && ((LdcInsnNode) previous).cst instanceof Type
                && functional.contains(((Type) ((LdcInsnNode) previous).cst).getInternalName());
    }
}

package clampannotations;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/** The bytecode that moves values between Java's primitive types and Jython's objects. */
enum Primitive {
    BOOLEAN(boolean.class, Boolean.class, Opcodes.ILOAD, Opcodes.IRETURN),
    BYTE(byte.class, Byte.class, Opcodes.ILOAD, Opcodes.IRETURN),
    SHORT(short.class, Short.class, Opcodes.ILOAD, Opcodes.IRETURN),
    CHAR(char.class, Character.class, Opcodes.ILOAD, Opcodes.IRETURN),
    INT(int.class, Integer.class, Opcodes.ILOAD, Opcodes.IRETURN),
    LONG(long.class, Long.class, Opcodes.LLOAD, Opcodes.LRETURN),
    FLOAT(float.class, Float.class, Opcodes.FLOAD, Opcodes.FRETURN),
    DOUBLE(double.class, Double.class, Opcodes.DLOAD, Opcodes.DRETURN);

    private static final String TO_JAVA = "(Lorg/python/core/PyObject;Ljava/lang/Class;)Ljava/lang/Object;";

    private final Class<?> type;
    private final Class<?> boxed;
    private final int load;
    private final int returns;

    Primitive(Class<?> type, Class<?> boxed, int load, int returns) {
        this.type = type;
        this.boxed = boxed;
        this.load = load;
        this.returns = returns;
    }

    private static Primitive of(Class<?> type) {
        for (Primitive primitive : values()) {
            if (primitive.type == type || primitive.boxed == type) {
                return primitive;
            }
        }
        return null;
    }

    /** The primitive type whose box {@code boxed} is. */
    static Class<?> unboxed(Class<?> boxed) {
        return of(boxed).type;
    }

    /**
     * Loads local {@code slot} of {@code type} onto the stack as an object, boxing a primitive, and
     * returns how many slots the local takes.
     */
    static int loadBoxed(MethodVisitor visitor, Class<?> type, int slot) {
        Primitive primitive = of(type);
        if (primitive == null || !type.isPrimitive()) {
            visitor.visitVarInsn(Opcodes.ALOAD, slot);
            return 1;
        }
        visitor.visitVarInsn(primitive.load, slot);
        String box = Type.getInternalName(primitive.boxed);
        visitor.visitMethodInsn(Opcodes.INVOKESTATIC, box, "valueOf",
                "(" + Type.getDescriptor(type) + ")L" + box + ";", false);
        return type == long.class || type == double.class ? 2 : 1;
    }

    /**
     * Returns the {@code PyObject} on the stack as {@code type}, converted by Jython; the class is a
     * constant, never looked up by name.
     */
    static void returnAs(MethodVisitor visitor, TypeSpec type) {
        if (type.raw() == void.class) {
            visitor.visitInsn(Opcodes.POP);
            visitor.visitInsn(Opcodes.RETURN);
            return;
        }
        Primitive primitive = type.isPrimitive() ? of(type.raw()) : null;
        if (primitive == null) {
            visitor.visitLdcInsn(Type.getType(type.descriptor()));
        } else {
            visitor.visitFieldInsn(Opcodes.GETSTATIC, Type.getInternalName(primitive.boxed), "TYPE",
                    "Ljava/lang/Class;");
        }
        visitor.visitMethodInsn(Opcodes.INVOKESTATIC, "org/python/core/Py", "tojava", TO_JAVA, false);
        if (primitive == null) {
            visitor.visitTypeInsn(Opcodes.CHECKCAST, type.internalName());
            visitor.visitInsn(Opcodes.ARETURN);
            return;
        }
        String box = Type.getInternalName(primitive.boxed);
        visitor.visitTypeInsn(Opcodes.CHECKCAST, box);
        visitor.visitMethodInsn(Opcodes.INVOKEVIRTUAL, box, type.raw().getName() + "Value",
                "()" + type.descriptor(), false);
        visitor.visitInsn(primitive.returns);
    }
}

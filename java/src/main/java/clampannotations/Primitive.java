package clampannotations;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.python.core.Py;
import org.python.core.PyBoolean;
import org.python.core.PyFloat;
import org.python.core.PyInteger;
import org.python.core.PyObject;

/** The bytecode that moves values between Java's primitive types and Jython's objects. */
public enum Primitive {
    // Each with the Py method that makes the Python object Jython's own overrides make (a long is an
    // int when it fits), and the method that reads it back, range-checked (none for char: Jython's
    // conversion is used).
    BOOLEAN(boolean.class, Boolean.class, Opcodes.ILOAD, Opcodes.IRETURN, "newBoolean", PyBoolean.class, Py.class,
            "py2boolean"),
    BYTE(byte.class, Byte.class, Opcodes.ILOAD, Opcodes.IRETURN, "newInteger", PyInteger.class, PythonValues.class,
            "toByte"),
    SHORT(short.class, Short.class, Opcodes.ILOAD, Opcodes.IRETURN, "newInteger", PyInteger.class, PythonValues.class,
            "toShort"),
    CHAR(char.class, Character.class, Opcodes.ILOAD, Opcodes.IRETURN, null, null, null, null),
    INT(int.class, Integer.class, Opcodes.ILOAD, Opcodes.IRETURN, "newInteger", PyInteger.class, Py.class, "py2int"),
    LONG(long.class, Long.class, Opcodes.LLOAD, Opcodes.LRETURN, "newInteger", PyObject.class, Py.class, "py2long"),
    FLOAT(float.class, Float.class, Opcodes.FLOAD, Opcodes.FRETURN, "newFloat", PyFloat.class, Py.class, "py2float"),
    DOUBLE(double.class, Double.class, Opcodes.DLOAD, Opcodes.DRETURN, "newFloat", PyFloat.class, Py.class,
            "py2double");

    private static final String PY = Type.getInternalName(Py.class);
    private static final String PY_OBJECT = Type.getDescriptor(PyObject.class);
    /** {@code Py.tojava(PyObject, Class)}, which {@link LambdaReturns} redirects too. */
    static final String TO_JAVA = Type.getMethodDescriptor(Type.getType(Object.class), Type.getType(PyObject.class),
            Type.getType(Class.class));

    private final Class<?> type;
    private final Class<?> boxed;
    private final int load;
    private final int returns;
    private final String toPython;
    private final Class<?> pythonType;
    private final Class<?> fromPythonOwner;
    private final String fromPython;

    Primitive(Class<?> type, Class<?> boxed, int load, int returns, String toPython, Class<?> pythonType,
            Class<?> fromPythonOwner, String fromPython) {
        this.type = type;
        this.boxed = boxed;
        this.load = load;
        this.returns = returns;
        this.toPython = toPython;
        this.pythonType = pythonType;
        this.fromPythonOwner = fromPythonOwner;
        this.fromPython = fromPython;
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
    public static Class<?> unboxed(Class<?> boxed) {
        return of(boxed).type;
    }

    /**
     * Loads local {@code slot} of {@code type} onto the stack as an object for Jython: a primitive as
     * the Python object Jython would make of it (so no box is made and looked up), and returns how
     * many slots the local takes.
     */
    public static int loadForPython(MethodVisitor visitor, Class<?> type, int slot) {
        Primitive primitive = type.isPrimitive() ? of(type) : null;
        if (primitive == null) {
            visitor.visitVarInsn(Opcodes.ALOAD, slot);
            return 1;
        }
        visitor.visitVarInsn(primitive.load, slot);
        String descriptor = Type.getDescriptor(type == byte.class || type == short.class ? int.class : type);
        if (primitive.toPython == null) {
            String box = Type.getInternalName(primitive.boxed);
            visitor.visitMethodInsn(Opcodes.INVOKESTATIC, box, "valueOf", "(" + descriptor + ")L" + box + ";", false);
        } else {
            visitor.visitMethodInsn(Opcodes.INVOKESTATIC, PY, primitive.toPython,
                    "(" + descriptor + ")" + Type.getDescriptor(primitive.pythonType), false);
        }
        return type == long.class || type == double.class ? 2 : 1;
    }

    /**
     * Returns the {@code PyObject} on the stack as {@code type}, converted by Jython; the class is a
     * constant, never looked up by name.
     */
    public static void returnAs(MethodVisitor visitor, TypeSpec type) {
        if (type.raw() == void.class) {
            visitor.visitInsn(Opcodes.POP);
            visitor.visitInsn(Opcodes.RETURN);
            return;
        }
        convert(visitor, type);
        Primitive primitive = type.isPrimitive() ? of(type.raw()) : null;
        visitor.visitInsn(primitive == null ? Opcodes.ARETURN : primitive.returns);
    }

    /**
     * Replaces the {@code PyObject} on the stack with its value as {@code type} (not {@code void}),
     * converted by Jython, a {@code byte} or {@code short} range-checked.
     */
    public static void convert(MethodVisitor visitor, TypeSpec type) {
        Primitive primitive = type.isPrimitive() ? of(type.raw()) : null;
        if (primitive != null && primitive.fromPython != null) {
            visitor.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(primitive.fromPythonOwner),
                    primitive.fromPython, "(" + PY_OBJECT + ")" + type.descriptor(), false);
            return;
        }
        if (primitive == null) {
            visitor.visitLdcInsn(Type.getType(type.descriptor()));
        } else {
            visitor.visitFieldInsn(Opcodes.GETSTATIC, Type.getInternalName(primitive.boxed), "TYPE",
                    Type.getDescriptor(Class.class));
        }
        visitor.visitMethodInsn(Opcodes.INVOKESTATIC, PY, "tojava", TO_JAVA, false);
        if (primitive == null) {
            visitor.visitTypeInsn(Opcodes.CHECKCAST, type.internalName());
            return;
        }
        String box = Type.getInternalName(primitive.boxed);
        visitor.visitTypeInsn(Opcodes.CHECKCAST, box);
        visitor.visitMethodInsn(Opcodes.INVOKEVIRTUAL, box, type.raw().getName() + "Value",
                "()" + type.descriptor(), false);
    }
}

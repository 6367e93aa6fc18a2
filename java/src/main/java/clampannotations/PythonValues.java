package clampannotations;

import java.lang.reflect.Field;

import org.python.core.Py;
import org.python.core.PyObject;

/**
 * Conversions of Python values to the Java types that typed methods return and typed fields hold: by
 * the declared type, as a Java assignment converts, where Jython would narrow the small integral types
 * silently (300 as a {@code byte} would be 44).
 */
public final class PythonValues {

    private PythonValues() {
    }

    private static final String RETURNED = "which the Java method returns";

    /** {@code value} as a byte; out of range is an {@code OverflowError}. */
    public static byte toByte(PyObject value) {
        return (byte) inRange(value, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte", RETURNED);
    }

    /** {@code value} as a short; out of range is an {@code OverflowError}. */
    public static short toShort(PyObject value) {
        return (short) inRange(value, Short.MIN_VALUE, Short.MAX_VALUE, "short", RETURNED);
    }

    /**
     * Sets {@code field} of {@code target} to {@code value} converted to the field's declared type (a
     * callable to a functional interface as a lambda, see {@link Lambdas#tojava}). Given to reflection's
     * {@code Field.set} from Python, a value would be converted to Java by its own Python type: a Python
     * long read from a {@code long} field would come back a {@code BigInteger}.
     */
    public static void setField(Field field, Object target, PyObject value) throws IllegalAccessException {
        Class<?> type = field.getType();
        String held = "which the field " + field.getName() + " holds";
        Object converted = type == byte.class ? (Object) (byte) inRange(value, Byte.MIN_VALUE, Byte.MAX_VALUE,
                "byte", held) : type == short.class ? (Object) (short) inRange(value, Short.MIN_VALUE,
                Short.MAX_VALUE, "short", held) : Lambdas.tojava(value, type);
        field.set(target, converted);
    }

    private static int inRange(PyObject value, int min, int max, String type, String what) {
        int number = Py.py2int(value);
        if (number < min || number > max) {
            throw Py.OverflowError(String.format("%d does not fit in a %s (%d..%d), %s", number, type, min, max,
                    what));
        }
        return number;
    }
}

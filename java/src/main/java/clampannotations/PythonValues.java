package clampannotations;

import org.python.core.Py;
import org.python.core.PyObject;

/**
 * Conversions of values that Python methods return to the small integral types a typed method
 * declares, which Jython would narrow silently (300 as a {@code byte} would be 44).
 */
public final class PythonValues {

    private PythonValues() {
    }

    /** {@code value} as a byte; out of range is an {@code OverflowError}. */
    public static byte toByte(PyObject value) {
        return (byte) inRange(value, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
    }

    /** {@code value} as a short; out of range is an {@code OverflowError}. */
    public static short toShort(PyObject value) {
        return (short) inRange(value, Short.MIN_VALUE, Short.MAX_VALUE, "short");
    }

    private static int inRange(PyObject value, int min, int max, String type) {
        int number = Py.py2int(value);
        if (number < min || number > max) {
            throw Py.OverflowError(String.format("%d does not fit in a %s (%d..%d), which the Java method returns",
                    number, type, min, max));
        }
        return number;
    }
}

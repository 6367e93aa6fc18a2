package clampannotations;

import java.math.BigInteger;

/**
 * Converts a value that came from Python to the Java type something declares, as javac would accept a
 * constant of that type: integral numbers for {@code byte}, {@code short}, {@code int} and {@code long}
 * (range-checked), any number for {@code float} (that does not overflow) and {@code double}, a
 * one-character string for {@code char}, and otherwise an instance of the type.
 */
final class JavaValues {

    private JavaValues() {
    }

    /** {@code value} as {@code declared} (boxed when primitive), or null when Java would refuse it. */
    static Object convert(Class<?> declared, Object value) {
        if (declared == boolean.class) {
            return value instanceof Boolean ? value : null;
        }
        if (declared == byte.class) {
            Long number = integral(value, Byte.MIN_VALUE, Byte.MAX_VALUE);
            return number == null ? null : (Object) number.byteValue();
        }
        if (declared == short.class) {
            Long number = integral(value, Short.MIN_VALUE, Short.MAX_VALUE);
            return number == null ? null : (Object) number.shortValue();
        }
        if (declared == int.class) {
            Long number = integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
            return number == null ? null : (Object) number.intValue();
        }
        if (declared == long.class) {
            return integral(value, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (declared == char.class) {
            if (value instanceof Character) {
                return value;
            }
            return value instanceof String && ((String) value).length() == 1 ? ((String) value).charAt(0) : null;
        }
        if (declared == float.class || declared == double.class) {
            if (!(value instanceof Number)) {
                return null;
            }
            double number = ((Number) value).doubleValue();
            if (declared == double.class) {
                return number;
            }
            // An integer is rounded to float once (JLS 5.1.2), not through double: 2^54 + 2^30 + 1
            // would otherwise round twice, to a different float.
            float narrowed = value instanceof Double || value instanceof Float ? (float) number
                    : ((Number) value).floatValue();
            return Float.isInfinite(narrowed) && !Double.isInfinite(number) ? null : (Object) narrowed;
        }
        return declared.isInstance(value) ? value : null;
    }

    private static Long integral(Object value, long min, long max) {
        boolean integral = value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte
                || value instanceof BigInteger && ((BigInteger) value).bitLength() < Long.SIZE;
        if (!integral) {
            return null;
        }
        long number = ((Number) value).longValue();
        return number >= min && number <= max ? number : null;
    }
}

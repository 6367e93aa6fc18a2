package twin;

import fixtures.Numbers;

/**
 * What javac writes for boundary values of every numeric element type (see the Python class
 * {@code mirror.Boundaries} in tests/python/test_javac_twin.py). Integers given to {@code float} and
 * {@code double} elements are converted once, by JLS 5.1.2: {@code 2^54 + 2^30 + 1} is the float
 * {@code 0x5a800001}, which a conversion through {@code double} would round to {@code 0x5a800000}.
 */
@Numbers(bytes = {-128, 127, 0}, chars = {'\u0000', '\uffff', 'z'},
        doubles = {Double.MAX_VALUE, Double.MIN_VALUE, -0.0, 9007199254740993L, Long.MAX_VALUE, Long.MIN_VALUE,
                2147483647, 0.1},
        floats = {Float.MAX_VALUE, Float.MIN_VALUE, 18014399583223809L, 16777217, 9007199254740993L,
                Long.MAX_VALUE, -2147483647, 0.5f},
        ints = {-2147483648, 2147483647, 0}, longs = {Long.MIN_VALUE, Long.MAX_VALUE, 2147483648L},
        shorts = {-32768, 32767, 0})
public class Boundaries {
}

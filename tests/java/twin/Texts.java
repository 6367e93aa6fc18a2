package twin;

import fixtures.Kinds;
import fixtures.Tag;

/**
 * What javac writes for Strings beyond the Basic Multilingual Plane and for unpaired surrogates, which
 * Java constants may hold (see the Python class {@code mirror.Texts} in tests/python/test_javac_twin.py).
 */
@Kinds(tag = @Tag("nested \uD83D\uDE00"), texts = {"\uD800", "x\uDC00", "\uD83D\uDE00\uDBFF\uDFFF"})
public class Texts {
    public static final String ASTRAL = "\uD83D\uDE00\uD83D\uDE00";
    public static final String LONE = "\uDC00";
}

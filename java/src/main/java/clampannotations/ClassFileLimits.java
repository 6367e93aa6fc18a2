package clampannotations;

/**
 * The limits of the class-file format (JVMS 4.4.7, 4.7.16, 4.11) that declarations made in Python
 * can reach, checked when they are made, so that ASM or the JVM never refuses a class later.
 */
final class ClassFileLimits {

    /** The most bytes of a string constant, values in an annotation array, or entries in a table. */
    static final int MAX_COUNT = 65535;
    /** The most local-variable slots a method's parameters may take, {@code this} included. */
    static final int MAX_PARAMETER_SLOTS = 255;

    private ClassFileLimits() {
    }

    /** The length of {@code text} in the class file's modified UTF-8. */
    static int utf8Length(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            length += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return length;
    }

    static boolean fitsConstant(String text) {
        return text.length() <= MAX_COUNT / 3 || utf8Length(text) <= MAX_COUNT;
    }
}

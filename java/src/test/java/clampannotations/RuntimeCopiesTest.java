package clampannotations;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** The version each copy of the runtime's Python half says, read from its {@code _version.py}. */
public class RuntimeCopiesTest {

    @Test
    public void theVersionIsTheFirstCompleteVersionLineOfAnyLineEnding() {
        assertEquals("0.1.0", RuntimeCopies.versionIn("\"\"\"Doc.\"\"\"\n__version__ = '0.1.0'\n"));
        assertEquals("0.2.0", RuntimeCopies.versionIn("# a\r\n__version__ = '0.2.0'  # released\r\n"));
        assertEquals("0.3.0", RuntimeCopies.versionIn("x = 1\r__version__ = '0.3.0'"));
        assertEquals("0.4.0", RuntimeCopies.versionIn("__version__ = ''\n__version__ = '0.4\n__version__ = '0.4.0'"));
    }

    @Test
    public void aCopyThatSaysNoVersionIsUnknown() {
        assertEquals("unknown", RuntimeCopies.versionIn(""));
        assertEquals("unknown", RuntimeCopies.versionIn("__version__ = \"0.1.0\"\n  __version__ = '0.1.0'\n"));
    }
}

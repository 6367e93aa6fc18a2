package clampannotations;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.python.core.Py;
import org.python.core.PyDictionary;
import org.python.core.PyObject;
import org.python.core.PySystemState;
import org.python.modules.zipimport.zipimport;
import org.python.modules.zipimport.zipimporter;

/** A jar's directory read entry by entry holds what Jython's zipimporter reads of the whole jar. */
public class JarDirectoryTest {

    @ClassRule
    public static final TemporaryFolder FOLDER = new TemporaryFolder();

    private static File jar;
    private static PyObject key;
    /** What Jython's own zipimporter reads of {@link #jar}. */
    private static PyDictionary jythons;

    @BeforeClass
    public static void readTheJarAsJythonDoes() throws IOException {
        PySystemState.initialize();
        jar = FOLDER.newFile("library.jar");
        try (ZipOutputStream out = new ZipOutputStream(new FileOutputStream(jar))) {
            out.putNextEntry(new ZipEntry("Lib/"));
            put(out, "Lib/plain.py", "x = 1\n", 1_700_000_000_000L);
            out.putNextEntry(new ZipEntry("Lib/package/"));
            put(out, "Lib/package/__init__.py", "", 1_600_000_000_123L);
            put(out, "Lib/donn\u00e9es.py", "y = 2\n", 1_700_000_000_000L);
            put(out, "Lib/old.py", "", 100_000_000_000L);  // 1973: before DOS dates begin
            ZipEntry stored = new ZipEntry("Lib/stored.py");
            byte[] data = "z = 3\n".getBytes(StandardCharsets.UTF_8);
            CRC32 crc = new CRC32();
            crc.update(data);
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(data.length);
            stored.setCrc(crc.getValue());
            out.putNextEntry(stored);
            out.write(data);
        }
        key = Py.newUnicode(jar.getPath());
        new zipimporter(jar.getPath() + "/Lib");
        jythons = (PyDictionary) zipimport._zip_directory_cache.__finditem__(key);
    }

    private static void put(ZipOutputStream out, String name, String text, long time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time);
        out.putNextEntry(entry);
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static PyDictionary installed() throws IOException {
        if (zipimport._zip_directory_cache.__finditem__(key) != null) {
            zipimport._zip_directory_cache.__delitem__(key);
        }
        JarDirectory.install(jar);
        return (PyDictionary) zipimport._zip_directory_cache.__finditem__(key);
    }

    @Test
    public void eachLookupFindsJythonsEntryAndTheSameObjectEveryTime() throws IOException {
        PyDictionary directory = installed();
        for (PyObject name : jythons.keys().asIterable()) {
            assertEquals(name.toString(), jythons.__finditem__(name), directory.__finditem__(name));
            assertSame(directory.__finditem__(name), directory.__finditem__(name));
        }
        assertEquals(jythons.getMap().size(), directory.getMap().size());
        assertEquals(jythons, directory);
    }

    @Test
    public void aDirectoryIsFoundOnlyByItsNameWithTheSeparator() throws IOException {
        PyDictionary directory = installed();
        assertNull(jythons.__finditem__("Lib/package"));
        assertNull(directory.__finditem__("Lib/package"));
        assertNull(directory.__finditem__("Lib/missing.py"));
        assertEquals(jythons.__finditem__("Lib/package/"), directory.__finditem__("Lib/package/"));
    }

    @Test
    public void theWholeDirectoryIsReadWhenAskedForAsAWhole() throws IOException {
        PyDictionary directory = installed();
        PyObject plain = directory.__finditem__("Lib/plain.py");
        assertEquals(jythons.keys().__len__(), directory.keys().__len__());
        assertSame(plain, directory.__finditem__("Lib/plain.py"));
        directory.__setitem__("Lib/added.py", Py.None);
        assertEquals(jythons.__len__() + 1, directory.__len__());
    }

    @Test
    public void aDirectoryReadByJythonAlreadyIsKept() throws IOException {
        zipimport._zip_directory_cache.__setitem__(key, jythons);
        JarDirectory.install(jar);
        assertSame(jythons, zipimport._zip_directory_cache.__finditem__(key));
    }
}

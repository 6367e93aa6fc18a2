package clampannotations;

import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.AbstractMap;
import java.util.Enumeration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.python.core.Py;
import org.python.core.PyDictionary;
import org.python.core.PyLong;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.PyTuple;
import org.python.core.PyUnicode;
import org.python.modules.zipimport.zipimport;

/**
 * The directory of a jar for Jython's {@code zipimport}, read entry by entry as imports ask for them.
 *
 * <p>A {@code zipimporter} keeps a dict of every entry of its archive ({@code zipimport._zip_directory_cache}),
 * and Jython makes it, tuple by tuple, the first time an import looks into the archive. In a standalone Jython
 * jar on a file (an extracted Spring Boot application) that is the first import that misses its earlier
 * entries of {@code sys.path} (every import of a Java package), and the archive is the whole of Jython's jar:
 * 25,369 entries, of which keystone-boot's imports find 78. This dict holds the same
 * entries, each made as Jython makes it when a lookup asks for it; anything that needs the whole dict (its
 * length, its keys, an update) reads the whole directory first, so Python code sees the dict Jython would
 * have made.
 */
final class JarDirectory extends AbstractMap<PyObject, PyObject> implements ConcurrentMap<PyObject, PyObject> {

    private final ZipFile zip;
    private final String archive;
    /** The entries made so far, each once, so that a lookup returns the same tuple every time. */
    private final ConcurrentMap<PyObject, PyObject> made = new ConcurrentHashMap<>();
    /** Every entry, once something needed them all; then the only map. */
    private volatile ConcurrentMap<PyObject, PyObject> all;

    private JarDirectory(ZipFile zip, String archive) {
        this.zip = zip;
        this.archive = archive;
    }

    /**
     * Gives {@code zipimport} the directory of {@code jar}, for the {@code sys.path} entries inside it, unless it
     * has read it already: the key is the archive's path as a {@code zipimporter} of such an entry spells it.
     */
    static void install(File jar) throws IOException {
        String archive = jar.getPath();
        PyUnicode key = Py.newUnicode(archive);
        if (zipimport._zip_directory_cache.__finditem__(key) != null) {
            return;
        }
        PyDictionary directory = new PyDictionary(PyDictionary.TYPE, new JarDirectory(new ZipFile(jar), archive), true);
        // setdefault: a thread that started Jython by other means may be importing already.
        zipimport._zip_directory_cache.setdefault(key, directory);
    }

    @Override
    public PyObject get(Object key) {
        ConcurrentMap<PyObject, PyObject> entries = all;
        if (entries != null) {
            return entries.get(key);
        }
        PyObject entry = made.get(key);
        if (entry != null || !(key instanceof PyString)) {
            return entry;
        }
        String name = ((PyString) key).getString();
        // getEntry("a") answers with "a/" when there is no "a": the dict has only the names the jar has.
        ZipEntry zipEntry = zip.getEntry(name.replace(File.separatorChar, '/'));
        if (zipEntry == null || !zipEntry.getName().replace('/', File.separatorChar).equals(name)) {
            return null;
        }
        PyObject made = entry(zipEntry);
        PyObject earlier = this.made.putIfAbsent((PyObject) key, made);
        return earlier != null ? earlier : made;
    }

    /** The table of contents entry Jython's {@code zipimporter} makes for an entry of the archive. */
    private PyObject entry(ZipEntry zipEntry) {
        String name = zipEntry.getName().replace('/', File.separatorChar);
        LocalDateTime time = LocalDateTime.ofInstant(Instant.ofEpochMilli(zipEntry.getTime()), ZoneId.systemDefault());
        int dosTime = time.getHour() << 11 | time.getMinute() << 5 | time.getSecond() >> 1;
        int dosDate = time.getYear() < 1980 ? 1 << 21 | 1 << 16
                : (time.getYear() - 1980) << 9 | time.getMonthValue() << 5 | time.getDayOfMonth();
        return new PyTuple(Py.fileSystemEncode(archive + File.separator + name), Py.newInteger(zipEntry.getMethod()),
                new PyLong(zipEntry.getCompressedSize()), new PyLong(zipEntry.getSize()), Py.newInteger(-1),
                Py.newInteger(dosTime), Py.newInteger(dosDate), new PyLong(zipEntry.getCrc()));
    }

    /** Every entry, as Jython's {@code zipimporter} reads them (a later entry of a name replaces an earlier). */
    private ConcurrentMap<PyObject, PyObject> all() {
        ConcurrentMap<PyObject, PyObject> entries = all;
        if (entries == null) {
            synchronized (this) {
                entries = all;
                if (entries == null) {
                    entries = new ConcurrentHashMap<>(zip.size() * 2);
                    for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                        ZipEntry zipEntry = e.nextElement();
                        PyObject key = Py.newStringOrUnicode(zipEntry.getName().replace('/', File.separatorChar));
                        PyObject entry = made.get(key);
                        entries.put(key, entry != null ? entry : entry(zipEntry));
                    }
                    all = entries;
                }
            }
        }
        return entries;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    /** Whatever else a dict does with its entries (length, keys, values, comparison) goes through this. */
    @Override
    public Set<Entry<PyObject, PyObject>> entrySet() {
        return all().entrySet();
    }

    @Override
    public PyObject put(PyObject key, PyObject value) {
        return all().put(key, value);
    }

    @Override
    public PyObject remove(Object key) {
        return all().remove(key);
    }

    @Override
    public PyObject putIfAbsent(PyObject key, PyObject value) {
        return all().putIfAbsent(key, value);
    }

    @Override
    public boolean remove(Object key, Object value) {
        return all().remove(key, value);
    }

    @Override
    public boolean replace(PyObject key, PyObject oldValue, PyObject newValue) {
        return all().replace(key, oldValue, newValue);
    }

    @Override
    public PyObject replace(PyObject key, PyObject value) {
        return all().replace(key, value);
    }
}

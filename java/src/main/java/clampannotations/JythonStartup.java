package clampannotations;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.security.CodeSource;
import java.util.Properties;

import org.python.core.Py;
import org.python.core.PySystemState;

/**
 * The start-up gate of generated classes: starts Jython, when nothing has started it yet, before any
 * generated code touches a class of Jython's, so that Jython is started by one thread while the others
 * wait, and finds its standard library wherever its jar is.
 *
 * <p>Jython's static initialisers depend on each other in cycles ({@code PyObject} needs {@code PyType},
 * which needs {@code PyNone}, which needs {@code Py}, which needs {@code PyObject}). Two threads that
 * touch two of those classes first (the first objects of two clamped classes, created at once) each wait
 * for the class the other is initialising, forever. So every generated constructor and method that uses
 * a class of Jython's or of clamp_annotations' calls {@link #ensure} first (see {@code MemberWriter}),
 * and this class touches none of Jython's until then. Jython's own start-up is the lock: the first thread
 * to call it initialises Jython's classes, the others wait for it and then find them initialised.
 *
 * <p>Jython finds its library and home from the file its jar is. Inside an executable jar (Spring
 * Boot's, whose {@code BOOT-INF/lib} jars are nested) that jar is no file: Jython would start with
 * neither and fail to import {@code site}. There the library is read through the class loader
 * ({@code __pyclasspath__/Lib}, after any {@code python.path} of the user's) and Jython's package
 * cache, which would be written below the working directory, is skipped, as Jython itself does for
 * its standalone jar.
 */
public final class JythonStartup {

    private static final String NESTED_LIBRARY = "__pyclasspath__/Lib";

    private static volatile boolean started;

    private JythonStartup() {
    }

    /** Starts Jython unless it has started; returns when it has. */
    public static void ensure() {
        if (!started) {
            start();
        }
    }

    /**
     * No lock of ours: {@code PySystemState}'s static initialiser and its synchronized
     * {@code initialize} make the other threads wait already, and a second lock could deadlock with a
     * thread that starts Jython by other means and creates a clamped object while doing so.
     */
    private static void start() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = JythonStartup.class.getClassLoader();
        }
        PySystemState.initialize(System.getProperties(), settings(loader), new String[] {""});
        indexStandaloneLibrary();
        started = true;
    }

    /**
     * Lets {@code zipimport} read the directory of a standalone Jython jar's library ({@code <jar>/Lib} on
     * {@code sys.path}) entry by entry, instead of making a tuple for each of its 25,369 entries at the first
     * import that looks there (see {@link JarDirectory}).
     */
    private static void indexStandaloneLibrary() {
        String jar = Py.getJarFileName();
        if (jar == null) {
            return;
        }
        // <jar>/Lib, as Jython's PySystemState puts it on sys.path
        if (!Py.getSystemState().path.__contains__(Py.fileSystemEncode(jar + "/Lib"))) {
            return;
        }
        try {
            JarDirectory.install(new File(jar));
        } catch (IOException e) {
            // A jar that cannot be opened here cannot be read by zipimport either: it reports that itself.
        }
    }

    /** What Jython is told besides the system properties: nothing, unless its jar is not a file. */
    private static Properties settings(ClassLoader loader) {
        Properties settings = new Properties();
        CodeSource jython = PySystemState.class.getProtectionDomain().getCodeSource();
        boolean jarIsFile = jython != null && "file".equals(jython.getLocation().getProtocol());
        URL library = loader.getResource("Lib/site.py");
        if (jarIsFile || library == null) {
            return settings;
        }
        String path = System.getProperty("python.path");
        settings.setProperty("python.path", path == null || path.isEmpty() ? NESTED_LIBRARY
                : path + File.pathSeparator + NESTED_LIBRARY);
        if (System.getProperty("python.cachedir.skip") == null) {
            settings.setProperty("python.cachedir.skip", "true");
        }
        return settings;
    }
}

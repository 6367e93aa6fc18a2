package clampannotations;

import java.io.File;
import java.net.URL;
import java.security.CodeSource;
import java.util.Properties;

import org.python.core.PySystemState;

/**
 * Starts Jython for the first clamped object Java creates, when nothing has started it yet, so that
 * it finds its standard library wherever its jar is.
 *
 * <p>Jython finds its library and home from the file its jar is. Inside an executable jar (Spring
 * Boot's, whose {@code BOOT-INF/lib} jars are nested) that jar is no file: Jython would start with
 * neither and fail to import {@code site}. There the library is read through the class loader
 * ({@code __pyclasspath__/Lib}, after any {@code python.path} of the user's) and Jython's package
 * cache, which would be written below the working directory, is skipped, as Jython itself does for
 * its standalone jar.
 */
final class JythonStartup {

    private static final String NESTED_LIBRARY = "__pyclasspath__/Lib";

    private static volatile boolean started;

    private JythonStartup() {
    }

    static void ensure() {
        if (!started) {
            start();
        }
    }

    private static synchronized void start() {
        if (started) {
            return;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = JythonStartup.class.getClassLoader();
        }
        PySystemState.initialize(System.getProperties(), settings(loader), new String[] {""});
        started = true;
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

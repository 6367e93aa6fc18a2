package clampannotations.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.python.core.Options;
import org.python.core.Py;
import org.python.core.PyDictionary;
import org.python.core.PyException;
import org.python.core.PyList;
import org.python.core.PyObject;
import org.python.core.PyString;
import org.python.core.PyStringMap;
import org.python.core.PySystemState;
import org.python.util.PythonInterpreter;

/**
 * Runs {@code clamp_annotations._maven.build} in the Jython of the plugin's class realm, which Maven
 * keeps for every project of a build, isolated from other runs: a system state (modules,
 * {@code sys.path}) of its own, forgotten afterwards, and the project's compile class path in a class
 * loader of its own whose parent is the realm, so that Jython, clamp_annotations and ASM exist once.
 * {@link ForkedBuild} runs it the same way in a JVM of its own, which has no Maven classes.
 */
final class JythonBuild {

    /** Builds run one at a time: the capture of generated classes is process-wide. */
    private static final Object LOCK = new Object();

    private JythonBuild() {
    }

    /** A build that did not finish: the project's error (said as bdist_jar says it), or a crash of the build. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        final boolean project;

        Failure(boolean project, String message, Throwable cause) {
            super(message, cause);
            this.project = project;
        }
    }

    /** The files to write into the output directory, by path, in order. */
    static Map<String, byte[]> run(List<String> modules, List<File> sources, List<String> classpath, Path work)
            throws Failure {
        synchronized (LOCK) {
            Thread thread = Thread.currentThread();
            ClassLoader context = thread.getContextClassLoader();
            try (URLClassLoader loader = new URLClassLoader(urls(classpath), JythonBuild.class.getClassLoader())) {
                // Jython makes the context loader the parent of its sys.path loader, which finds Java classes.
                thread.setContextClassLoader(loader);
                Options.importSite = false; // nothing of a site-packages is wanted here, and site costs time
                PySystemState sys = new PySystemState();
                addPackages(classpath);
                PythonInterpreter python = new PythonInterpreter(null, sys);
                try {
                    python.exec("from clamp_annotations._maven import build");
                    return entries(python.get("build").__call__(strings(modules), strings(paths(sources)),
                            Py.newStringOrUnicode(work.toString())));
                } catch (PyException e) {
                    if (e.match(Py.Exception)) {
                        throw new Failure(true, "clamp-annotations: " + e.value.__str__(), null);
                    }
                    throw new Failure(false, "clamp-annotations failed: " + e, e);
                } finally {
                    python.cleanup();
                    sys.modules = new PyStringMap();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                thread.setContextClassLoader(context);
            }
        }
    }

    /**
     * Makes the Java packages of the class path importable, from the names of their class files.
     * Jython's own scan of a class path reads every class file (over a second of CPU for Spring Boot's).
     */
    private static void addPackages(List<String> classpath) throws IOException {
        Map<String, List<String>> packages = new TreeMap<>();
        for (String element : classpath) {
            Path path = Paths.get(element);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.forEach(file -> addClass(packages, path.relativize(file).toString().replace(File.separatorChar,
                            '/')));
                }
            } else if (Files.isRegularFile(path)) {
                try (ZipFile zip = new ZipFile(path.toFile())) {
                    zip.stream().forEach(entry -> addClass(packages, entry.getName()));
                }
            }
        }
        packages.forEach((name, classes) -> PySystemState.packageManager.makeJavaPackage(name,
                String.join(",", classes), null));
    }

    /** Adds the top-level class that {@code entry} is the file of, if it is one, to its package. */
    private static void addClass(Map<String, List<String>> packages, String entry) {
        int slash = entry.lastIndexOf('/');
        if (slash > 0 && entry.endsWith(".class") && !entry.startsWith("META-INF/") && entry.indexOf('$') < 0) {
            packages.computeIfAbsent(entry.substring(0, slash).replace('/', '.'), name -> new ArrayList<>())
                    .add(entry.substring(slash + 1, entry.length() - ".class".length()));
        }
    }

    private static Map<String, byte[]> entries(PyObject result) {
        Map<String, byte[]> entries = new TreeMap<>();
        for (Map.Entry<PyObject, PyObject> entry : ((PyDictionary) result).getMap().entrySet()) {
            entries.put(entry.getKey().toString(), ((PyString) entry.getValue()).toBytes());
        }
        return entries;
    }

    private static List<String> paths(List<File> files) {
        List<String> paths = new ArrayList<>();
        for (File file : files) {
            paths.add(file.getAbsolutePath());
        }
        return paths;
    }

    private static PyList strings(List<String> values) {
        PyList list = new PyList();
        for (String value : values) {
            list.append(Py.newStringOrUnicode(value));
        }
        return list;
    }

    private static URL[] urls(List<String> classpath) throws MalformedURLException {
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = new File(classpath.get(i)).toURI().toURL();
        }
        return urls;
    }
}

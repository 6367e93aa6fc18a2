package clampannotations.maven;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * {@link JythonBuild} in a JVM of its own, started from the JDK that Maven runs on with the plugin's jars as its
 * class path: there it compiles with the options the build asks for (C1 and the serial collector by default,
 * where Maven's JVM compiles Jython with C2) and maps a {@link BuildArchive}. The request (modules, sources,
 * class path) and the result (the files, or the failure) go through two files of the work directory.
 */
final class ForkedBuild {

    private static final int FILES = 0;
    private static final int PROJECT_FAILURE = 1;
    private static final int CRASH = 2;

    private ForkedBuild() {
    }

    /** As {@link JythonBuild#run}, in a forked JVM with {@code jvmArguments}, its archive in {@code archives}. */
    static Map<String, byte[]> run(List<String> modules, List<File> sources, List<String> classpath, Path work,
            List<String> jvmArguments, Path archives, Log log)
            throws JythonBuild.Failure, IOException, MojoFailureException {
        BuildArchive archive = new BuildArchive(archives, pluginClasspath());
        Files.createDirectories(work);
        Path request = work.resolve("fork.request");
        Path result = work.resolve("fork.result");
        Path classList = work.resolve("fork.classlist");
        Files.deleteIfExists(result);
        Files.deleteIfExists(classList);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(request)))) {
            writeStrings(out, modules);
            List<String> paths = new ArrayList<>();
            sources.forEach(source -> paths.add(source.getAbsolutePath()));
            writeStrings(out, paths);
            writeStrings(out, classpath);
        }
        List<String> command = new ArrayList<>(List.of(Command.java()));
        command.addAll(jvmArguments);
        command.addAll(archive.options(classList));
        command.addAll(List.of("-cp", archive.classpath(), ForkedBuild.class.getName(), request.toString(),
                result.toString()));
        if (log.isDebugEnabled()) {
            log.debug("clamp-annotations: build JVM: " + String.join(" ", command));
        }
        String output;
        try {
            output = Command.run(work, command);
        } finally {
            Files.delete(request);
        }
        if (!output.isEmpty()) {
            log.info(output.stripTrailing());
        }
        Map<String, byte[]> entries = read(result);
        archive.make(classList, log);
        return entries;
    }

    /** In the forked JVM: {@code REQUEST RESULT}, the files named by {@link #run}. */
    public static void main(String[] args) throws IOException {
        List<String> modules;
        List<File> sources = new ArrayList<>();
        List<String> classpath;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(Path.of(args[0]))))) {
            modules = readStrings(in);
            readStrings(in).forEach(source -> sources.add(new File(source)));
            classpath = readStrings(in);
        }
        Map<String, byte[]> entries = null;
        JythonBuild.Failure failure = null;
        try {
            entries = JythonBuild.run(modules, sources, classpath, Path.of(args[0]).getParent()); // the work directory
        } catch (JythonBuild.Failure e) {
            failure = e;
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(
                Path.of(args[1]))))) {
            if (failure != null) {
                out.writeInt(failure.project ? PROJECT_FAILURE : CRASH);
                writeBytes(out, failure.getMessage().getBytes(StandardCharsets.UTF_8));
            } else {
                out.writeInt(FILES);
                out.writeInt(entries.size());
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    out.writeUTF(entry.getKey());
                    writeBytes(out, entry.getValue());
                }
            }
        }
        if (failure != null && !failure.project) {
            failure.printStackTrace(); // for the build's output, as Maven prints an exception's
        }
    }

    private static Map<String, byte[]> read(Path result) throws IOException, JythonBuild.Failure {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(result)))) {
            int kind = in.readInt();
            if (kind != FILES) {
                throw new JythonBuild.Failure(kind == PROJECT_FAILURE, new String(readBytes(in),
                        StandardCharsets.UTF_8), null);
            }
            Map<String, byte[]> entries = new TreeMap<>();
            for (int count = in.readInt(); count > 0; count--) {
                entries.put(in.readUTF(), readBytes(in));
            }
            return entries;
        } finally {
            Files.delete(result);
        }
    }

    /** The jars of the plugin's class realm: the plugin, clamp_annotations, Jython and ASM. */
    private static List<Path> pluginClasspath() throws IOException {
        List<Path> jars = new ArrayList<>();
        for (URL url : ((URLClassLoader) ForkedBuild.class.getClassLoader()).getURLs()) {
            try {
                jars.add(Path.of(url.toURI()));
            } catch (URISyntaxException e) {
                throw new IOException("the plugin's class path holds " + url + ", which is not a file", e);
            }
        }
        return jars;
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            out.writeUTF(value);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        List<String> values = new ArrayList<>();
        for (int count = in.readInt(); count > 0; count--) {
            values.add(in.readUTF());
        }
        return values;
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        return in.readNBytes(in.readInt());
    }
}

package clampannotations.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The {@code build} goal: the Java classes of the clamped Python modules, the project's Python
 * modules and their {@code $py.class}, written into the project's output directory (by default in
 * {@code process-classes}, after javac), where tests, packaging and {@code spring-boot:run} find them.
 *
 * <p>Its outputs land on the class path of the next build, where Jython would take them for classes
 * built earlier: the files it wrote are recorded, and removed before it generates again. When no
 * input changed ({@link Inputs}) and they are all there, Jython is not started. Otherwise Jython builds in a JVM
 * of its own ({@link ForkedBuild}), or with {@code fork} off in Maven's.
 *
 * <p>Its fields are set by Maven from {@code META-INF/maven/plugin.xml}.
 */
public final class BuildMojo extends AbstractMojo {

    private List<String> modules;
    private File pythonSourceDirectory;
    private List<File> pythonSourceDirectories;
    private List<String> classpathElements;
    private File outputDirectory;
    private File workDirectory;
    private boolean fork;
    private String jvmArguments;
    private File archiveDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (modules == null || modules.isEmpty()) {
            throw new MojoFailureException("clamp-annotations: <modules> names no module: list the Python modules "
                    + "or packages whose classes to clamp, as setup.py's clamp={\"modules\": [...]}");
        }
        List<File> sources = pythonSourceDirectories == null || pythonSourceDirectories.isEmpty()
                ? List.of(pythonSourceDirectory) : pythonSourceDirectories;
        for (File source : sources) {
            if (!source.isDirectory()) {
                throw new MojoFailureException("clamp-annotations: the Python source directory " + source
                        + " does not exist");
            }
        }
        Path work = workDirectory.toPath();
        Path output = outputDirectory.toPath();
        try {
            List<String> written = recorded(work);
            String digest = new Inputs(modules, sources, classpathElements, output, written).digest();
            if (digest.equals(read(work.resolve("inputs"))) && allExist(output, written)) {
                getLog().info("clamp-annotations: nothing changed, " + written.size() + " files in " + output
                        + " are up to date");
                return;
            }
            remove(output, written);
            Files.deleteIfExists(work.resolve("inputs"));
            Map<String, byte[]> entries = fork ? ForkedBuild.run(modules, sources, classpathElements, work,
                    words(jvmArguments), archiveDirectory.toPath().normalize(), getLog())
                    : JythonBuild.run(modules, sources, classpathElements, work);
            write(output, work, entries);
            Files.write(work.resolve("inputs"), digest.getBytes(StandardCharsets.UTF_8));
            getLog().info(String.format("clamp-annotations: %d Java classes and %d Python files into %s",
                    entries.keySet().stream().filter(n -> !n.endsWith("$py.class") && n.endsWith(".class")).count(),
                    entries.keySet().stream().filter(n -> n.endsWith(".py")).count(), output));
        } catch (JythonBuild.Failure e) {
            if (e.project) {
                throw new MojoFailureException(e.getMessage());
            }
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("clamp-annotations: " + e, e);
        }
    }

    /** The files (relative to the output directory) that the last build wrote, as it recorded them. */
    private static List<String> recorded(Path work) throws IOException {
        Path outputs = work.resolve("outputs");
        return Files.exists(outputs) ? Files.readAllLines(outputs, StandardCharsets.UTF_8) : List.of();
    }

    /** The options of {@code jvmArguments}, split at spaces as a shell splits words without quotes. */
    private static List<String> words(String line) {
        return line == null || line.isBlank() ? List.of() : List.of(line.trim().split("\\s+"));
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
    }

    private static boolean allExist(Path output, List<String> names) {
        return names.stream().allMatch(name -> Files.isRegularFile(output.resolve(name)));
    }

    /** Removes the files a build wrote, and the directories that held only them. */
    private static void remove(Path output, List<String> names) throws IOException {
        TreeSet<Path> directories = new TreeSet<>();
        for (String name : names) {
            Path file = output.resolve(name);
            Files.deleteIfExists(file);
            for (Path parent = file.getParent(); !parent.equals(output); parent = parent.getParent()) {
                directories.add(parent);
            }
        }
        for (Path directory : directories.descendingSet()) { // the deepest first
            try (var children = Files.list(directory)) {
                if (children.findAny().isEmpty()) {
                    Files.delete(directory);
                }
            } catch (java.nio.file.NoSuchFileException e) {
                continue;
            }
        }
    }

    /** Writes the entries into the output directory, recording them first: a failure leaves none unknown. */
    private static void write(Path output, Path work, Map<String, byte[]> entries) throws IOException {
        List<String> names = new ArrayList<>(entries.keySet());
        Files.createDirectories(work);
        Files.write(work.resolve("outputs"), names, StandardCharsets.UTF_8);
        for (String name : names) {
            Path file = output.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, entries.get(name));
        }
    }
}

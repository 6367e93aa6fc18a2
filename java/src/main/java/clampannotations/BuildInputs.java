package clampannotations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a command-line build's jar ({@code jython -m clamp_annotations build}) is made from, as one
 * digest, and its record beside the jar: a build whose inputs are those of the jar on disk leaves the
 * jar as it is. The record also keeps the inputs themselves and the command that named them, so that
 * {@link #main} can tell, before Jython starts, that the same command would change nothing: the
 * Jython launcher asks it first, and a build with nothing changed then costs a small JVM instead of
 * Jython's start. (The Maven plugin keeps its own digest: {@code clampannotations.maven.Inputs}.)
 */
public final class BuildInputs {

    private static final String SEPARATOR = "\0";
    private static final List<String> COMPILED = List.of("$py.class", ".pyc", ".pyo");
    private static final List<String> ENVIRONMENT = List.of("CLASSPATH", "JYTHONPATH", "SOURCE_DATE_EPOCH");

    private final List<String> settings;
    private final List<String> sources;
    private final List<String> leaveOut;
    private final List<String> paths;

    /**
     * The inputs: {@code settings} (the modules and options, as strings), every file of the {@code sources}
     * directories but the absolute paths {@code leaveOut} (by name and content), and {@code paths} (the
     * class path, clamp_annotations and Jython: a file by its size and time, a directory by its files').
     */
    public BuildInputs(List<String> settings, List<String> sources, List<String> leaveOut, List<String> paths) {
        this.settings = List.copyOf(settings);
        this.sources = List.copyOf(sources);
        this.leaveOut = List.copyOf(leaveOut);
        this.paths = List.copyOf(paths);
    }

    /** The digest of the inputs as they are on disk now. */
    public String digest() throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String setting : settings) {
            add(digest, "setting", setting);
        }
        for (String source : sources) {
            Path directory = Path.of(source);
            for (Path file : files(directory)) {
                add(digest, "source", directory.relativize(file).toString().replace(file.getFileSystem()
                        .getSeparator(), "/"));
                digest.update(Files.readAllBytes(file));
            }
        }
        for (String entry : paths) {
            add(digest, "path", entry);
            Path path = Path.of(entry);
            for (Path file : Files.isDirectory(path) ? files(path) : List.of(path)) {
                if (Files.isRegularFile(file)) {
                    add(digest, "file", file + " " + sizeAndTime(file));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Whether {@code jar} is the one that {@link #record} wrote for these inputs, with nothing changed since. */
    public boolean upToDate(String jar) throws IOException {
        List<String> record = read(Path.of(jar));
        return record != null && record.size() > 2 && Files.isRegularFile(Path.of(jar))
                && record.subList(0, 2).equals(List.of(digest(), sizeAndTime(Path.of(jar))));
    }

    /** Notes beside {@code jar}, just written by {@code command} (see {@link #command}), that these inputs made it. */
    public void record(String jar, List<String> command) throws IOException {
        Files.writeString(recordPath(Path.of(jar)), String.join("\n", lines(jar, command)) + "\n",
                StandardCharsets.UTF_8);
    }

    /** The file beside {@code jar} that {@link #record} writes, a build's jar and its record being left out of its sources. */
    public static String recordPath(String jar) {
        return recordPath(Path.of(jar)).toString();
    }

    /**
     * What identifies a build's command: its arguments ({@code build} and on), its working directory,
     * the Jython installation that runs it ({@code home}) and the environment it reads. The same command
     * names the same inputs.
     */
    public static List<String> command(List<String> arguments, String directory, String home, List<String> environment) {
        List<String> command = new ArrayList<>(List.of(String.join(SEPARATOR, arguments), realPath(directory),
                realPath(home)));
        for (int i = 0; i < ENVIRONMENT.size(); i++) {
            command.add(ENVIRONMENT.get(i) + "=" + environment.get(i));
        }
        return command;
    }

    /** The environment variables a build reads, in the order {@link #command} takes their values. */
    public static List<String> environment() {
        return ENVIRONMENT;
    }

    /**
     * The Jython launcher's check, before Jython starts: {@code BuildInputs ARGUMENT...}, the arguments of
     * {@code jython -m clamp_annotations}, run with Jython's {@code python.home}. Exits 0, having said so
     * as the build does, when the same command built the jar it names and nothing that jar was made from
     * changed; otherwise exits 1, saying nothing, and the launcher runs the build (which then finds out
     * again, and says why in its error, if anything is wrong).
     */
    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        try {
            String output = output(arguments);
            List<String> environment = ENVIRONMENT.stream().map(name -> System.getenv().getOrDefault(name, ""))
                    .collect(Collectors.toList());
            List<String> command = command(arguments, System.getProperty("user.dir"),
                    System.getProperty("python.home"), environment);
            List<String> record = output == null ? null : read(Path.of(output));
            int inputs = 2 + command.size();
            if (record != null && record.size() == inputs + 4 && record.subList(2, inputs).equals(command)
                    && new BuildInputs(split(record.get(inputs)), split(record.get(inputs + 1)),
                            split(record.get(inputs + 2)), split(record.get(inputs + 3))).upToDate(output)) {
                System.out.println(output + " is up to date: nothing it is built from changed");
                System.exit(0);
            }
        } catch (IOException | RuntimeException e) {
            // Whatever it is, the build finds it too, and says it better.
        }
        System.exit(1);
    }

    /**
     * The jar that {@code build}'s arguments name, as argparse reads {@code -o JAR}, {@code -oJAR},
     * {@code --output JAR} and {@code --output=JAR}; null for any other form (an abbreviation), which
     * the build itself then reads.
     */
    private static String output(List<String> arguments) {
        for (int i = 1; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if ((argument.equals("-o") || argument.equals("--output")) && i + 1 < arguments.size()) {
                return arguments.get(i + 1);
            } else if (argument.startsWith("--output=")) {
                return argument.substring("--output=".length());
            } else if (argument.startsWith("-o")) {
                return argument.substring(2);
            }
        }
        return null;
    }

    /** The record of these inputs, as they are now, of {@code jar} and of {@code command}. */
    private List<String> lines(String jar, List<String> command) throws IOException {
        List<String> record = new ArrayList<>(List.of(digest(), sizeAndTime(Path.of(jar))));
        record.addAll(command);
        for (List<String> inputs : List.of(settings, sources, leaveOut, paths)) {
            record.add(String.join(SEPARATOR, inputs));
        }
        return record;
    }

    /** The lines of {@code jar}'s record; null when there is no jar or no record. */
    private static List<String> read(Path jar) {
        try {
            return Files.readAllLines(recordPath(jar), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static Path recordPath(Path jar) {
        Path absolute = jar.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".inputs");
    }

    private static List<String> split(String line) {
        return line.isEmpty() ? List.of() : List.of(line.split(SEPARATOR, -1));
    }

    private static void add(MessageDigest digest, String label, String value) {
        digest.update((label + SEPARATOR + value + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The files below {@code directory} as Python's {@code os.walk} goes (a directory's files, then its
     * directories, each by name; links to directories not followed), but compiled Python and the paths
     * {@code leaveOut}.
     */
    private List<Path> files(Path directory) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> directories = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : (Iterable<Path>) entries.sorted()::iterator) {
                if (leaveOut.contains(entry.toAbsolutePath().normalize().toString())) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    directories.add(entry);
                } else if (COMPILED.stream().noneMatch(entry.getFileName().toString()::endsWith)) {
                    files.add(entry);
                }
            }
        }
        for (Path subdirectory : directories) {
            if (!Files.isSymbolicLink(subdirectory)) {
                files.addAll(files(subdirectory));
            }
        }
        return files;
    }

    private static String sizeAndTime(Path file) throws IOException {
        return Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
    }

    private static String realPath(String path) {
        try {
            return Path.of(path).toRealPath().toString();
        } catch (IOException e) {
            return Path.of(path).toAbsolutePath().toString();
        }
    }
}

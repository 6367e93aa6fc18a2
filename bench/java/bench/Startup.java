package bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Start-up, build and memory of Python beans against Java beans, each measured in fresh processes in
 * alternating rounds, so that the ratios hold on a noisy machine; prints a Markdown table with the
 * medians, their ratios and the targets.
 *
 * <p>It writes two projects of Spring {@code @Component}s implementing {@code Supplier}: Python
 * ones built by {@code jython setup.py bdist_jar}, and the same classes in Java compiled by javac,
 * with 1 and with {@value #MANY} beans. A start is {@link FirstCall}: a fresh JVM from its start to
 * the first call of a bean, as the JVM counts it. The CPU of a build is the process's user and system
 * time ({@code times} of a shell).
 * Usage: {@code Startup <work dir> <jython launcher> <jython jar> <class path of this program and
 * Spring> <rounds>}.
 */
public final class Startup {

    static final int MANY = 200;

    private final Path work;
    private final String jython;
    private final String jythonJar;
    private final String spring;
    private final Map<String, List<double[]>> samples = new LinkedHashMap<>();

    private Startup(String[] args) throws IOException {
        work = Path.of(args[0]).toAbsolutePath();
        jython = args[1];
        jythonJar = args[2];
        // Jars only, FirstCall's own too: a class-data archive refuses directories on the class path.
        List<String> jars = new ArrayList<>(List.of(firstCallJar(work).toString()));
        Arrays.stream(args[3].split(File.pathSeparator)).filter(p -> p.endsWith(".jar")).forEach(jars::add);
        spring = String.join(File.pathSeparator, jars);
    }

    private static Path firstCallJar(Path work) throws IOException {
        Path jar = work.resolve("first-call.jar");
        Files.createDirectories(work);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                InputStream in = FirstCall.class.getResourceAsStream("FirstCall.class")) {
            out.putNextEntry(new JarEntry("bench/FirstCall.class"));
            in.transferTo(out);
        }
        return jar;
    }

    public static void main(String[] args) throws Exception {
        Startup bench = new Startup(args);
        int rounds = Integer.parseInt(args[4]);
        bench.writeProjects();
        for (int round = 0; round < rounds; round++) {
            bench.round();
        }
        bench.report();
    }

    private void writeProjects() throws IOException {
        for (int beans : new int[] {1, MANY}) {
            Path python = work.resolve("py" + beans);
            Path java = work.resolve("java" + beans);
            deleteTree(python);
            deleteTree(java);
            List<String> modules = new ArrayList<>();
            List<File> sources = new ArrayList<>();
            for (int first = 0; first < beans; first += 10) {
                String module = String.format("m%02d", first / 10);
                modules.add("'beans." + module + "'");
                StringBuilder py = new StringBuilder("from java.util.function import Supplier\n"
                        + "from org.springframework.stereotype import Component\n"
                        + "from clamp_annotations import clamp_base\n\nBase = clamp_base('bench')\n");
                for (int i = first; i < Math.min(beans, first + 10); i++) {
                    String name = String.format("Bean%03d", i);
                    py.append(String.format("%n%n@Component%nclass %s(Base, Supplier):%n    def get(self):%n"
                            + "        return 'bean %d'%n", name, i));
                    Path source = java.resolve("src/bench/beans/" + module + "/" + name + ".java");
                    write(source, String.format("package bench.beans.%s;%n%n"
                            + "@org.springframework.stereotype.Component%n"
                            + "public class %s implements java.util.function.Supplier<String> {%n"
                            + "    public String get() {%n        return \"bean %d\";%n    }%n}%n", module, name, i));
                    sources.add(source.toFile());
                }
                write(python.resolve("beans/" + module + ".py"), py.toString());
            }
            write(python.resolve("beans/__init__.py"), "");
            write(python.resolve("setup.py"), "from setuptools import setup\n\nsetup(name='beans', version='1.0', "
                    + "packages=['beans'], clamp={'modules': [" + String.join(", ", modules) + "]})\n");
            Files.createDirectories(java.resolve("classes"));
            List<String> javac = new ArrayList<>(List.of("-d", java.resolve("classes").toString(), "-cp", spring));
            sources.forEach(f -> javac.add(f.getPath()));
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            if (compiler.run(null, null, null, javac.toArray(new String[0])) != 0) {
                throw new IllegalStateException("javac failed on the Java beans");
            }
        }
    }

    private void round() throws Exception {
        String beans = "bench.beans";
        measure("jython -c pass", work, jython, "-c", "pass");
        measure("jython -c 'import setuptools'", work, jython, "-c", "import setuptools");
        for (int n : new int[] {1, MANY}) {
            Path python = work.resolve("py" + n);
            deleteTree(python.resolve("dist"));
            measure("bdist_jar " + n, python, jython, "setup.py", "-q", "bdist_jar");
            if (n == 1) {
                measure("bdist_jar 1, nothing changed", python, jython, "setup.py", "-q", "bdist_jar");
            }
            String pythonPath = String.join(File.pathSeparator, spring, jythonJar,
                    python.resolve("dist/beans-1.0.jar").toString());
            String javaPath = String.join(File.pathSeparator, spring, work.resolve("java" + n + "/classes").toString());
            start("python start " + n, pythonPath, beans);
            start("java start " + n, javaPath, beans);
            if (n == 1) {
                // What users can set for their own JVMs: C1 only, and a class-data archive of this start.
                start("python start 1, C1 only", pythonPath, beans, "-XX:TieredStopAtLevel=1");
                Path archive = work.resolve("py1.jsa"); // made again: the jar it records was just rebuilt
                Files.deleteIfExists(archive);
                start("archiving", pythonPath, beans, "-XX:ArchiveClassesAtExit=" + archive);
                start("python start 1, AppCDS", pythonPath, beans, "-XX:SharedArchiveFile=" + archive);
            }
        }
    }

    /** A fresh JVM running {@link FirstCall}; records CPU, wall and the live heap it reports. */
    private void start(String name, String classpath, String packageName, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:+UseSerialGC"));
        command.addAll(Arrays.asList(options));
        command.addAll(List.of("-cp", classpath, "bench.FirstCall", packageName));
        String[] output = measure(name + " process", work, command.toArray(new String[0]));
        if (output.length == 0) {
            throw new IllegalStateException(name + ": FirstCall printed no result");
        }
        samples.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {Double.parseDouble(output[0]) / 1000,
                Double.parseDouble(output[1]) / 1000});
        samples.computeIfAbsent(name + " heap", k -> new ArrayList<>()).add(new double[] {Double.parseDouble(output[2]),
                Double.parseDouble(output[3])});
    }

    /**
     * Runs {@code command} in {@code dir} under a shell that reports its children's CPU time, records
     * CPU and wall seconds under {@code name}, and returns the last line the command printed that starts
     * with a number, split (the JVM's warnings come before and after).
     */
    private String[] measure(String name, Path dir, String... command) throws Exception {
        Path out = Files.createTempFile(work, "out", ".txt");
        List<String> shell = new ArrayList<>(List.of("sh", "-c", "\"$@\" > \"$OUT\" 2>&1 || echo failed >&2; times",
                "sh"));
        shell.addAll(Arrays.asList(command));
        ProcessBuilder builder = new ProcessBuilder(shell).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("OUT", out.toString());
        builder.environment().put("CLASSPATH", spring);
        long started = System.nanoTime();
        Process process = builder.start();
        String times = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        double wall = (System.nanoTime() - started) / 1e9;
        List<String> printed = Files.readAllLines(out);
        Files.delete(out);
        if (times.contains("failed")) {
            throw new IllegalStateException(name + " failed: " + String.join("\n", printed));
        }
        String[] lines = times.trim().split("\n");
        String[] children = lines[lines.length - 1].trim().split("\\s+");
        samples.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {seconds(children[0])
                + seconds(children[1]), wall});
        for (int i = printed.size() - 1; i >= 0; i--) {
            if (printed.get(i).matches("\\d+ .*")) {
                return printed.get(i).split(" ");
            }
        }
        return new String[0];
    }

    /** Seconds from the {@code 1m2.345s} form of {@code times}. */
    private static double seconds(String time) {
        int m = time.indexOf('m');
        return Integer.parseInt(time.substring(0, m)) * 60 + Double.parseDouble(time.substring(m + 1, time.length() - 1));
    }

    private double median(String name, int index) {
        double[] values = samples.get(name).stream().mapToDouble(s -> s[index]).sorted().toArray();
        return values[values.length / 2];
    }

    private void report() {
        System.out.println("| measure | python | compared with | that | ratio | target |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        for (int n : new int[] {1, MANY}) {
            String python = "python start " + n;
            String java = "java start " + n;
            row("Spring start to first call, " + n + " bean(s), CPU s", median(python, 0), "Java beans",
                    median(java, 0), n == 1 ? "<= 2.5" : "");
            row("Spring start to first call, " + n + " bean(s), wall s", median(python, 1), "Java beans",
                    median(java, 1), n == 1 ? "<= 2.5" : "");
        }
        double pythonPerBean = (median("python start " + MANY, 0) - median("python start 1", 0)) / (MANY - 1) * 1000;
        double javaPerBean = (median("java start " + MANY, 0) - median("java start 1", 0)) / (MANY - 1) * 1000;
        row("CPU per further bean, ms", pythonPerBean, "a Java bean", javaPerBean, "python <= 5 ms");
        double pythonHeap = (median("python start " + MANY + " heap", 0) - median("python start 1 heap", 0))
                / (MANY - 1);
        double javaHeap = (median("java start " + MANY + " heap", 0) - median("java start 1 heap", 0)) / (MANY - 1);
        row("live heap per further bean class, bytes", pythonHeap, "a Java bean class", javaHeap, "");
        double pythonObject = median("python start 1 heap", 1);
        double javaObject = median("java start 1 heap", 1);
        row("live heap per object of a bean class, bytes", pythonObject, "a Java bean", javaObject,
                "python - java <= 100 B (here " + Math.round(pythonObject - javaObject) + " B)");
        row("Jython's own start, `jython -c pass`, CPU s", median("jython -c pass", 0), "Java beans, 1",
                median("java start 1", 0), "(the floor of a Python start)");
        row("Spring start, 1 bean, C1 only (-XX:TieredStopAtLevel=1), CPU s", median("python start 1, C1 only", 0),
                "default JIT", median("python start 1", 0), "(a setting for short runs)");
        row("Spring start, 1 bean, AppCDS archive, CPU s", median("python start 1, AppCDS", 0), "no archive",
                median("python start 1", 0), "(a setting for repeated starts)");
        row("bdist_jar, 1 class, CPU s", median("bdist_jar 1", 0), "`jython -c 'import setuptools'`",
                median("jython -c 'import setuptools'", 0), "python <= 3 s");
        row("bdist_jar, 1 class, nothing changed, CPU s", median("bdist_jar 1, nothing changed", 0),
                "`jython -c 'import setuptools'`", median("jython -c 'import setuptools'", 0), "python <= 1.5 s");
        row("bdist_jar, " + MANY + " classes, CPU s", median("bdist_jar " + MANY, 0), "bdist_jar, 1 class",
                median("bdist_jar 1", 0), "<= 2");
    }

    private static void row(String measure, double python, String other, double that, String target) {
        System.out.printf("| %s | %.2f | %s | %.2f | %.2f | %s |%n", measure, python, other, that, python / that,
                target);
    }

    private static void write(Path path, String text) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}

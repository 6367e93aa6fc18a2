package bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.IntStream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Start-up, build and memory of Python beans against Java beans, each measured in fresh processes in
 * alternating rounds, so that the ratios hold on a noisy machine; prints a Markdown table with the
 * medians, their ratios and the targets.
 *
 * <p>It writes two projects of Spring {@code @Component}s implementing {@code Supplier}: Python
 * ones built by {@code jython -m clamp_annotations build} (the one-bean project's build is measured,
 * against javac of its Java twin), and the same classes in Java compiled by javac, with 1 and with
 * {@value #MANY} beans; and, for the floor of a Python bean, the same Python classes as stock Jython
 * ones, without clamp_annotations, registered with Spring by hand. A start is
 * {@link FirstCall}: a fresh JVM from its start to the first call of a bean, as the JVM counts it.
 * The CPU of a build is the process's user and system time ({@code times} of a shell). The Maven
 * plugin's build of {@code examples/keystone-boot}'s Python half is Maven's {@code process-classes}
 * against its {@code compile} (the Java half alone), from clean and with nothing changed. The figures
 * that issue 23's targets are about are also rows of {@code gradle bench}'s table ({@link TargetRow}).
 * Usage: {@code Startup <work dir> <jython launcher> <jython jar> <class path of this program and
 * Spring> <rounds> <keystone-boot example> <rounds of the per-bean starts>}.
 */
public final class Startup {

    static final int MANY = 500;

    /** The package that Spring scans for the beans. */
    private static final String BEANS = "bench.beans";

    /** The kinds of bean whose starts give the per-bean figures: ours, the floor (stock Jython), Java. */
    private static final String[] KINDS = {"python", "stock jython", "java"};

    /** Where a Python project's jar is built, in its directory. */
    private static final String JAR = "cli/beans.jar";

    private final Path work;
    private final String jython;
    private final String jythonJar;
    private final String spring;
    private final Path keystoneBoot;
    private final Map<String, List<double[]>> samples = new LinkedHashMap<>();
    /** Each process's CPU and wall seconds, all rounds together: where the bench's own time goes. */
    private final Map<String, double[]> spent = new LinkedHashMap<>();

    private Startup(String[] args) throws IOException {
        work = Path.of(args[0]).toAbsolutePath();
        jython = args[1];
        jythonJar = args[2];
        // Jars only, FirstCall's own too: a class-data archive refuses directories on the class path.
        List<String> jars = new ArrayList<>(List.of(firstCallJar(work).toString()));
        Arrays.stream(args[3].split(File.pathSeparator)).filter(p -> p.endsWith(".jar")).forEach(jars::add);
        spring = String.join(File.pathSeparator, jars);
        keystoneBoot = Path.of(args[5]).toAbsolutePath();
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
        int beanRounds = Integer.parseInt(args[6]);
        bench.writeProjects();
        for (int round = 0; round < Math.max(rounds, beanRounds); round++) {
            if (round < beanRounds) {
                bench.beanRound(round);
            }
            if (round < rounds) {
                bench.round(round);
            }
        }
        bench.report();
    }

    private void writeProjects() throws Exception {
        for (int beans : new int[] {1, MANY}) {
            writePython(work.resolve("py" + beans), beans, "");
            writeStockJython(work.resolve("stock" + beans), beans);
            writeJava(work.resolve("java" + beans), beans);
        }
        writePython(work.resolve("py1-slots"), 1, "    __slots__ = ()%n");
        // The jars that are not measured being built: built once, before the rounds.
        measure("build 1", work.resolve("py1"), build(1));
        measure("build " + MANY, work.resolve("py" + MANY), build(MANY));
        measure("build 1, __slots__", work.resolve("py1-slots"), build(1));
        // The floor's module compiled to its $py.class, as the jars' modules are: by a start not counted.
        for (int n : new int[] {1, MANY}) {
            start("stock jython", n);
            samples.keySet().removeIf(name -> name.startsWith("stock jython start"));
        }
    }

    /** {@code jython -m clamp_annotations build} of a project's {@code beans} beans, into {@value #JAR}. */
    private String[] build(int beans) {
        List<String> command = new ArrayList<>(List.of(jython, "-m", "clamp_annotations", "build", "-s", "src", "-o",
                JAR));
        for (int first = 0; first < beans; first += 10) {
            command.add("beans." + moduleOf(first));
        }
        return command.toArray(new String[0]);
    }

    private static String beanName(int i) {
        return String.format("Bean%03d", i);
    }

    /** The module (or Java package) of bean {@code i}: ten beans to each. */
    private static String moduleOf(int i) {
        return String.format("m%02d", i / 10);
    }

    /** Python beans, ten to a module, each class's body starting with {@code body}. */
    private static void writePython(Path project, int beans, String body) throws IOException {
        deleteTree(project);
        for (int first = 0; first < beans; first += 10) {
            String module = moduleOf(first);
            StringBuilder py = new StringBuilder("from java.util.function import Supplier\n"
                    + "from org.springframework.stereotype import Component\n"
                    + "from clamp_annotations import clamp_base\n\nBase = clamp_base('bench')\n");
            for (int i = first; i < Math.min(beans, first + 10); i++) {
                py.append(String.format("%n%n@Component%nclass %s(Base, Supplier):%n" + body + "    def get(self):%n"
                        + "        return 'bean %d'%n", beanName(i), i));
            }
            write(project.resolve("src/beans/" + module + ".py"), py.toString());
        }
        write(project.resolve("src/beans/__init__.py"), "");
    }

    /** The same classes for stock Jython, in one module whose beans() gives FirstCall them by name. */
    private static void writeStockJython(Path directory, int beans) throws IOException {
        deleteTree(directory);
        StringBuilder py = new StringBuilder("from java.util.function import Supplier\n");
        List<String> named = new ArrayList<>();
        for (int i = 0; i < beans; i++) {
            py.append(String.format("%n%nclass %s(Supplier):%n    def get(self):%n        return 'bean %d'%n",
                    beanName(i), i));
            named.add(String.format("('bean%03d', %s())", i, beanName(i)));
        }
        write(directory.resolve("stock_beans.py"), py + String.format("%n%ndef beans():%n    return [%s]%n",
                String.join(", ", named)));
    }

    /** The same classes in Java, compiled by javac; the arguments of that javac are kept in {@code javac.args}. */
    private void writeJava(Path project, int beans) throws IOException {
        deleteTree(project);
        List<String> javac = new ArrayList<>(List.of("-d", project.resolve("classes").toString(), "-cp", spring));
        for (int i = 0; i < beans; i++) {
            String module = moduleOf(i);
            Path source = project.resolve("src/bench/beans/" + module + "/" + beanName(i) + ".java");
            write(source, String.format("package bench.beans.%s;%n%n@org.springframework.stereotype.Component%n"
                    + "public class %s implements java.util.function.Supplier<String> {%n"
                    + "    public String get() {%n        return \"bean %d\";%n    }%n}%n", module, beanName(i), i));
            javac.add(source.toString());
        }
        Files.createDirectories(project.resolve("classes"));
        Files.write(project.resolve("javac.args"), javac);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler.run(null, null, null, javac.toArray(new String[0])) != 0) {
            throw new IllegalStateException("javac failed on the Java beans");
        }
    }

    /** One round of the rest: Jython's start, the builds and their floors, the 1-bean start's variants. */
    private void round(int round) throws Exception {
        measure("jython -c pass", work, jython, "-c", "pass");
        // The command line, and its floor: javac of the Java twin, a process of its own too. The module is
        // changed, as by an edit, so that the build compiles it (clamp_annotations' own modules come from
        // the cache of compiled modules that the builds before filled, as on any machine).
        Path python = work.resolve("py1");
        deleteTree(python.resolve("cli"));
        Files.writeString(python.resolve("src/beans/m00.py"), String.format("# round %d%n", round),
                StandardOpenOption.APPEND);
        measure("cli build 1", python, build(1));
        measure("cli build 1, nothing changed", python, build(1));
        measure("javac 1", work.resolve("java1"), Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "@javac.args");
        // What users can set for their own JVMs: C1 only, and a class-data archive of this start.
        String pythonPath = String.join(File.pathSeparator, spring, jythonJar, python.resolve(JAR).toString());
        start("python start 1, C1 only", pythonPath, BEANS, "-XX:TieredStopAtLevel=1");
        Path archive = work.resolve("py1.jsa"); // made again: the jar it records was just rebuilt
        Files.deleteIfExists(archive);
        start("archiving", pythonPath, BEANS, "-XX:ArchiveClassesAtExit=" + archive);
        start("python start 1, AppCDS", pythonPath, BEANS, "-XX:SharedArchiveFile=" + archive);
        // The same bean declaring __slots__, for the size of its objects.
        start("python start 1, __slots__", String.join(File.pathSeparator, spring, jythonJar,
                work.resolve("py1-slots").resolve(JAR).toString()), BEANS);
        mavenBuilds();
    }

    /** keystone-boot built by Maven (offline: gradle built it before) up to compile, and up to the plugin's goal. */
    private void mavenBuilds() throws Exception {
        Path target = work.resolve("keystone-boot");
        for (String phase : new String[] {"compile", "process-classes"}) {
            deleteTree(target);
            measure("mvn " + phase, keystoneBoot, "mvn", "-o", "-q", "-DbuildDir=" + target, phase);
            measure("mvn " + phase + ", nothing changed", keystoneBoot, "mvn", "-o", "-q", "-DbuildDir=" + target,
                    phase);
        }
    }

    /**
     * One round of the per-bean figures: each kind's start with 1 bean and with {@value #MANY} beans,
     * one right after the other, so that the machine's load, which moves from minute to minute, is
     * much the same for the two starts whose difference is taken; which of them comes first alternates
     * from round to round. The floor's stock Jython module was compiled to its {@code $py.class} before.
     */
    private void beanRound(int round) throws Exception {
        for (String kind : KINDS) {
            for (int n : round % 2 == 0 ? new int[] {1, MANY} : new int[] {MANY, 1}) {
                start(kind, n);
            }
        }
    }

    /** The start of {@code n} beans of {@code kind}, one of {@link #KINDS}. */
    private void start(String kind, int n) throws Exception {
        String name = kind + " start " + n;
        switch (kind) {
            case "python" -> start(name, String.join(File.pathSeparator, spring, jythonJar, work.resolve("py" + n)
                    .resolve(JAR).toString()), BEANS);
            case "java" -> start(name, String.join(File.pathSeparator, spring, work.resolve("java" + n + "/classes")
                    .toString()), BEANS);
            default -> start(name, String.join(File.pathSeparator, spring, jythonJar), "python:stock_beans",
                    "-Dpython.path=" + work.resolve("stock" + n));
        }
    }

    /** A fresh JVM running {@link FirstCall} on {@code beans}; records CPU, wall and the live heap it reports. */
    private void start(String name, String classpath, String beans, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:+UseSerialGC"));
        command.addAll(Arrays.asList(options));
        command.addAll(List.of("-cp", classpath, "bench.FirstCall", beans));
        String[] output = measure(name + " process", work, command.toArray(new String[0]));
        if (output.length == 0) {
            throw new IllegalStateException(name + ": FirstCall printed no result");
        }
        samples.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {Double.parseDouble(output[0]) / 1000,
                Double.parseDouble(output[1]) / 1000});
        samples.computeIfAbsent(name + " heap", k -> new ArrayList<>()).add(new double[] {Double.parseDouble(output[2]),
                Double.parseDouble(output[3])});
        samples.computeIfAbsent(name + " threads", k -> new ArrayList<>()).add(new double[] {
            Double.parseDouble(output[4]) / 1000, Double.parseDouble(output[5]) / 1000});
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
        double cpu = ShellTimes.childrenCpu(times);
        samples.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {cpu, wall});
        double[] total = spent.computeIfAbsent(name, k -> new double[2]);
        total[0] += cpu;
        total[1] += wall;
        for (int i = printed.size() - 1; i >= 0; i--) {
            if (printed.get(i).matches("\\d+ .*")) {
                return printed.get(i).split(" ");
            }
        }
        return new String[0];
    }

    private double median(String name, int index) {
        return Median.of(samples.get(name).stream().mapToDouble(s -> s[index]).toArray());
    }

    /** The details, as a table of their own, and the rows of the targets they are about. */
    private void report() {
        System.out.println("| process, all rounds | CPU s | wall s |");
        System.out.println("| --- | --- | --- |");
        spent.forEach((name, total) -> System.out.printf("| %s | %.1f | %.1f |%n", name, total[0], total[1]));
        System.out.println();
        System.out.println("| measure | python | compared with | that | ratio |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (int n : new int[] {1, MANY}) {
            String python = "python start " + n;
            String java = "java start " + n;
            row("Spring start to first call, " + n + " bean(s), CPU s", median(python, 0), "Java beans",
                    median(java, 0));
            row("Spring start to first call, " + n + " bean(s), wall s", median(python, 1), "Java beans",
                    median(java, 1));
        }
        double[] pythonRounds = perBean("python", "", 0);
        double[] stockRounds = perBean("stock jython", "", 0);
        double pythonPerBean = Median.of(pythonRounds);
        double stockPerBean = Median.of(stockRounds);
        double javaPerBean = Median.of(perBean("java", "", 0));
        row("CPU per further bean, ms", pythonPerBean, "a Java bean", javaPerBean);
        row("live heap per further bean class, bytes", Median.of(perBean("python", " heap", 0)), "a Java bean class",
                Median.of(perBean("java", " heap", 0)));
        double pythonObject = median("python start 1 heap", 1);
        double slotsObject = median("python start 1, __slots__ heap", 1);
        double javaObject = median("java start 1 heap", 1);
        row("live heap per object of a bean class, bytes", pythonObject, "a Java bean", javaObject);
        row("live heap per object of a bean class with `__slots__ = ()`, bytes", slotsObject, "a Java bean",
                javaObject);
        // The floors: the same Python classes as stock Jython makes them, registered with Spring by hand.
        row("floor: Spring start, 1 stock Jython bean, CPU s", median("stock jython start 1", 0), "Java beans, 1",
                median("java start 1", 0));
        row("floor: CPU per further stock Jython bean, ms", stockPerBean, "a Java bean", javaPerBean);
        row("floor: live heap per stock Jython object, bytes", median("stock jython start 1 heap", 1), "a Java bean",
                javaObject);
        row("Jython's own start, `jython -c pass`, CPU s", median("jython -c pass", 0), "Java beans, 1",
                median("java start 1", 0));
        row("Spring start, 1 bean, C1 only (-XX:TieredStopAtLevel=1), CPU s", median("python start 1, C1 only", 0),
                "default JIT", median("python start 1", 0));
        row("Spring start, 1 bean, AppCDS archive, CPU s", median("python start 1, AppCDS", 0), "no archive",
                median("python start 1", 0));
        double build = median("cli build 1", 0);
        double unchanged = median("cli build 1, nothing changed", 0);
        double javac = median("javac 1", 0);
        row("`jython -m clamp_annotations build`, 1 class, CPU s", build, "javac of the Java twin", javac);
        row("`jython -m clamp_annotations build`, 1 class, nothing changed, CPU s", unchanged,
                "javac of the Java twin", javac);
        row("`jython -m clamp_annotations build`, " + MANY + " classes (once), CPU s", median("build " + MANY, 0),
                "1 class", build);
        for (String changed : new String[] {"", ", nothing changed"}) {
            row("Maven plugin: keystone-boot's `mvn process-classes`" + changed + ", CPU s",
                    median("mvn process-classes" + changed, 0), "`mvn compile` (the Java half)" + changed,
                    median("mvn compile" + changed, 0));
        }
        double[] ratios = IntStream.range(0, pythonRounds.length).mapToDouble(r -> pythonRounds[r] / stockRounds[r])
                .toArray();
        new TargetRow("CPU per further bean (1 and " + MANY + " beans)", "ms").ours(pythonPerBean)
                .floor("stock Jython", stockPerBean).ratioAtMost(1.0, Median.of(ratios), "median of "
                        + ratios.length + " rounds' ratios");
        perBeanDetails(ratios);
        new TargetRow("one-class build, `jython -m clamp_annotations build`, CPU", "s").ours(build)
                .floor("javac", javac).atMost(3);
        new TargetRow("one-class build, nothing changed, CPU", "s").ours(unchanged).floor("javac", javac).atMost(0.5);
        new TargetRow("Maven plugin, keystone-boot's Python half, CPU beyond `mvn compile`", "s")
                .ours(median("mvn process-classes", 0)).floor("`mvn compile`", median("mvn compile", 0))
                .differenceAtMost(3);
        new TargetRow("Maven plugin, nothing changed, CPU beyond `mvn compile`", "s")
                .ours(median("mvn process-classes, nothing changed", 0))
                .floor("`mvn compile`", median("mvn compile, nothing changed", 0)).differenceAtMost(0.5);
        new TargetRow("live heap per object, `__slots__ = ()`", "B").ours(slotsObject).floor("Java", javaObject)
                .differenceAtMost(100);
    }

    /**
     * What a further bean of {@code kind} adds to a start, in each bean round: the figure at {@code index}
     * of the samples named {@code suffix} (CPU seconds, given as ms; or live heap bytes) of the round's
     * {@value #MANY}-bean start less its 1-bean start's, over the further beans.
     */
    private double[] perBean(String kind, String suffix, int index) {
        List<double[]> one = samples.get(kind + " start 1" + suffix);
        List<double[]> many = samples.get(kind + " start " + MANY + suffix);
        double unit = suffix.equals(" heap") ? 1 : 1000;
        return IntStream.range(0, one.size()).mapToDouble(r -> (many.get(r)[index] - one.get(r)[index]) * unit
                / (MANY - 1)).toArray();
    }

    private static String spread(double[] values) {
        return String.format("%.2f [%.2f..%.2f]", Median.of(values), Arrays.stream(values).min().getAsDouble(),
                Arrays.stream(values).max().getAsDouble());
    }

    /** The per-bean CPU of each kind by thread, and the rounds' ratios of ours to the floor, with their spread. */
    private void perBeanDetails(double[] ratios) {
        System.out.println();
        System.out.printf("| CPU per further bean, ms, median [min..max] of %d rounds | whole process | main thread "
                + "| JIT compilers |%n", ratios.length);
        System.out.println("| --- | --- | --- | --- |");
        for (String kind : KINDS) {
            System.out.printf("| %s | %s | %s | %s |%n", kind, spread(perBean(kind, "", 0)),
                    spread(perBean(kind, " threads", 0)), spread(perBean(kind, " threads", 1)));
        }
        System.out.printf("| python / stock jython, each round's | %s | | |%n", spread(ratios));
    }

    private static void row(String measure, double python, String other, double that) {
        System.out.printf("| %s | %.2f | %s | %.2f | %.2f |%n", measure, python, other, that, python / that);
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

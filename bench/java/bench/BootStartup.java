package bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Spring Boot start-up with Python beans against the same application with Java twins (issue 23, item 2):
 * {@code examples/keystone-boot} and a {@value #BEANS}-bean application, each built by Maven with Python
 * beans (the clamp-annotations plugin) and with their Java twins, and each started from Boot's executable
 * jar as it is, after the plugin's {@code cds} goal (the jar extracted, a static class-data archive of a
 * training run's classes) and after Boot's own CDS recipe (the jar extracted, a dynamic archive written at
 * the training run's exit). A start is {@code -Dspring.context.exit=onRefresh}: every singleton created, as
 * Boot's training run does it; its CPU is the process's user and system time, medians of alternating rounds.
 * The Python beans' start with the goal's archive is compared with the Java twins' start with the better of
 * the two archives. A third build of each application, the Java twins with one more Java bean that starts
 * Jython as the first Python bean's creation does ({@code JythonStartup}, then {@code site}), started with
 * the goal's archive, is the floor of any application with Jython in it: what Jython's own start adds.
 * Usage: {@code BootStartup <work dir> <keystone-boot example> <its Java twins> <rounds>}.
 */
public final class BootStartup {

    static final int BEANS = 20;
    /** Where Boot's own CDS recipe leaves each application, beside the goal's {@code target/cds}. */
    private static final String BOOT_CDS = "boot-cds";
    private static final String BOOT = "4.0.7";

    private final Path work;
    private final Path keystoneBoot;
    private final Path twins;
    private final Map<String, List<Double>> cpu = new LinkedHashMap<>();

    private BootStartup(String[] args) {
        work = Path.of(args[0]).toAbsolutePath();
        keystoneBoot = Path.of(args[1]).toAbsolutePath();
        twins = Path.of(args[2]).toAbsolutePath();
    }

    public static void main(String[] args) throws Exception {
        BootStartup bench = new BootStartup(args);
        bench.build();
        for (int round = 0; round < Integer.parseInt(args[3]); round++) {
            for (String app : new String[] {"keystone", "beans"}) {
                String jar = jar(app);
                for (String half : new String[] {"python", "java"}) {
                    Path target = bench.work.resolve(app + "-" + half + "/target");
                    bench.start(app + " " + half, target, "-jar", jar);
                    for (String archive : new String[] {"cds", BOOT_CDS}) {
                        bench.start(app + " " + half + " " + archive, target.resolve(archive),
                                "-XX:SharedArchiveFile=application.jsa", "-jar", jar);
                    }
                }
                bench.start(app + " jython cds", bench.work.resolve(app + "-jython/target/cds"),
                        "-XX:SharedArchiveFile=application.jsa", "-jar", jar);
            }
        }
        bench.report();
    }

    /**
     * The four applications, each packaged by Maven (offline: gradle built the example before) with the cds
     * goal, then given Boot's CDS recipe too.
     */
    private void build() throws Exception {
        Path keystone = work.resolve("keystone-python");
        mvn(keystoneBoot, "-DbuildDir=" + keystone.resolve("target"));
        // The Java twins: the controller is the WAR example's, the drivers' work the identity example's Java driver's.
        List<Path> keystoneTwins = List.of(keystoneBoot.resolve("java"), keystoneBoot.resolveSibling("identity/java"),
                keystoneBoot.resolveSibling("keystone-war/webapp/java"), twins);
        String keystoneExcludes = "demo/identity/Main.java,demo/identity/Bench.java,demo/identity/KeystoneServer.java,"
                + "demo/keystone_war/*.java";
        for (boolean jython : new boolean[] {false, true}) {
            Path javaKeystone = work.resolve(jython ? "keystone-jython" : "keystone-java");
            write(javaKeystone.resolve("pom.xml"), pom("keystone-boot", "spring-boot-starter-webmvc",
                    jython ? withJythonStart(javaKeystone, "demo.keystone", keystoneTwins) : keystoneTwins, "",
                    keystoneExcludes, jython));
            copyResources(keystoneBoot.resolve("resources"), javaKeystone.resolve("resources"));
            mvn(javaKeystone);
        }
        for (String half : new String[] {"python", "java", "jython"}) {
            Path project = work.resolve("beans-" + half);
            writeBeans(project, half);
            mvn(project);
        }
        for (String app : new String[] {"keystone", "beans"}) {
            for (String half : new String[] {"python", "java"}) {
                bootRecipe(work.resolve(app + "-" + half + "/target"), jar(app));
            }
        }
    }

    /** Boot's documented CDS steps in {@code target}/{@value #BOOT_CDS}: extraction, a dynamic archive at exit. */
    private static void bootRecipe(Path target, String jar) throws Exception {
        Path extracted = target.resolve(BOOT_CDS);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run(target, java, "-Djarmode=tools", "-jar", jar, "extract", "--destination", extracted.toString());
        run(extracted, java, "-XX:ArchiveClassesAtExit=application.jsa", "-Dspring.context.exit=onRefresh", "-jar",
                jar, "--server.port=0");
    }

    private static String jar(String app) {
        return app.equals("keystone") ? "keystone-boot-0.1.0.jar" : "app-0.1.0.jar";
    }

    /**
     * {@code sources} and a directory of one more, a bean of {@code javaPackage} (which the application scans)
     * that starts Jython in its constructor as the first Python bean's creation would: {@code JythonStartup}, then
     * {@code site}, which Jython imports before the first Python module.
     */
    private static List<Path> withJythonStart(Path project, String javaPackage, List<Path> sources) throws IOException {
        Path directory = project.resolve("jython-start");
        write(directory.resolve(javaPackage.replace('.', '/') + "/JythonStart.java"), "package " + javaPackage
                + ";\n\n@org.springframework.stereotype.Component\npublic class JythonStart {\n"
                + "    public JythonStart() {\n        clampannotations.JythonStartup.ensure();\n"
                + "        org.python.core.Py.importSiteIfSelected();\n    }\n}\n");
        List<Path> all = new ArrayList<>(sources);
        all.add(directory);
        return all;
    }

    /**
     * The application of {@value #BEANS} beans, ten to a Python module or Java package, and its main class:
     * {@code half} "python" (Python beans), "java" (their Java twins) or "jython" (the Java twins and Jython's
     * start, see {@link #withJythonStart}).
     */
    private void writeBeans(Path project, String half) throws IOException {
        boolean python = half.equals("python");
        write(project.resolve("java/bench/boot/BeansApplication.java"), "package bench.boot;\n\n"
                + "@org.springframework.boot.autoconfigure.SpringBootApplication(scanBasePackages = \"bench\")\n"
                + "public class BeansApplication {\n    public static void main(String[] args) {\n"
                + "        org.springframework.boot.SpringApplication.run(BeansApplication.class, args);\n    }\n}\n");
        StringBuilder modules = new StringBuilder();
        for (int first = 0; first < BEANS; first += 10) {
            String module = String.format("m%02d", first / 10);
            StringBuilder py = new StringBuilder("from java.util.function import Supplier\n"
                    + "from org.springframework.stereotype import Component\n"
                    + "from clamp_annotations import clamp_base\n\nBase = clamp_base('bench')\n");
            for (int i = first; i < first + 10; i++) {
                String bean = String.format("Bean%03d", i);
                if (python) {
                    py.append(String.format("%n%n@Component%nclass %s(Base, Supplier):%n    def get(self):%n"
                            + "        return 'bean %d'%n", bean, i));
                } else {
                    write(project.resolve("java/bench/beans/" + module + "/" + bean + ".java"), String.format(
                            "package bench.beans.%s;%n%n@org.springframework.stereotype.Component%npublic class %s "
                            + "implements java.util.function.Supplier<String> {%n    public String get() {%n"
                            + "        return \"bean %d\";%n    }%n}%n", module, bean, i));
                }
            }
            if (python) {
                write(project.resolve("python/beans/" + module + ".py"), py.toString());
                modules.append("<module>beans.").append(module).append("</module>");
            }
        }
        if (python) {
            write(project.resolve("python/beans/__init__.py"), "");
        }
        List<Path> sources = List.of(project.resolve("java"));
        boolean jython = half.equals("jython");
        write(project.resolve("pom.xml"), pom("app", "spring-boot-starter", jython ? withJythonStart(project, "bench",
                sources) : sources, modules.toString(), "", python || jython));
    }

    /**
     * A Boot application's POM: the starter, the Java sources, Boot's repackage and the plugin's cds goal;
     * with {@code jython}, Jython and the runtime too, and with {@code modules} the build goal of them.
     */
    private static String pom(String artifact, String starter, List<Path> sources, String modules, String excludes,
            boolean jython) {
        StringBuilder sourceList = new StringBuilder();
        for (Path source : sources.subList(1, sources.size())) {
            sourceList.append("<source>").append(source).append("</source>");
        }
        String python = !jython ? "" : dependency("org.python", "jython-standalone", "2.7.4")
                + dependency("dev.clampannotations", "clamp-annotations", "0.1.0");
        String goals = modules.isEmpty() ? "<goal>cds</goal>" : "<goal>build</goal><goal>cds</goal>";
        return "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
                + "<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>"
                + "<version>" + BOOT + "</version><relativePath/></parent>"
                + "<groupId>bench</groupId><artifactId>" + artifact + "</artifactId><version>0.1.0</version>"
                + "<properties><java.version>17</java.version></properties>"
                + "<dependencies>" + dependency("org.springframework.boot", starter, null) + python + "</dependencies>"
                + "<build><sourceDirectory>" + sources.get(0) + "</sourceDirectory>"
                + "<resources><resource><directory>resources</directory></resource></resources><plugins>"
                + "<plugin><groupId>org.codehaus.mojo</groupId><artifactId>build-helper-maven-plugin</artifactId>"
                + "<executions><execution><goals><goal>add-source</goal></goals><configuration><sources>" + sourceList
                + "</sources></configuration></execution></executions></plugin>"
                + "<plugin><artifactId>maven-compiler-plugin</artifactId><configuration><excludes>"
                + (excludes.isEmpty() ? "" : "<exclude>" + excludes.replace(",", "</exclude><exclude>") + "</exclude>")
                + "</excludes></configuration></plugin>"
                + "<plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId>"
                + "</plugin><plugin><groupId>dev.clampannotations</groupId>"
                + "<artifactId>clamp-annotations-maven-plugin</artifactId><version>0.1.0</version><executions><execution>"
                + "<goals>" + goals + "</goals></execution></executions><configuration><modules>" + modules
                + "</modules><pythonSourceDirectory>python</pythonSourceDirectory></configuration></plugin>"
                + "</plugins></build></project>\n";
    }

    private static String dependency(String group, String artifact, String version) {
        return "<dependency><groupId>" + group + "</groupId><artifactId>" + artifact + "</artifactId>"
                + (version == null ? "" : "<version>" + version + "</version>") + "</dependency>";
    }

    private static void copyResources(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, to.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private void mvn(Path project, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("mvn", "-o", "-q", "-DskipTests"));
        command.addAll(List.of(options));
        command.addAll(List.of("clean", "package"));
        run(project, command.toArray(new String[0]));
    }

    private static void run(Path where, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(where.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed in " + where + ":\n" + output);
        }
    }

    /** Starts {@code java options... -Dspring.context.exit=onRefresh} in {@code dir}; records its CPU seconds. */
    private void start(String name, Path dir, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "\"$@\" >/dev/null 2>&1 || echo failed; times", "sh",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dspring.context.exit=onRefresh"));
        command.addAll(List.of(options));
        command.addAll(List.of("--spring.main.banner-mode=off", "--server.port=0"));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        if (output.startsWith("failed")) {
            throw new IllegalStateException(name + ": the application failed to start in " + dir);
        }
        cpu.computeIfAbsent(name, k -> new ArrayList<>()).add(ShellTimes.childrenCpu(output));
    }

    private double median(String name) {
        return Median.of(cpu.get(name));
    }

    private void report() {
        for (String app : new String[] {"keystone", "beans"}) {
            String what = app.equals("keystone") ? "keystone-boot" : BEANS + " beans";
            for (String half : new String[] {"python", "java"}) {
                System.out.printf(Locale.ROOT, "%s, %s: cds goal %.2f s, Boot's CDS recipe %.2f s of CPU%n", what,
                        half.equals("python") ? "Python beans" : "Java twins", median(app + " " + half + " cds"),
                        median(app + " " + half + " " + BOOT_CDS));
            }
            System.out.printf(Locale.ROOT, "%s, Java twins and Jython started: cds goal %.2f s of CPU; the Python beans "
                    + "%.2fx that%n", what, median(app + " jython cds"),
                    median(app + " python cds") / median(app + " jython cds"));
            boolean goal = median(app + " java cds") <= median(app + " java " + BOOT_CDS);
            String javaTwins = goal ? "Java twins, cds goal" : "Java twins, Boot's CDS recipe";
            double javaBest = median(app + " java " + (goal ? "cds" : BOOT_CDS));
            new TargetRow("Boot start, " + what + ", Python beans, cds goal (extracted, static class-data archive), CPU",
                    "s").ours(median(app + " python cds")).floor(javaTwins, javaBest).ratioAtMost(1.5);
            // The same target for Jython's start alone: where it is not met, no Python bean can meet it.
            new TargetRow("Boot start, " + what + ", Java twins and Jython started, no Python bean (the floor of the "
                    + "row above), cds goal, CPU", "s").ours(median(app + " jython cds")).floor(javaTwins, javaBest)
                    .ratioAtMost(1.5);
            new TargetRow("Boot start, " + what + ", Python beans, executable jar as packaged, CPU", "s")
                    .ours(median(app + " python")).floor("Java twins, executable jar", median(app + " java"))
                    .ratioAtMost(1.5);
        }
    }

    private static void write(Path path, String text) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}

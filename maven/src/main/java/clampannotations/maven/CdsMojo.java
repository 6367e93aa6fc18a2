package clampannotations.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The {@code cds} goal: Spring Boot's class-data-sharing recipe applied to the project's executable jar:
 * the jar extracted ({@code java -Djarmode=tools -jar app.jar extract}), so that Jython and every other
 * library is a jar file of its own rather than a nested one, then a training run of the application that
 * stops once its context has refreshed ({@code -Dspring.context.exit=onRefresh}). Every Python bean is
 * created in that run, so it loads Jython's runtime and the generated classes too.
 *
 * <p>Where Boot's recipe has the training run write a dynamic archive ({@code -XX:ArchiveClassesAtExit}), the
 * goal has it list the classes it loaded ({@code -XX:DumpLoadedClassList}) and then dumps a static archive of
 * that list with the application's class path ({@link Command#dumpStaticArchive}), which holds Jython's
 * classes. The application then starts with {@code java -XX:SharedArchiveFile=application.jsa
 * -jar app.jar} in the extracted directory, as with Boot's recipe.
 *
 * <p>Its fields are set by Maven from {@code META-INF/maven/plugin.xml}.
 */
public final class CdsMojo extends AbstractMojo {

    static final String ARCHIVE = "application.jsa";

    private File jar;
    private File directory;
    private List<String> trainingArguments;
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("clamp-annotations: cds skipped");
            return;
        }
        if (!jar.isFile()) {
            throw new MojoFailureException("clamp-annotations: cds needs Spring Boot's executable jar " + jar
                    + ", which is not there: bind the goal after spring-boot:repackage (phase package)");
        }
        String java = Command.java();
        Path extracted = directory.toPath();
        try {
            deleteTree(extracted); // what an older jar left there would not match the archive
            Command.run(extracted.getParent(), List.of(java, "-Djarmode=tools", "-jar", jar.getAbsolutePath(),
                    "extract", "--destination", extracted.toString()));
            Path classList = Files.createTempFile("clamp-annotations-cds", ".classlist");
            try {
                List<String> training = new ArrayList<>(List.of(java, "-XX:DumpLoadedClassList=" + classList,
                        "-Dspring.context.exit=onRefresh", "-jar", jar.getName()));
                if (trainingArguments != null) {
                    training.addAll(trainingArguments);
                }
                Command.run(extracted, training);
                // The class path is the one `-jar app.jar` gives (app.jar, then its manifest's Class-Path), as
                // the archive is used only by a JVM whose class path starts with the one it was dumped with.
                Command.dumpStaticArchive(extracted, classList, ARCHIVE, jar.getName());
            } finally {
                Files.delete(classList);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("clamp-annotations: " + e, e);
        }
        getLog().info("clamp-annotations: class-data archive written; start the application with `java "
                + "-XX:SharedArchiveFile=" + ARCHIVE + " -jar " + jar.getName() + "` in " + extracted);
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : (Iterable<Path>) paths.sorted((a, b) -> b.compareTo(a))::iterator) {
                    Files.delete(path);
                }
            }
        }
    }
}

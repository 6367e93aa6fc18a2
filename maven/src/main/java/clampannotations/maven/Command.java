package clampannotations.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;

/** A command that the goals run (the JDK's tools, a JVM of their own), its output kept for when it fails. */
final class Command {

    private Command() {
    }

    /** The {@code java} of the JDK that Maven runs on. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Dumps, in {@code where}, the static class-data archive {@code archive} of the classes in {@code classList}
     * (a training run's {@code -XX:DumpLoadedClassList}) for a JVM started with {@code classpath}. Static, not
     * a dynamic archive ({@code -XX:ArchiveClassesAtExit}): JDK 17's dynamic one leaves out every class of
     * class-file version 49 or older, which are most of Jython's (its generated exposers).
     */
    static void dumpStaticArchive(Path where, Path classList, String archive, String classpath)
            throws IOException, MojoFailureException {
        run(where, List.of(java(), "-Xshare:dump", "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile="
                + archive, "-cp", classpath));
    }

    /**
     * Runs {@code command} in {@code where}, and returns what it printed; a failure is the build's, with what
     * the command printed.
     */
    static String run(Path where, List<String> command) throws IOException, MojoFailureException {
        Files.createDirectories(where);
        Path log = Files.createTempFile("clamp-annotations", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(where.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            int code = process.waitFor();
            String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            if (code != 0) {
                throw new MojoFailureException("clamp-annotations: `" + String.join(" ", command) + "` failed (exit "
                        + code + ") in " + where + ":\n" + output);
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        } finally {
            Files.delete(log);
        }
    }
}

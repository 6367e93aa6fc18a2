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

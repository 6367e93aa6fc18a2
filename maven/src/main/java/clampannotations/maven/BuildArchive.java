package clampannotations.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The static class-data archive of a forked build's JVM: Jython's, clamp_annotations' and the plugin's classes
 * mapped instead of loaded and verified. It is a static one, as the {@code cds} goal's
 * ({@link Command#dumpStaticArchive}).
 *
 * <p>It lives in a directory that outlives {@code mvn clean} and is shared by every project, under a name that
 * digests the JDK and the exact jars of the JVM's class path, so that a JDK or a plugin version has an archive of
 * its own. The first build without one lists the classes it loads and makes it afterwards; later builds map it.
 * It is written under another name and then renamed, so that a build never maps half an archive; a JVM drops an
 * archive that does not match it (or is not one) without a word, and builds as it would without.
 */
final class BuildArchive {

    private final Path file;
    private final String classpath;

    BuildArchive(Path directory, List<Path> classpath) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder key = new StringBuilder(System.getProperty("java.home")).append('\n')
                .append(System.getProperty("java.vm.version")).append('\n');
        for (Path jar : classpath) {
            key.append(jar).append(' ').append(Files.size(jar)).append(' ')
                    .append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
        }
        byte[] name = digest.digest(key.toString().getBytes(StandardCharsets.UTF_8));
        this.file = directory.resolve("build-" + HexFormat.of().formatHex(name, 0, 8) + ".jsa");
        this.classpath = String.join(java.io.File.pathSeparator, classpath.stream().map(Path::toString).toList());
    }

    /** The class path the archive is made for, which the JVM that maps it must start with. */
    String classpath() {
        return classpath;
    }

    /** The JVM options of a build: the archive mapped if there is one, otherwise the loaded classes listed. */
    List<String> options(Path classList) {
        return Files.exists(file) ? List.of("-XX:SharedArchiveFile=" + file, "-Xlog:cds*=off")
                : List.of("-XX:DumpLoadedClassList=" + classList);
    }

    /**
     * Makes the archive from the class list of a build that had none; a failure leaves no archive and is said,
     * but the build it follows has its outputs.
     */
    void make(Path classList, Log log) {
        if (!Files.exists(classList)) {
            return; // the build mapped an archive
        }
        Path made = null;
        try {
            Files.createDirectories(file.getParent());
            made = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Command.dumpStaticArchive(file.getParent(), classList, made.toString(), classpath);
            Files.move(made, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            log.info("clamp-annotations: class-data archive of the build JVM written: " + file);
        } catch (IOException | MojoFailureException e) {
            log.warn("clamp-annotations: no class-data archive of the build JVM (builds work without it, slower): "
                    + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(classList);
                if (made != null) {
                    Files.deleteIfExists(made);
                }
            } catch (IOException e) {
                log.warn("clamp-annotations: " + e);
            }
        }
    }
}

package clampannotations.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.python.core.PySystemState;

import clampannotations.ClampRuntime;

/**
 * Everything a build's outputs depend on, as one digest: the configuration, every file of the Python
 * source directories and of the compile class path's directories (by content), its jars (by size and
 * time) and the jars of the plugin itself, clamp_annotations and Jython. The files of the output
 * directory that the last build wrote are left out: they are what it made, not what it read.
 */
final class Inputs {

    private final MessageDigest digest;

    Inputs(List<String> modules, List<File> sources, List<String> classpath, Path output, List<String> written)
            throws IOException {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        add("modules", String.join(",", modules));
        for (Class<?> type : List.of(BuildMojo.class, ClampRuntime.class, PySystemState.class)) {
            addPath(location(type), Set.of());
        }
        for (File source : sources) {
            addPath(source.toPath(), Set.of());
        }
        Set<Path> outputs = written.stream().map(output::resolve).collect(Collectors.toSet());
        for (String element : classpath) {
            addPath(Paths.get(element), outputs);
        }
    }

    String digest() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private void add(String label, String value) {
        digest.update((label + '\0' + value + '\n').getBytes(StandardCharsets.UTF_8));
    }

    /** A directory by its files, a jar by its size and time; a path that is not there adds nothing, as an empty directory. */
    private void addPath(Path path, Set<Path> leftOut) throws IOException {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    if (!leftOut.contains(file)) {
                        add("file", file.toString());
                        digest.update(Files.readAllBytes(file));
                    }
                }
            }
        } else if (Files.exists(path)) {
            add("jar", path + " " + Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis());
        }
    }

    private static Path location(Class<?> type) {
        try {
            return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException("cannot locate the jar of " + type.getName(), e));
        }
    }
}

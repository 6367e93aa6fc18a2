package clampannotations;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.python.core.imp;

/**
 * The copies of clamp_annotations' Python half on the class path, and the version each one says: jars
 * that carry the runtime may share a class path, and {@code _jvm} refuses copies of other versions.
 * Read here, not in Python, because it runs at every start.
 */
public final class RuntimeCopies {

    private static final String VERSION_FILE = "clamp_annotations/_version.py";

    private static final String VERSION_LINE = "__version__ = '";

    private RuntimeCopies() {
    }

    /**
     * Each copy that this runtime's class loader or Jython's finds, by where it is (its jar's URL, or
     * its directory's), with its version ({@code "unknown"} when its {@code _version.py} says none),
     * sorted by where.
     */
    public static Map<String, String> versions() throws IOException {
        Map<String, String> copies = new TreeMap<>();
        for (ClassLoader loader : new ClassLoader[] {RuntimeCopies.class.getClassLoader(),
                imp.getParentClassLoader()}) {
            for (URL url : Collections.list(loader.getResources(VERSION_FILE))) {
                String text;
                try (InputStream stream = url.openStream()) {
                    text = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
                }
                String where = url.toString();
                int entry = where.lastIndexOf('!');
                copies.put(entry < 0 ? where : where.substring(0, entry), versionIn(text));
            }
        }
        return copies;
    }

    /** The version that the text of a {@code _version.py} says: its {@code __version__ = '...'} line. */
    static String versionIn(String text) {
        for (String line : text.split("\r\n|\r|\n")) {
            if (line.startsWith(VERSION_LINE)) {
                int quote = line.indexOf('\'', VERSION_LINE.length());
                if (quote > VERSION_LINE.length()) {
                    return line.substring(VERSION_LINE.length(), quote);
                }
            }
        }
        return "unknown";
    }
}

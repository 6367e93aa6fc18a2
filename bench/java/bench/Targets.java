package bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The end of {@code gradle bench}: one table of every target, made from the rows its parts wrote (see
 * {@link TargetRow}), printed and put into the generated part of the benchmarks page, between
 * {@value #BEGIN} and {@value #END} (the rest of the page is prose, left as it is). Usage: {@code Targets
 * <page> <rows file>...}, the files in the order their rows are to appear; a part that wrote no file
 * was not run, and the table says so.
 */
public final class Targets {

    static final String BEGIN = "<!-- bench:begin -->";
    static final String END = "<!-- bench:end -->";

    private Targets() {
    }

    public static void main(String[] args) throws IOException {
        List<String> table = new ArrayList<>(List.of("| measure | ours | floor (same run) | compared | target | status |",
                "| --- | --- | --- | --- | --- | --- |"));
        List<String> missing = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Path rows = Path.of(args[i]);
            if (!Files.exists(rows)) {
                missing.add(rows.getFileName().toString().replaceFirst("\\.tsv$", ""));
                continue;
            }
            for (String row : Files.readAllLines(rows, StandardCharsets.UTF_8)) {
                table.add("| " + String.join(" | ", row.split("\t")) + " |");
            }
        }
        if (!missing.isEmpty()) {
            table.add("");
            table.add("Not measured in this run: " + String.join(", ", missing) + ".");
        }
        String generated = String.join("\n", table) + "\n";
        System.out.print(generated);
        rewrite(Path.of(args[0]), generated);
    }

    /** Puts {@code generated} between the page's markers; a page that is not there yet is made of them alone. */
    private static void rewrite(Path page, String generated) throws IOException {
        String text = Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8)
                : "# Benchmarks\n\n" + BEGIN + "\n" + END + "\n";
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END, Math.max(begin, 0));
        if (begin < 0 || end < 0) {
            throw new IllegalStateException(page + " has no " + BEGIN + " ... " + END + " for the table of targets");
        }
        Files.createDirectories(page.toAbsolutePath().getParent());
        Files.writeString(page, text.substring(0, begin + BEGIN.length()) + "\n" + generated
                + text.substring(end), StandardCharsets.UTF_8);
    }
}

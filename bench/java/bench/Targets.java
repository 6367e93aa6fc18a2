package bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The end of {@code gradle bench}: one table of every target, made from the rows its parts wrote (see
 * {@link TargetRow}), printed and put into the generated part of each page given, between {@value #BEGIN}
 * and {@value #END} (the rest of a page is left as it is). Usage: {@code Targets <page>... -- <rows
 * file>...}, the rows files in the order their rows are to appear. A part without a rows file was not
 * measured: it was not run, or it failed and {@code gradle bench} left a {@code <part>.failed} file beside
 * where its rows would be; the table says which, and this program then exits with 1 once the pages are
 * written.
 */
public final class Targets {

    static final String BEGIN = "<!-- bench:begin -->";
    static final String END = "<!-- bench:end -->";

    private Targets() {
    }

    public static void main(String[] args) throws IOException {
        int rowsFrom = Arrays.asList(args).indexOf("--") + 1;
        if (rowsFrom == 0) {
            throw new IllegalArgumentException("usage: Targets <page>... -- <rows file>...");
        }
        List<String> table = new ArrayList<>(List.of(
                "| measure | ours | floor (same run) | compared | target | status |",
                "| --- | --- | --- | --- | --- | --- |"));
        List<String> missing = new ArrayList<>();
        boolean failed = false;
        for (int i = rowsFrom; i < args.length; i++) {
            Path rows = Path.of(args[i]);
            if (Files.exists(rows)) {
                for (String row : Files.readAllLines(rows, StandardCharsets.UTF_8)) {
                    table.add("| " + String.join(" | ", row.split("\t")) + " |");
                }
                continue;
            }
            String part = rows.getFileName().toString().replaceFirst("\\.tsv$", "");
            boolean partFailed = Files.exists(rows.resolveSibling(part + ".failed"));
            missing.add(part + (partFailed ? " (it failed)" : " (not run)"));
            failed |= partFailed;
        }
        if (!missing.isEmpty()) {
            table.add("");
            table.add("Not measured in this run: " + String.join(", ", missing) + ".");
        }
        String generated = String.join("\n", table) + "\n";
        System.out.print(generated);
        for (int i = 0; i < rowsFrom - 1; i++) {
            rewrite(Path.of(args[i]), generated);
        }
        if (failed) {
            System.err.println("Targets: a part of the bench failed; the table says which");
            System.exit(1);
        }
    }

    /** Puts {@code generated} between the page's markers. */
    private static void rewrite(Path page, String generated) throws IOException {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END, Math.max(begin, 0));
        if (begin < 0 || end < 0) {
            throw new IllegalStateException(page + " has no " + BEGIN + " ... " + END + " for the table of targets");
        }
        Files.writeString(page, text.substring(0, begin + BEGIN.length()) + "\n" + generated
                + text.substring(end), StandardCharsets.UTF_8);
    }
}

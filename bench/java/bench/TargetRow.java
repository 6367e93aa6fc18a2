package bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * One row of {@code gradle bench}'s table of targets: what is measured, our figure, its floor (Java,
 * stock Jython or javac, measured in the same run), the figure the target is about, the target and
 * whether it is met. A part of the bench makes one per target and ends it with a comparison:
 *
 * <pre>
 * new TargetRow("CPU per further bean", "ms").ours(6.1).floor("stock Jython", 3.2).ratioAtMost(1.0);
 * </pre>
 *
 * which appends the row to the file that the environment variable {@value #FILE} names ({@code gradle
 * bench} gives each part one, and {@link Targets} makes one table of them), or prints it when there is
 * none. A row is a line of six tab-separated cells, already formatted.
 */
public final class TargetRow {

    /** The environment variable naming the file that rows are appended to. */
    public static final String FILE = "BENCH_TARGETS";

    private final String measure;
    private final String unit;
    private double ours = Double.NaN;
    private String floorName;
    private double floor = Double.NaN;

    /** A row for {@code measure}, whose figures are in {@code unit} ({@code "s"}, {@code "B"}, ...). */
    public TargetRow(String measure, String unit) {
        this.measure = measure;
        this.unit = unit;
    }

    /** Our figure, in the row's unit. */
    public TargetRow ours(double value) {
        ours = value;
        return this;
    }

    /** The floor ours is compared with, measured in the same run: what it is ({@code "Java"}) and its figure. */
    public TargetRow floor(String name, double value) {
        floorName = name;
        floor = value;
        return this;
    }

    /** Target: ours / floor at most {@code limit}. */
    public void ratioAtMost(double limit) {
        ratio(ours / floor, "", "<=", limit);
    }

    /**
     * Target: a ratio of ours to the floor measured otherwise than from the two figures (say, the
     * median of rounds' ratios, {@code how}) at most {@code limit}.
     */
    public void ratioAtMost(double limit, double ratio, String how) {
        ratio(ratio, " (" + how + ")", "<=", limit);
    }

    /** Target: ours / floor at least {@code limit}. */
    public void ratioAtLeast(double limit) {
        ratio(ours / floor, "", ">=", limit);
    }

    /**
     * Target: a ratio of ours to the floor measured otherwise than from the two figures (say, the
     * median of rounds' ratios, {@code how}) at least {@code limit}.
     */
    public void ratioAtLeast(double limit, double ratio, String how) {
        ratio(ratio, " (" + how + ")", ">=", limit);
    }

    /** Target: ours - floor at most {@code limit}, in the row's unit. */
    public void differenceAtMost(double limit) {
        double difference = ours - floor;
        emit((difference < 0 ? "" : "+") + figure(difference), "ours - floor <= +" + figure(limit),
                difference <= limit);
    }

    /** Target: ours at most {@code limit}, in the row's unit; the floor is shown for what it is. */
    public void atMost(double limit) {
        emit(figure(ours), "ours <= " + figure(limit), ours <= limit);
    }

    private void ratio(double ratio, String how, String relation, double limit) {
        emit(String.format(Locale.ROOT, "%.2fx%s", ratio, how), String.format(Locale.ROOT, "ours / floor %s %.2fx",
                relation, limit), relation.equals("<=") ? ratio <= limit : ratio >= limit);
    }

    private void emit(String value, String target, boolean met) {
        if (Double.isNaN(ours) || floorName == null || Double.isNaN(floor)) {
            throw new IllegalStateException(measure + ": a target row needs ours and its floor");
        }
        String row = String.join("\t", measure, figure(ours), floorName + ": " + figure(floor), value, target,
                met ? "met" : "not met") + "\n";
        String file = System.getenv(FILE);
        if (file == null) {
            System.out.print(row);
            return;
        }
        try {
            Files.writeString(Path.of(file), row, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("cannot add a target row to " + file, e);
        }
    }

    /** A figure with its unit: two decimals below 100, none for whole numbers (bytes, counts) and from 100 on. */
    private String figure(double value) {
        boolean whole = value == Math.rint(value) || Math.abs(value) >= 100;
        return String.format(Locale.ROOT, whole ? "%.0f %s" : "%.2f %s", value, unit);
    }
}

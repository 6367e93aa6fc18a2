package bench;

import java.util.Arrays;
import java.util.Collection;

/** The median of a bench's rounds: the middle value, or the upper of the two middle ones. */
final class Median {

    private Median() {
    }

    static double of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static double of(Collection<Double> values) {
        return of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}

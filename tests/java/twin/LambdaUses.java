package twin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.core.convert.converter.Converter;

/**
 * Java code that takes lambdas and calls their default methods, for the Python bean
 * {@code shopapp.lambdas.Lambdas} and its Java twin {@link JavaLambdas} alike.
 */
public final class LambdaUses {

    private LambdaUses() {
    }

    /** {@code names} sorted by {@code order.reversed()}. */
    public static List<String> sortedBackwards(List<String> names, Comparator<String> order) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(order.reversed());
        return sorted;
    }

    /** {@code first.andThen(second)} applied to {@code value}. */
    public static String chained(Function<String, String> first, Function<String, String> second, String value) {
        return first.andThen(second).apply(value);
    }

    /** The {@code names} that {@code excluded.negate()} accepts. */
    public static List<String> without(List<String> names, Predicate<String> excluded) {
        return names.stream().filter(excluded.negate()).collect(Collectors.toList());
    }

    /** {@code converter.andThen(n -> n * 2)} applied to {@code value}. */
    public static Integer doubled(Converter<String, Integer> converter, String value) {
        return converter.andThen(n -> n * 2).convert(value);
    }

    /** {@code function} itself, handed back. */
    public static Function<String, String> same(Function<String, String> function) {
        return function;
    }
}

package twin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * The Java twin of the Python bean {@code shopapp.lambdas.Lambdas}: the same uses of the JDK's and
 * Spring's functional interfaces, with Java lambdas, reported in the same lines.
 */
@Component("javaLambdas")
public class JavaLambdas implements Supplier<List<String>> {

    private final ApplicationContext context;

    public JavaLambdas(ApplicationContext context) {
        this.context = context;
    }

    @Bean
    public Converter<String, Integer> javaSizes() {
        return text -> text.length();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> get() {
        List<String> names = List.of("tea", "coffee", "mate");
        List<String> lines = new ArrayList<>();
        lines.add("Optional.map: " + Optional.of("tea").map(s -> s.toUpperCase()).orElse("none"));
        lines.add("Comparator.reversed from Java: "
                + String.join(", ", LambdaUses.sortedBackwards(names, (a, b) -> a.length() - b.length())));
        lines.add("Function.andThen from Java: " + LambdaUses.chained(s -> s + "!", s -> s.toUpperCase(), "tea"));
        lines.add("Predicate.negate from Java: " + String.join(", ", LambdaUses.without(names, s -> s.length() < 5)));
        lines.add("ObjectProvider.orderedStream: " + context.getBeanProvider(String.class).orderedStream()
                .filter(s -> s.startsWith("l")).map(s -> s.toUpperCase()).collect(Collectors.joining(", ")));
        try (GenericApplicationContext child = new GenericApplicationContext()) {
            child.registerBean("clerk", StringBuilder.class, () -> new StringBuilder("ada"),
                    definition -> definition.setLazyInit(true));
            child.refresh();
            lines.add("registerBean with a Supplier and a customizer: " + child.getBean("clerk") + ", lazy "
                    + child.getBeanDefinition("clerk").isLazyInit());
        }
        lines.add("a @Bean Converter, andThen from Java: "
                + LambdaUses.doubled(context.getBean("javaSizes", Converter.class), "tea"));
        Function<String, String> function = s -> s;
        lines.add("handed back, the same object: " + (LambdaUses.same(function) == function));
        return lines;
    }
}

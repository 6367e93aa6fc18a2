package probe;

import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.SpringVersion;

import fixtures.HealthCheck;
import fixtures.Report;
import twin.Indicator;
import twin.JavaLambdas;

/**
 * Starts a Spring application of Python beans, prints its beans and their classes, the report its
 * bean {@code report} gives, what each {@link Report} bean describes (Python beans and their Java
 * twins), by bean name, and what Java callers get from some of them, among them the lines of its
 * bean {@code lambdas} and of that bean's Java twin.
 * Run from a built jar in a fresh JVM, or called from a Jython script whose Python classes exist
 * only in that process: the same code, so the two outputs can be compared. Usage: {@code ParityRun
 * <package to scan>}.
 */
public final class ParityRun {

    private ParityRun() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) {
        System.out.println("spring " + SpringVersion.getVersion());
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.scan(args[0]);
            context.register(Indicator.class); // the Java twin of a Python bean
            context.register(JavaLambdas.class); // the Java twin of the Python bean "lambdas"
            context.refresh();
            String[] names = context.getBeanDefinitionNames();
            Arrays.sort(names);
            for (String name : names) {
                if (!name.startsWith("org.")) {
                    // a JDK proxy's names depend on the proxies and loaders the JVM had before
                    System.out.println(name + ": " + context.getType(name).getName()
                            .replaceAll("^jdk\\.proxy\\d+\\.\\$Proxy\\d+$", "a JDK proxy")
                            .replaceAll("^.*\\$\\$Lambda.*$", "a lambda")); // its name has an address too
                }
            }
            ((Supplier<List<String>>) context.getBean("report")).get().forEach(System.out::println);
            new TreeMap<>(context.getBeansOfType(Report.class)).forEach(
                    (name, bean) -> System.out.println(name + ": " + bean.describe()));
            tillRefuses((Function<Object, Object>) context.getBean("till"));
            new TreeMap<>(context.getBeansOfType(HealthCheck.class)).forEach((name, check) ->
                    System.out.println("health(true) of " + name + ": " + check.health(true)));
            for (String twin : new String[] {"lambdas", "javaLambdas"}) {
                ((Supplier<List<String>>) context.getBean(twin)).get()
                        .forEach(line -> System.out.println(twin + ": " + line));
            }
        }
    }

    /** A Java caller catching by their Java types the exceptions the Python bean raises. */
    private static void tillRefuses(Function<Object, Object> till) {
        try {
            till.apply("caviar");
        } catch (IllegalStateException e) {
            System.out.println("caught IllegalStateException: " + e.getClass().getName() + ": " + e.getMessage()
                    + ", made at " + e.getStackTrace()[0]);
        }
        try {
            till.apply("ten");
        } catch (NumberFormatException e) {
            System.out.println("caught NumberFormatException: " + e.getMessage());
        }
    }
}

package probe;

import java.util.Arrays;
import java.util.Collections;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

import fixtures.Counted;
import fixtures.Report;

/**
 * Starts a Spring context that scans the package given, with the property {@code greeting=Hello}, and
 * prints each {@link Report} bean's description and how many {@link Counted} Java objects were made.
 */
public final class SpringMembers {

    private SpringMembers() {
    }

    public static void main(String[] args) {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.getEnvironment().getPropertySources().addFirst(
                    new MapPropertySource("test", Collections.singletonMap("greeting", "Hello")));
            context.scan(args[0]);
            context.refresh();
            String[] names = context.getBeanNamesForType(Report.class);
            Arrays.sort(names);
            for (String name : names) {
                System.out.println(name + ": " + context.getBean(name, Report.class).describe());
            }
            System.out.println("Counted objects: " + Counted.CREATED.get());
        }
    }
}

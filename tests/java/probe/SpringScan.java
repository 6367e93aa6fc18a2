package probe;

import java.util.Arrays;
import java.util.function.Supplier;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Scans a package with Spring, as an application would, and prints each bean it found there with its
 * class; a bean that is a {@code Supplier} is also asked for its value.
 */
public final class SpringScan {

    private SpringScan() {
    }

    public static void main(String[] args) {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(args[0])) {
            String[] names = context.getBeanDefinitionNames();
            Arrays.sort(names);
            for (String name : names) {
                Object bean = context.getBean(name);
                if (!bean.getClass().getName().startsWith(args[0] + ".")) {
                    continue;
                }
                System.out.println("bean " + name + " " + bean.getClass().getName());
                if (bean instanceof Supplier) {
                    System.out.println("  get() -> " + ((Supplier<?>) bean).get());
                }
            }
        }
    }
}

package demo.greeter;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Plain Spring: scans the package {@code demo}, where the only component is written in Python, and
 * asks it for a greeting. Nothing here knows about Jython.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext("demo")) {
            Greeter greeter = context.getBean(Greeter.class);
            String name = context.getBeanNamesForType(Greeter.class)[0];
            System.out.printf("bean '%s' is %s%n", name, greeter.getClass().getName());
            System.out.println(greeter.greet("Spring"));
        }
    }
}

package security;

import jakarta.servlet.Filter;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Starts Spring on the configuration classes named, with Spring Security, and prints the filters of
 * the {@code SecurityFilterChain} they make: run on a Python class and on its Java twin
 * {@link JavaSecurity}, which must print the same. Usage: {@code SecurityRun <class>...}.
 */
public final class SecurityRun {

    private SecurityRun() {
    }

    public static void main(String[] args) throws ClassNotFoundException {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            for (String name : args) {
                context.register(Class.forName(name, true, Thread.currentThread().getContextClassLoader()));
            }
            context.refresh();
            for (Filter filter : context.getBean(SecurityFilterChain.class).getFilters()) {
                System.out.println("filter: " + filter.getClass().getSimpleName());
            }
        }
    }
}

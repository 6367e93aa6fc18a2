package probe;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Collections;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.BeansException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.SpringVersion;
import org.springframework.core.env.MapPropertySource;

import fixtures.Counted;
import fixtures.Events;
import fixtures.Greeting;
import fixtures.Report;
import twin.MaybeRepo;

/**
 * Spring features, each tried on the Python classes of one package in a context of its own, one after
 * the other in this JVM: prints, under {@code == <feature>}, what Spring made of them, for the test to
 * compare with what the feature promises. Usage: {@code SpringFeatures <feature>=<package> ...}.
 */
public final class SpringFeatures {

    /** Spring's loggers (through JUL), held here: JUL forgets the level of a logger nobody holds. */
    private static final Logger SPRING_LOG = Logger.getLogger("org.springframework");

    private SpringFeatures() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("spring " + SpringVersion.getVersion());
        for (String arg : args) {
            String[] featureAndPackage = arg.split("=", 2);
            System.out.println("== " + featureAndPackage[0]);
            Events.LOG.clear();
            Counted.CREATED.set(0);
            run(featureAndPackage[0], featureAndPackage[1]);
        }
    }

    private static void run(String feature, String base) {
        if (feature.equals("nullable")) {
            nullable(base);
            return;
        }
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("test", Collections.singletonMap("greeting", "Hello")));
        context.scan(base);
        context.refresh();
        switch (feature) {
            case "scanning" -> scanning(context, base);
            case "scopes" -> scopes(context);
            case "lazy" -> lazy(context);
            case "events" -> context.publishEvent("news");
            case "advice" -> advice(context.getBean(Greeting.class));
            default -> reports(context);
        }
        context.close();
        Events.LOG.forEach(event -> System.out.println("event " + event));
    }

    private static void scanning(AnnotationConfigApplicationContext context, String base) {
        String[] names = context.getBeanDefinitionNames();
        Arrays.sort(names);
        for (String name : names) {
            String type = context.getType(name).getName();
            if (type.startsWith(base + ".")) {
                System.out.println("bean " + name + " " + type);
            }
        }
    }

    private static void reports(AnnotationConfigApplicationContext context) {
        String[] names = context.getBeanNamesForType(Report.class);
        Arrays.sort(names);
        for (String name : names) {
            System.out.println(name + ": " + context.getBean(name, Report.class).describe());
        }
    }

    private static void scopes(AnnotationConfigApplicationContext context) {
        System.out.println("prototype: two objects " + (context.getBean("perRequest") != context.getBean("perRequest")));
        System.out.println("singleton: one object " + (context.getBean("shared") == context.getBean("shared")));
    }

    private static void lazy(AnnotationConfigApplicationContext context) {
        System.out.println("created at refresh: " + Counted.CREATED.get());
        context.getBean("late");
        System.out.println("created once asked for: " + Counted.CREATED.get());
    }

    /**
     * The Python beans of {@code base} and, in a context of its own, their Java twin {@link MaybeRepo}: what
     * each describes, or the exception that refused to create it (which Spring would log too: not here).
     */
    private static void nullable(String base) {
        SPRING_LOG.setLevel(Level.OFF);
        try {
            for (String who : new String[] {"python", "java twin"}) {
                try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
                    if (who.equals("python")) {
                        context.scan(base);
                    } else {
                        context.register(MaybeRepo.class);
                    }
                    context.refresh();
                    System.out.println(who + ": " + context.getBean(Report.class).describe());
                } catch (BeansException e) {
                    System.out.println(who + ": " + e.getClass().getSimpleName());
                }
            }
        } finally {
            SPRING_LOG.setLevel(null);
        }
    }

    /** The same advice, once through a JDK interface proxy and once through a CGLIB subclass. */
    private static void advice(Greeting target) {
        MethodInterceptor shout = invocation -> ((String) invocation.proceed()).toUpperCase();
        for (boolean subclass : new boolean[] {false, true}) {
            ProxyFactory factory = new ProxyFactory(target);
            factory.setProxyTargetClass(subclass);
            factory.addAdvice(shout);
            Greeting proxy = (Greeting) factory.getProxy();
            String kind = Proxy.isProxyClass(proxy.getClass()) ? "jdk interface proxy"
                    : target.getClass().isInstance(proxy) ? "cglib subclass of the generated class" : "other";
            System.out.println(kind + ": " + proxy.greet("ada"));
        }
    }
}

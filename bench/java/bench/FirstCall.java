package bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.python.core.PyObject;
import org.python.util.PythonInterpreter;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * One start of a Spring application, measured from inside: scans {@code args[0]} for beans that
 * implement {@link Supplier}, calls the first by name, and prints {@code cpu_ms wall_ms context_bytes
 * object_bytes beans answer}: the process's CPU time and the time since the JVM started, both at the
 * first call; the live heap after garbage collection with the context open; and what one more
 * object of the first bean's class made by Java adds to it (an array slot included). Then it halts.
 *
 * <p>Given {@code python:module} instead of a package, the beans are the {@code (name, object)} pairs
 * of its {@code beans()}: stock Jython objects, which Spring cannot find by scanning, registered by
 * hand. That start is the floor of a Python bean's: Jython, its classes and Spring, without
 * clamp_annotations.
 */
public final class FirstCall {

    /** How many more objects of the first bean's class are made to weigh one. */
    private static final int OBJECTS = 20_000;

    private static final String PYTHON = "python:";

    private FirstCall() {
    }

    private static long liveHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static AnnotationConfigApplicationContext stockJython(String module) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        PythonInterpreter python = new PythonInterpreter(); // left open: its objects are the beans
        python.exec("import " + module);
        for (PyObject pair : python.eval(module + ".beans()").asIterable()) {
            Supplier bean = (Supplier) pair.__getitem__(1).__tojava__(Supplier.class);
            context.registerBean(pair.__getitem__(0).toString(), (Class) bean.getClass(), () -> bean);
        }
        context.refresh();
        return context;
    }

    @SuppressWarnings("rawtypes")
    public static void main(String[] args) throws Exception {
        try (AnnotationConfigApplicationContext context = args[0].startsWith(PYTHON)
                ? stockJython(args[0].substring(PYTHON.length())) : new AnnotationConfigApplicationContext(args[0])) {
            Map<String, Supplier> beans = new TreeMap<>(context.getBeansOfType(Supplier.class));
            Object answer = beans.values().iterator().next().get();
            long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1_000_000;
            long wall = ManagementFactory.getRuntimeMXBean().getUptime();
            long withContext = liveHeap();
            Object[] objects = new Object[OBJECTS];
            Constructor<?> constructor = beans.values().iterator().next().getClass().getDeclaredConstructor();
            for (int i = 0; i < objects.length; i++) {
                objects[i] = constructor.newInstance();
            }
            long perObject = (liveHeap() - withContext) / OBJECTS;
            System.out.println(cpu + " " + wall + " " + withContext + " " + perObject + " " + beans.size() + " "
                    + answer);
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }
}

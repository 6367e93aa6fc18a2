package bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.python.core.PyObject;
import org.python.util.PythonInterpreter;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * One start of a Spring application, measured from inside: scans {@code args[0]} for beans that
 * implement {@link Supplier}, calls the first by name, and prints {@code cpu_ms wall_ms context_bytes
 * object_bytes main_ms jit_ms beans answer}: the process's CPU time and the time since the JVM started,
 * both at the first call; the live heap after garbage collection with the context open; what one more
 * object of the first bean's class made by Java adds to it (an array slot included); and, of the CPU
 * time, the main thread's and the JIT compilers' threads'. Then it halts.
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

    /**
     * The CPU nanoseconds of this process's JIT compiler threads (C1 and C2) that are alive, from
     * {@code /proc}: the JVM does not count them as Java threads. A compiler thread that ended is not
     * counted (the JVM ends idle ones), so this is at most what the JIT took.
     */
    private static long jitCpu() throws java.io.IOException {
        long nanos = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (Files.readString(task.resolve("comm")).matches("C[12] CompilerThre.*\\s*")) {
                        // schedstat: the nanoseconds the thread ran, first.
                        nanos += Long.parseLong(Files.readString(task.resolve("schedstat")).split(" ")[0]);
                    }
                } catch (java.nio.file.NoSuchFileException ended) {
                    // the thread ended while being read
                }
            }
        }
        return nanos;
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
            long main = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            long jit = jitCpu() / 1_000_000;
            long withContext = liveHeap();
            Object[] objects = new Object[OBJECTS];
            Constructor<?> constructor = beans.values().iterator().next().getClass().getDeclaredConstructor();
            for (int i = 0; i < objects.length; i++) {
                objects[i] = constructor.newInstance();
            }
            long perObject = (liveHeap() - withContext) / OBJECTS;
            System.out.println(cpu + " " + wall + " " + withContext + " " + perObject + " " + main + " " + jit + " "
                    + beans.size() + " " + answer);
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }
}

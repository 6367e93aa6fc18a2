package probe;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.python.core.PyProxy;

/**
 * Creates the first objects of clamped classes from many threads at once, in a JVM where nothing has
 * started Jython, as the first concurrent requests of a web application do: each thread loads its class
 * and creates an object as {@code new} does, all released together. Prints, for each class, how many
 * objects were made with their Python objects. Threads that are not done and have used next to no CPU
 * for {@link #STILL_SECONDS} are deadlocked (each waits for a class another is initialising): their stacks
 * are printed and the JVM halts with status 1, since it could not exit. Usage:
 * {@code FirstUse <threads> <class>[=<argument>] ...}, the argument given to the class's one-parameter
 * constructor (a String or an int), else its no-argument one.
 */
public final class FirstUse {

    /** Far longer than a thread starting Jython goes without CPU, even on a loaded machine. */
    private static final int STILL_SECONDS = 10;
    /** What waiting threads use in that time (a few hundredths of it): a thread starting Jython uses more. */
    private static final long STILL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private FirstUse() {
    }

    public static void main(String[] args) throws InterruptedException {
        int threads = Integer.parseInt(args[0]);
        CyclicBarrier start = new CyclicBarrier(threads);
        CountDownLatch done = new CountDownLatch(threads);
        Map<String, AtomicInteger> made = new ConcurrentHashMap<>();
        List<Thread> racing = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String spec = args[1 + i % (args.length - 1)];
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    made.computeIfAbsent(create(spec), name -> new AtomicInteger()).incrementAndGet();
                } catch (Throwable e) {
                    e.printStackTrace();
                } finally {
                    done.countDown();
                }
            }, "first-use-" + i);
            thread.setDaemon(true);
            thread.start();
            racing.add(thread);
        }
        long cpu = Long.MIN_VALUE;
        while (!done.await(STILL_SECONDS, TimeUnit.SECONDS)) {
            long before = cpu;
            cpu = racing.stream().mapToLong(thread -> CPU.getThreadCpuTime(thread.getId())).filter(t -> t > 0).sum();
            if (Math.abs(cpu - before) < STILL_NANOS) {
                deadlocked(racing);
            }
        }
        new TreeMap<>(made).forEach((name, count) -> System.out.println(name + ": " + count + " objects"));
    }

    /** Prints the stacks of the threads still racing, and halts. */
    private static void deadlocked(List<Thread> racing) {
        for (Thread thread : racing) {
            if (thread.isAlive()) {
                System.out.println("deadlocked: " + thread.getName());
                for (StackTraceElement frame : thread.getStackTrace()) {
                    System.out.println("    at " + frame);
                }
            }
        }
        System.out.flush();
        Runtime.getRuntime().halt(1); // Jython's shutdown hook could wait for the deadlocked classes
    }

    /** An object of the class {@code spec} names, by its name when linked to its Python object. */
    private static String create(String spec) throws ReflectiveOperationException {
        String[] nameAndArgument = spec.split("=", 2);
        Class<?> type = Class.forName(nameAndArgument[0]); // initialised here, in the race, as by new
        Object object;
        if (nameAndArgument.length == 1) {
            object = type.getConstructor().newInstance();
        } else {
            Constructor<?> constructor = oneParameter(type);
            String argument = nameAndArgument[1];
            object = constructor.newInstance(constructor.getParameterTypes()[0] == int.class
                    ? (Object) Integer.valueOf(argument) : argument);
        }
        return ((PyProxy) object)._getPyInstance() == null ? "no Python object for " + type.getName()
                : type.getName();
    }

    private static Constructor<?> oneParameter(Class<?> type) {
        for (Constructor<?> constructor : type.getConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length == 1 && (parameters[0] == String.class || parameters[0] == int.class)) {
                return constructor;
            }
        }
        throw new IllegalArgumentException(type + " has no public constructor of one String or int");
    }
}

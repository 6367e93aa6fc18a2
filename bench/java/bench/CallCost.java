package bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

import org.python.core.PyObject;
import org.python.util.PythonInterpreter;

/**
 * The cost of a call from Java into Python, per signature, for a Java implementation (the floor), a
 * stock Jython proxy, a clamped class that overrides the interface method, and a clamped class whose
 * method is a typed {@code @java_method}; all measured in this JVM, in alternating rounds, so that the
 * ratios hold on a noisy machine. Prints a Markdown table, and the rows of the targets of typed calls
 * ({@link TargetRow}). Usage: {@code CallCost <dir of bench_ops.py>
 * <calls per round> <rounds>}.
 */
public final class CallCost {

    private static final String[] IMPLEMENTATIONS = {"java", "stock", "override", "typed"};

    /** The signatures of objects, whose typed calls have a target against the stock proxy too. */
    private static final List<String> OBJECTS = List.of("echo", "listed");

    /** One call of a signature on a target; returns something, so that the JIT cannot drop the call. */
    private interface Call {
        long run(Object target, int i) throws Throwable;
    }

    private static long sink;

    private CallCost() {
    }

    public static void main(String[] args) throws Throwable {
        int calls = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Object[] targets = new Object[IMPLEMENTATIONS.length];
        targets[0] = new JavaOps();
        try (PythonInterpreter python = new PythonInterpreter()) {
            python.exec("import sys\nsys.path.insert(0, r'''" + args[0] + "''')\nimport bench_ops");
            for (int i = 1; i < targets.length; i++) {
                String name = IMPLEMENTATIONS[i].substring(0, 1).toUpperCase() + IMPLEMENTATIONS[i].substring(1);
                PyObject created = python.eval("bench_ops." + name + "Ops()");
                targets[i] = created.__tojava__(Object.class);
            }
        }
        List<TargetRow> rows = new ArrayList<>();
        List<TargetRow> objects = new ArrayList<>();
        System.out.println("| signature | java ns | stock proxy ns | override ns | typed ns | typed / override"
                + " (target <= 1.0) | typed / stock proxy (target <= 0.5 for objects) |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (String[] signature : new String[][] {{"addInts", "int (int, int)"}, {"addLongs", "long (long, long)"},
                {"addDoubles", "double (double, double)"}, {"negate", "boolean (boolean)"},
                {"echo", "String (String)"}, {"listed", "List (String)"}}) {
            double[] nanos = measure(signature[0], targets, calls, rounds);
            System.out.printf("| %s %s | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f |%n", signature[0], signature[1],
                    nanos[0], nanos[1], nanos[2], nanos[3], nanos[3] / nanos[2], nanos[3] / nanos[1]);
            rows.add(new TargetRow("typed call, " + signature[1], "ns").ours(nanos[3]).floor("override", nanos[2]));
            if (OBJECTS.contains(signature[0])) {
                objects.add(new TargetRow("typed call with objects, " + signature[1], "ns").ours(nanos[3])
                        .floor("stock proxy", nanos[1]));
            }
        }
        rows.forEach(row -> row.ratioAtMost(1.0));
        objects.forEach(row -> row.ratioAtMost(0.5));
        if (sink == 42) {
            System.out.println();
        }
    }

    /** Median nanoseconds per call of each target, rounds alternating between the targets. */
    private static double[] measure(String method, Object[] targets, int calls, int rounds) throws Throwable {
        Call[] perTarget = new Call[targets.length];
        for (int t = 0; t < targets.length; t++) {
            perTarget[t] = call(method, targets[t].getClass());
        }
        List<List<Double>> samples = new ArrayList<>();
        for (int t = 0; t < targets.length; t++) {
            samples.add(new ArrayList<>());
            time(perTarget[t], targets[t], calls); // warm-up
        }
        for (int round = 0; round < rounds; round++) {
            for (int t = 0; t < targets.length; t++) {
                samples.get(t).add(time(perTarget[t], targets[t], calls));
            }
        }
        double[] medians = new double[targets.length];
        for (int t = 0; t < targets.length; t++) {
            medians[t] = Median.of(samples.get(t));
        }
        return medians;
    }

    private static double time(Call call, Object target, int calls) throws Throwable {
        long total = 0;
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            total += call.run(target, i);
        }
        long elapsed = System.nanoTime() - start;
        sink += total;
        return (double) elapsed / calls;
    }

    private static Call call(String method, Class<?> type) throws ReflectiveOperationException {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        switch (method) {
            case "addInts": {
                MethodHandle h = lookup.findVirtual(type, method, MethodType.methodType(int.class, int.class, int.class))
                        .asType(MethodType.methodType(int.class, Object.class, int.class, int.class));
                return (target, i) -> (int) h.invokeExact(target, i, 1);
            }
            case "addLongs": {
                MethodHandle h = lookup.findVirtual(type, method, MethodType.methodType(long.class, long.class, long.class))
                        .asType(MethodType.methodType(long.class, Object.class, long.class, long.class));
                return (target, i) -> (long) h.invokeExact(target, (long) i, 1L);
            }
            case "addDoubles": {
                MethodHandle h = lookup.findVirtual(type, method,
                        MethodType.methodType(double.class, double.class, double.class))
                        .asType(MethodType.methodType(double.class, Object.class, double.class, double.class));
                return (target, i) -> (long) (double) h.invokeExact(target, (double) i, 0.5);
            }
            case "negate": {
                MethodHandle h = lookup.findVirtual(type, method, MethodType.methodType(boolean.class, boolean.class))
                        .asType(MethodType.methodType(boolean.class, Object.class, boolean.class));
                return (target, i) -> (boolean) h.invokeExact(target, (i & 1) == 0) ? 1 : 0;
            }
            case "echo": {
                MethodHandle h = lookup.findVirtual(type, method, MethodType.methodType(String.class, String.class))
                        .asType(MethodType.methodType(String.class, Object.class, String.class));
                return (target, i) -> ((String) h.invokeExact(target, "tea")).length();
            }
            default: {
                MethodHandle h = lookup.findVirtual(type, method, MethodType.methodType(List.class, String.class))
                        .asType(MethodType.methodType(List.class, Object.class, String.class));
                return (target, i) -> ((List<?>) h.invokeExact(target, "tea")).size();
            }
        }
    }
}

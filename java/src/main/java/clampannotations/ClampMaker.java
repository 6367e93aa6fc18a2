package clampannotations;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.python.compiler.CustomMaker;
import org.python.core.BytecodeLoader;
import org.python.core.Py;
import org.python.core.PyObject;
import org.python.core.PyProxy;

/**
 * Gives a clamped Python class a Java class with a chosen, stable name.
 *
 * <p>Outside a build, a class of that name already on the classpath (from a jar built earlier) is
 * reused: the {@code class} statement runs again whenever its module is imported, and a second
 * Java class of the same name would break field access and Spring's view of the bean. During a
 * build ({@link ClassCapture#isActive()}) the class is always generated afresh and its bytes are
 * kept for the jar, so a stale jar on the classpath can never stand in for the current sources.
 */
public final class ClampMaker extends CustomMaker {

    private final Members members;

    /**
     * {@code members} are what the Python class declares beyond Jython's proxy. They are written
     * whenever the class is generated, so the class defined in this process has them, not only the
     * one written to a jar.
     */
    public ClampMaker(Class<?> superclass, Class<?>[] interfaces, String pythonClass,
            String pythonModule, String javaClass, PyObject dict, Members members) {
        super(superclass, interfaces, pythonClass, pythonModule, javaClass, dict);
        this.members = members;
    }

    @Override
    public Class<?> makeClass() {
        if (!ClassCapture.isActive()) {
            Class<?> existing = findOnClasspath(myClass);
            if (existing != null) {
                return existing;
            }
        }
        byte[] bytes = rewrite(generate());
        ClassCapture.record(myClass, pythonModule, pythonClass, bytes);
        return BytecodeLoader.makeClass(myClass, javaBases(), bytes);
    }

    private byte[] generate() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            build(out);
        } catch (Exception e) {
            throw Py.JavaError(e);
        }
        return out.toByteArray();
    }

    private byte[] rewrite(byte[] bytes) {
        try {
            return MemberWriter.rewrite(bytes, members, pythonModule, pythonClass);
        } catch (NoClassDefFoundError e) {
            // Jars built by bdist_jar hold the generated classes, so only a class missing from them gets here.
            throw Py.TypeError(String.format("cannot generate the Java class of %s.%s: ASM"
                    + " (org.ow2.asm:asm and asm-tree 9) is not on the classpath (%s); add it, or build"
                    + " module %s into the jar with bdist_jar", pythonModule, pythonClass, e.getMessage(),
                    pythonModule));
        }
    }

    private List<Class<?>> javaBases() {
        List<Class<?>> bases = new ArrayList<>();
        if (superclass != null) {
            bases.add(superclass);
        }
        bases.addAll(Arrays.asList(interfaces));
        return bases;
    }

    private static Class<?> findOnClasspath(String name) {
        for (ClassLoader loader : candidateLoaders()) {
            Class<?> found;
            try {
                found = Class.forName(name, false, loader);
            } catch (ClassNotFoundException e) {
                continue;
            }
            if (!PyProxy.class.isAssignableFrom(found)) {
                throw Py.TypeError(String.format(
                        "cannot clamp to Java class %s: a class of that name is already on the"
                                + " classpath and was not generated from Python (loaded from %s)",
                        name, found.getProtectionDomain().getCodeSource()));
            }
            return found;
        }
        return null;
    }

    private static List<ClassLoader> candidateLoaders() {
        List<ClassLoader> loaders = new ArrayList<>();
        addIfNew(loaders, Thread.currentThread().getContextClassLoader());
        addIfNew(loaders, Py.getSystemState().getClassLoader());
        addIfNew(loaders, ClampMaker.class.getClassLoader());
        return loaders;
    }

    private static void addIfNew(List<ClassLoader> loaders, ClassLoader loader) {
        if (loader != null && !loaders.contains(loader)) {
            loaders.add(loader);
        }
    }
}

package clampannotations;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.python.compiler.Code;
import org.python.compiler.CustomMaker;
import org.python.core.Py;
import org.python.core.PyObject;
import org.python.core.imp;

/**
 * Gives a clamped Python class a Java class with a chosen, stable name.
 *
 * <p>The class is generated from the Python class's declarations ({@link Members}, class
 * annotations included) and defined through {@link GeneratedClasses}, so that it can name other
 * generated classes. When the Python module was imported from the jar that holds the class built
 * earlier, that class is used instead ({@code built}): the {@code class} statement runs again whenever
 * its module is imported, and a second Java class of the same name would break field access and
 * Spring's view of the bean. Deciding when the built class may stand in is the caller's business.
 */
public final class ClampMaker extends CustomMaker {

    /** {@link MemberWriter#rewrite}, named, not referred to: a jar on the class path may carry this class without it. */
    private static final GeneratorMethod REWRITER = new GeneratorMethod("clampannotations.MemberWriter", "rewrite",
            byte[].class, Members.class, String.class, String.class, Set.class);

    /**
     * The classes of the generator, by simple name: they use ASM, so what runs carries none of them (a
     * build leaves them out of the jars it writes). Python reads the list from here.
     */
    public static final List<String> GENERATOR = List.of("MemberWriter", "AnnotationWriter", "AnnotationTypeWriter",
            "InnerClasses", "LambdaReturns", "Primitive");

    /** The prefix of the name Jython's {@code ProxyMaker} gives the method that calls an inherited one. */
    static final String SUPER = "super__";

    private final Members members;
    private final Class<?> built;
    /** The functional interfaces the class's methods return, by internal name (see {@link LambdaReturns}). */
    private final Set<String> functionalReturns = new TreeSet<>();
    private byte[] bytes;

    /**
     * {@code members} are what the Python class declares beyond Jython's proxy, to generate its class
     * from; {@code built} is the class of that name to use instead of generating one (then
     * {@code members} are null), or null.
     */
    public ClampMaker(Class<?> superclass, Class<?>[] interfaces, String pythonClass,
            String pythonModule, String javaClass, PyObject dict, Members members, Class<?> built) {
        super(superclass, interfaces, pythonClass, pythonModule, javaClass, dict);
        this.members = members;
        this.built = built;
    }

    /**
     * Generates the class now, before Jython asks for it, so that one the class-file format cannot
     * hold is an {@link IllegalArgumentException} to the Python code that declares it: Jython would
     * pass on what {@link #makeClass()} throws as it is.
     */
    public void prepare() {
        if (built == null && bytes == null) {
            bytes = rewrite(generate());
        }
    }

    @Override
    public Class<?> makeClass() {
        if (built != null) {
            return built;
        }
        prepare();
        return define(myClass, bytes, javaBases(), pythonModule, pythonClass);
    }

    /**
     * Defines the generated class {@code name} ({@link GeneratedClasses#define}), which a running build
     * captures; outside a build, the program runs its Python sources and may start Spring on this thread
     * next, so the thread's context class loader is made to see it ({@link GeneratedClasses#serveThread()}).
     */
    static Class<?> define(String name, byte[] bytes, List<Class<?>> bases, String pythonModule, String pythonClass) {
        ClassCapture.record(name, pythonModule, pythonClass, bytes);
        Class<?> defined = GeneratedClasses.define(name, bytes, bases);
        if (!ClassCapture.isActive()) {
            GeneratedClasses.serveThread();
        }
        return defined;
    }

    /**
     * Jython overrides every Java method whose name the Python class defines; a Python method
     * overrides only the overloads it can take the arguments of ({@link Members#override}). Each other
     * overload keeps the implementation the class inherits, or stays abstract. A protected one is made
     * public, as for a name Python does not define; and as for an override, {@code super__name} calls
     * the inherited one: Jython runs {@code Formatter.format(self, value, 8)} through it.
     */
    @Override
    public void addMethod(Method method, int access) throws Exception {
        if (members.overrides(method)) {
            super.addMethod(method, access);
        } else if (!Modifier.isAbstract(access)) {
            Class<?> owner = method.getDeclaringClass();
            if (!owner.isInterface()) { // a default method: a class file of Jython's version cannot call it as super
                Class<?>[] parameters = method.getParameterTypes();
                addSuperMethod(SUPER + method.getName(), method.getName(), mapClass(owner), parameters,
                        method.getReturnType(), makeSig(method.getReturnType(), parameters), access);
            }
            if (Modifier.isProtected(method.getModifiers())) {
                addSuperMethod(method, access);
            }
        }
    }

    /**
     * Adds nothing: Jython's {@code ClassDictInit}, with the static method it calls for, would only put
     * {@code __supernames__}, which nothing reads, in the class's Python type. Spring's JDK proxies of a
     * bean implement every interface of its class, and Jython cannot make a Python type of a proxy class
     * that implements {@code ClassDictInit} without that method: the proxy's class, {@code type(proxy)}
     * and the proxy itself could not reach Python.
     */
    @Override
    public void addClassDictInit() {
    }

    /**
     * The class named {@code name} that Java would load from a jar or directory on its class path,
     * ignoring classes generated in this process, or null when there is none.
     */
    public static Class<?> findBuilt(String name) {
        for (ClassLoader loader : candidateLoaders()) {
            try {
                return Class.forName(name, false, loader);
            } catch (ClassNotFoundException e) {
                continue;
            }
        }
        return null;
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

    /** Notes the return types of the methods Jython writes to call Python: its overrides. */
    @Override
    public void callMethod(Code code, String name, Class<?>[] parameters, Class<?> ret, Class<?>[] exceptions)
            throws Exception {
        noteReturn(ret);
        super.callMethod(code, name, parameters, ret, exceptions);
    }

    private void noteReturn(Class<?> type) {
        if (type != null && FunctionType.of(type) != null) {
            functionalReturns.add(TypeSpec.internalName(type));
        }
    }

    private byte[] rewrite(byte[] bytes) {
        members.methods().forEach(method -> noteReturn(method.returns.raw()));
        return (byte[]) generate(REWRITER, bytes, members, pythonModule, pythonClass, functionalReturns);
    }

    /**
     * Whether classes can be generated here. What runs carries no generator (jars built by bdist_jar,
     * the runtime artifact): {@link MemberWriter}, {@link AnnotationTypeWriter} and ASM are a build's.
     */
    public static boolean canGenerate() {
        return REWRITER.method() != null;
    }

    /** Calls the generator's {@code method} with {@code arguments}; its exceptions are Python's. */
    static Object generate(GeneratorMethod method, Object... arguments) {
        try {
            return method.method().invoke(null, arguments);
        } catch (InvocationTargetException e) {
            throw Py.JavaError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw Py.JavaError(e);
        }
    }

    /**
     * A public static method of the generator, found from this class's loader, or else from Jython's
     * sys.path (the installed package's jar, beside ASM), where a jar on the class path gave this class
     * without it.
     */
    static final class GeneratorMethod {
        private final String className;
        private final String name;
        private final Class<?>[] parameters;

        GeneratorMethod(String className, String name, Class<?>... parameters) {
            this.className = className;
            this.name = name;
            this.parameters = parameters;
        }

        /** The method, or null when neither loader has its class with ASM. */
        Method method() {
            for (ClassLoader loader : new ClassLoader[] {ClampMaker.class.getClassLoader(),
                    imp.getSyspathJavaLoader()}) {
                try {
                    return Class.forName(className, true, loader).getMethod(name, parameters);
                } catch (ReflectiveOperationException | LinkageError e) { // absent, or ASM absent beside it
                    continue;
                }
            }
            return null;
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

    private static List<ClassLoader> candidateLoaders() {
        List<ClassLoader> loaders = new ArrayList<>();
        // Never the loaders of generated classes: the JVM would remember the class they gave first.
        addIfNew(loaders, GeneratedClasses.outside(Thread.currentThread().getContextClassLoader()));
        addIfNew(loaders, GeneratedClasses.outside(Py.getSystemState().getClassLoader()));
        addIfNew(loaders, ClampMaker.class.getClassLoader());
        return loaders;
    }

    private static void addIfNew(List<ClassLoader> loaders, ClassLoader loader) {
        if (loader != null && !loaders.contains(loader)) {
            loaders.add(loader);
        }
    }
}

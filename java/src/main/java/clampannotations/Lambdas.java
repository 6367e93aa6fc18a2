package clampannotations;

import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicBoolean;

import org.python.core.JyAttribute;
import org.python.core.Py;
import org.python.core.PyFunction;
import org.python.core.PyMethod;
import org.python.core.PyObject;
import org.python.core.adapter.PyObjectAdapter;

/**
 * Python callables (functions, methods, objects with {@code __call__}, classes) where Java expects a
 * functional interface, converted as javac converts a lambda: to any interface with one abstract
 * method whose parameters the callable can take (JLS 9.8), not only to the interfaces of one method
 * that Jython converts a function to. Such a lambda handed back to Python is the callable itself.
 *
 * <p>Jython has no hook for converting a Python object to a Java type, so each place that converts
 * asks here: the Java methods and constructors Python calls ({@link ReflectedCalls}), and what the
 * generated classes and typed members take from Python (constructor and method arguments, fields,
 * return values).
 */
public final class Lambdas {

    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private Lambdas() {
    }

    /**
     * Makes the Java methods and constructors of the classes {@code imported} already, and of every
     * Java class and object that reaches Python from now on, convert callables as lambdas; and the
     * lambdas made here reach Python as the callables they stand for.
     */
    public static void install(Class<?>[] imported) {
        if (INSTALLED.compareAndSet(false, true)) {
            Py.getAdapter().addPostClass(new Adapter());
        }
        for (Class<?> type : imported) {
            prepare(type);
        }
    }

    /**
     * Makes the Java methods and constructors of {@code type} (and of its superclasses and
     * interfaces) convert callables as lambdas when Python calls them. Once per class.
     */
    public static void prepare(Class<?> type) {
        ReflectedCalls.prepare(type);
    }

    /**
     * {@code value} as the Java type {@code type} for a typed member or generated method: a callable
     * as a lambda where {@code type} is a functional interface, anything else as Jython converts it;
     * a {@code TypeError} when it cannot be.
     */
    public static Object tojava(PyObject value, Class<?> type) {
        Object converted = convert(value, type, false);
        if (converted == Py.NoConversion) {
            FunctionType function = FunctionType.of(type);
            throw Py.TypeError(String.format("can't convert %s to %s%s", value.__repr__(), type.getName(),
                    function == null || !Callables.isCallable(value) ? ""
                            : ", whose method " + describe(function.method)));
        }
        return converted;
    }

    /** {@code values} as {@code types}, one by one, as {@link #tojava(PyObject, Class)} converts each. */
    static Object[] tojava(PyObject[] values, Class<?>[] types) {
        Object[] converted = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            converted[i] = tojava(values[i], types[i]);
        }
        return converted;
    }

    /**
     * {@code value} as {@code type}, or {@code Py.NoConversion}. A callable becomes a lambda where
     * {@code type} is a functional interface whose method it can take the arguments of, unless its Java
     * object is of that type already; with {@code jythonsOnly}, only where Jython would make a proxy
     * of its own (a function or bound method, an interface of one method name).
     */
    static Object convert(PyObject value, Class<?> type, boolean jythonsOnly) {
        FunctionType function = FunctionType.of(type);
        if (function == null || !Callables.isCallable(value)
                || type.isInstance(JyAttribute.getAttr(value, JyAttribute.JAVA_PROXY_ATTR))
                || jythonsOnly && !(function.jythonProxies && isJythonFunction(value))) {
            return value.__tojava__(type);
        }
        return Callables.accepts(value, function.arity()) ? Lambda.of(value, function) : Py.NoConversion;
    }

    private static boolean isJythonFunction(PyObject value) {
        return value instanceof PyFunction || value instanceof PyMethod && ((PyMethod) value).__self__ != null;
    }

    private static String describe(Method method) {
        int arity = method.getParameterCount();
        return method.getName() + " takes " + arity + (arity == 1 ? " argument" : " arguments");
    }

    /**
     * Sees every Java object that reaches Python past the adapters of Jython's own values (numbers,
     * strings, Python objects): a lambda made here becomes its callable again, and any other object's
     * class is prepared (Jython has no hook where it makes the Python type of a Java class).
     */
    private static final class Adapter implements PyObjectAdapter {
        @Override
        public boolean canAdapt(Object o) {
            if (Lambda.callableOf(o) != null) {
                return true;
            }
            ReflectedCalls.prepare(o.getClass());
            return false;
        }

        @Override
        public PyObject adapt(Object o) {
            return Lambda.callableOf(o);
        }
    }
}

package clampannotations;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;

import org.python.compiler.ProxyMaker;
import org.python.core.JyAttribute;
import org.python.core.Py;
import org.python.core.PyJavaType;
import org.python.core.PyObject;
import org.python.core.PyProxy;
import org.python.core.PySuper;
import org.python.core.PyType;
import org.python.core.imp;

/**
 * What the generated classes call at run time: construction that makes exactly one Java object per
 * Python object, and calls from typed Java methods into their Python methods.
 *
 * <p>Jython creates an object from Java by running the Python class, which makes a second Java
 * object through the no-argument constructor and throws it away; from Python it runs
 * {@code __init__} before any Java object exists. Clamped classes instead meet in the middle: the
 * Python class's {@code __new__} calls {@link #attach}, and every generated constructor calls
 * {@link #construct}. Whichever side starts, the other finds the object it must link to in a
 * thread-local, so one Java object and one Python object are made and linked before
 * {@code __init__} runs.
 *
 * <p>Static members reach the Python class as Jython's constructors do, by importing its module; the
 * generated class keeps what {@link #pythonClass} finds.
 */
public final class ClampRuntime {

    /** A Java constructor running {@link #construct}, waiting for the Python object to be created. */
    private static final ThreadLocal<PyProxy> JAVA_FIRST = new ThreadLocal<>();
    /** A Python object created by {@code __new__}, waiting for its Java object's constructor. */
    private static final ThreadLocal<PyObject> PYTHON_FIRST = new ThreadLocal<>();

    /**
     * Jython's record of the object a Python call of a Java proxy class is constructing (its
     * {@code ThreadContext.initializingProxy}, which Jython keeps to itself).
     */
    private static final ThreadLocal<Object[]> INITIALIZING = initializingProxy();
    /** {@code object.__new__}, as Python code reaches it. */
    private static final PyObject OBJECT_NEW = PyObject.TYPE.__getattr__("__new__");
    /** Java classes as Python sees them: {@code isinstance(x, java.lang.Class)}. */
    static final PyType JAVA_CLASS = PyType.fromClass(Class.class);

    private ClampRuntime() {
    }

    /**
     * Called by every constructor of a generated class once its superclass is constructed: links
     * {@code proxy} to the Python object being created, or creates it by calling the Python class
     * with {@code args}.
     */
    public static void construct(PyProxy proxy, String module, String pythonClass, Object[] args) {
        PyObject pending = PYTHON_FIRST.get();
        if (pending != null) {
            PYTHON_FIRST.remove();
            link(pending, proxy);
            return;
        }
        // Python code calling the Java class itself, as Java code would, gets what Java code gets: a
        // Java object whose Python object is an instance of the Python class. Jython would link the
        // Java object to the caller's Java-typed wrapper, which has none of the Python methods.
        Object[] initializing = INITIALIZING.get();
        Object wrapper = initializing[0];
        if (wrapper instanceof PyObject && ((PyObject) wrapper).getType() instanceof PyJavaType) {
            initializing[0] = null;
        }
        PyProxy previous = JAVA_FIRST.get();
        JAVA_FIRST.set(proxy);
        try {
            Py.initProxy(proxy, module, pythonClass, args); // calls the class, whose __new__ calls attach
        } finally {
            JAVA_FIRST.set(previous);
            initializing[0] = wrapper;
        }
    }

    /**
     * Called by the {@code __new__} of a clamped class with the new Python object: links it to the
     * Java object whose constructor is running, if any; otherwise, when the class declares a typed
     * constructor ({@code typed}, its Java class's only constructor), creates the Java object through
     * it with {@code args}. Otherwise Jython creates the Java object later, as it always does.
     */
    public static void attach(PyObject instance, PyObject[] args, boolean typed) {
        PyProxy constructing = JAVA_FIRST.get();
        if (constructing != null) {
            JAVA_FIRST.remove();
            link(instance, constructing);
            return;
        }
        if (!typed) {
            return;
        }
        Constructor<?> constructor = instance.getType().getProxyType().getConstructors()[0];
        Class<?>[] types = constructor.getParameterTypes();
        if (args.length != types.length) {
            throw Py.TypeError(String.format("%s() takes %d argument(s) (Java constructor %s), %d given",
                    instance.getType().fastGetName(), types.length, constructor, args.length));
        }
        Object[] javaArgs = Lambdas.tojava(args, types);
        PYTHON_FIRST.set(instance);
        try {
            constructor.newInstance(javaArgs);
        } catch (InvocationTargetException e) {
            throw Py.JavaError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw Py.JavaError(e);
        } finally {
            PYTHON_FIRST.remove();
        }
    }

    /**
     * The {@code __new__(cls, *args, **kwargs)} of clamped classes (of those that declare a typed
     * constructor if {@code typed}), a function of module {@code globals}: creates the Python object
     * as {@code object.__new__(cls)} and {@link #attach}es it, with the positional arguments.
     */
    public static PyObject newFunction(boolean typed, PyObject globals) {
        return new JavaCode("__new__", "cls") {
            @Override
            PyObject call(PyObject cls, PyObject[] args, String[] keywords) {
                PyObject instance = OBJECT_NEW.__call__(cls);
                PyObject[] positional = new PyObject[args.length - keywords.length];
                System.arraycopy(args, 0, positional, 0, positional.length);
                attach(instance, positional, typed);
                return instance;
            }
        }.function(globals);
    }

    /**
     * The {@code __init__(self, *args, **kwargs)} of the clamped class {@code cls} that defines none, a
     * function of module {@code globals}: runs the next {@code __init__} after {@code cls} in the
     * object's MRO, as Python's inherited one would, except the Java superclass's constructor once the
     * Java object exists (Jython would refuse to run it twice).
     */
    public static PyObject defaultInit(PyObject cls, PyObject globals) {
        return new JavaCode("__init__", "self") {
            @Override
            PyObject call(PyObject self, PyObject[] args, String[] keywords) {
                if (nextInitIsJava(cls, self) && hasJavaObject(self)) {
                    return Py.None;
                }
                PySuper.TYPE.__call__(cls, self).__getattr__("__init__").__call__(args, keywords);
                return Py.None;
            }
        }.function(globals);
    }

    /** Whether the first class after {@code cls} in the MRO of {@code self} that defines {@code __init__} is Java's. */
    private static boolean nextInitIsJava(PyObject cls, PyObject self) {
        PyObject[] mro = self.getType().getMro().getArray();
        int at = 0;
        while (at < mro.length && mro[at] != cls) {
            at++;
        }
        if (at == mro.length) {
            throw Py.ValueError("tuple.index(x): x not in list"); // as the MRO's index() says in Python
        }
        for (int i = at + 1; i < mro.length; i++) {
            if (mro[i].__getattr__("__dict__").__finditem__("__init__") != null) {
                return Py.isInstance(mro[i], JAVA_CLASS);
            }
        }
        return false; // never reached: object, last, has one
    }

    @SuppressWarnings("unchecked")
    private static ThreadLocal<Object[]> initializingProxy() {
        try {
            Field field = Class.forName("org.python.core.ThreadContext").getDeclaredField("initializingProxy");
            field.setAccessible(true);
            return (ThreadLocal<Object[]>) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this Jython has no ThreadContext.initializingProxy: Jython 2.7 "
                    + "is required", e);
        }
    }

    /** Whether {@code instance} has its Java object already. */
    public static boolean hasJavaObject(PyObject instance) {
        return JyAttribute.hasAttr(instance, JyAttribute.JAVA_PROXY_ATTR);
    }

    private static void link(PyObject instance, PyProxy proxy) {
        JyAttribute.setAttr(instance, JyAttribute.JAVA_PROXY_ATTR, proxy);
        proxy._setPyInstance(instance);
        proxy._setPySystemState(Py.getSystemState());
    }

    /**
     * Called by a typed method of a generated class: calls the Python method {@code name} of the
     * object behind {@code proxy}. Java exceptions the Python code raises reach the caller unchanged.
     */
    public static PyObject call(PyProxy proxy, String name, Object[] args) throws Throwable {
        PyObject method = VirtualCalls.function(proxy._getPyInstance(), name);
        if (method == null) {
            method = ProxyMaker.findPython(proxy, name); // an attribute of the object's own, say
        }
        if (method == null) {
            throw Py.AttributeError(String.format("'%s' object has no Python method '%s'",
                    proxy._getPyInstance().getType().fastGetName(), name));
        }
        return method._jcallexc(args);
    }

    /**
     * The Python class {@code pythonClass} of module {@code module}, which is imported if it is not yet:
     * called once per generated class that has static members, which keeps it.
     */
    public static PyObject pythonClass(String module, String pythonClass) {
        PyObject found = imp.importName(module.intern(), false).__findattr__(pythonClass.intern());
        if (!(found instanceof PyType)) {
            throw Py.TypeError(String.format("module %s has no class %s: Java reaches the static members of the"
                    + " clamped classes that their module defines at top level only", module, pythonClass));
        }
        return found;
    }

    /**
     * Called by a static method of a generated class: calls the Python static method (or class method,
     * given the class) {@code name} of {@code pythonClass}. Java exceptions the Python code raises reach
     * the caller unchanged.
     */
    public static PyObject callStatic(PyObject pythonClass, String name, Object[] args) throws Throwable {
        return pythonClass.__getattr__(name)._jcallexc(args);
    }

    /**
     * The attribute of a static field's class attribute that holds the value the class declares for it.
     * Named here only; Python reads the name from here (see {@code JavaFieldAttribute} in {@code _members.py}).
     */
    public static final String STATIC_VALUE = "static_value";

    /**
     * Called when Java initializes a generated class: the value that {@code pythonClass} declares for
     * its static field {@code name}.
     */
    public static PyObject staticValue(PyObject pythonClass, String name) {
        return ((PyType) pythonClass).lookup(name).__getattr__(STATIC_VALUE);
    }
}

package clampannotations;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.python.core.JyAttribute;
import org.python.core.Py;
import org.python.core.PyException;
import org.python.core.PyObject;

/**
 * Calls of typed methods made from Python, dispatched as Java dispatches {@code this.method()}.
 *
 * <p>Spring may make the Java object of a Python bean an instance of a subclass of the generated
 * class: the CGLIB subclass of a {@code @Configuration} class, whose {@code @Bean} methods return the
 * container's singletons. In Java, {@code this.otherBean()} then runs the subclass's method. A Python
 * method calling {@code self.other_bean()} gets the same: when the Java object's class is not the
 * generated class, the call goes to its Java method; otherwise (every other bean) to the Python
 * function, directly. The generated method calls the Python function through {@link #function}.
 */
public final class VirtualCalls {

    /**
     * The attribute of the class attribute that stands for a typed method: its Python function. Named
     * here only; Python reads the name from here (see {@code _TypedMethod} in {@code _proxy.py}).
     */
    public static final String FUNCTION = "python_function";

    private VirtualCalls() {
    }

    /** What {@code instance.name} is for Python, {@code function} being the typed method's Python function. */
    public static PyObject bound(PyObject instance, PyObject function, String name) {
        Object java = JyAttribute.getAttr(instance, JyAttribute.JAVA_PROXY_ATTR);
        Class<?> generated = instance.getType().getProxyType();
        if (java == null || java.getClass() == generated) {
            return function.__get__(instance, instance.getType());
        }
        return new JavaCall(java, typedMethods(generated, name));
    }

    /**
     * The Python function that the generated typed method {@code name} of {@code instance} runs, bound
     * to it, or null when the class attribute is not a typed method's.
     */
    static PyObject function(PyObject instance, String name) {
        PyObject attribute = instance.getType().lookup(name);
        PyObject function = attribute == null ? null : attribute.__findattr__(FUNCTION);
        return function == null ? null : function.__get__(instance, instance.getType());
    }

    /** The methods {@code name} of the generated class (typed overloads, overrides), in a stable order. */
    private static List<Method> typedMethods(Class<?> generated, String name) {
        List<Method> methods = new ArrayList<>();
        for (Method method : generated.getDeclaredMethods()) {
            if (method.getName().equals(name)) {
                methods.add(method);
            }
        }
        if (methods.isEmpty()) {
            throw Py.AttributeError(generated.getName() + " declares no method " + name);
        }
        methods.sort(Comparator.comparing(Method::toString));
        return methods;
    }

    /**
     * A typed method of a Java object, called from Python with Python arguments: of the overloads, the
     * first whose parameters take them, as Jython calls a Java method.
     */
    private static final class JavaCall extends PyObject {
        private static final long serialVersionUID = 1L;

        private final transient Object target;
        private final transient List<Method> overloads;

        JavaCall(Object target, List<Method> overloads) {
            this.target = target;
            this.overloads = overloads;
        }

        @Override
        public PyObject __call__(PyObject[] args, String[] keywords) {
            if (keywords.length == 0) {
                for (Method method : overloads) {
                    Object[] javaArgs = converted(args, method.getParameterTypes());
                    if (javaArgs != null) {
                        return invoke(method, javaArgs);
                    }
                }
            }
            throw Py.TypeError(String.format("%s() takes arguments given by position that one of its Java methods"
                    + " takes (%s), got %d", overloads.get(0).getName(), overloads, args.length));
        }

        /** {@code args} as the Java values of {@code types}, or null when they are not all such values. */
        private static Object[] converted(PyObject[] args, Class<?>[] types) {
            if (args.length != types.length) {
                return null;
            }
            Object[] javaArgs = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                javaArgs[i] = Lambdas.convert(args[i], types[i], false); // a callable may be a lambda
                if (javaArgs[i] == Py.NoConversion) {
                    return null;
                }
            }
            return javaArgs;
        }

        private PyObject invoke(Method method, Object[] javaArgs) {
            try {
                return Py.java2py(method.invoke(target, javaArgs));
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof PyException) {
                    throw (PyException) e.getCause();
                }
                throw Py.JavaError(e.getCause());
            } catch (IllegalAccessException e) {
                throw Py.JavaError(e);
            }
        }
    }
}

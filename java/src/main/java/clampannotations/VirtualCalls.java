package clampannotations;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

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

    /** The attribute of the class attribute that stands for a typed method: its Python function. */
    static final String FUNCTION = "python_function";

    private VirtualCalls() {
    }

    /** What {@code instance.name} is for Python, {@code function} being the typed method's Python function. */
    public static PyObject bound(PyObject instance, PyObject function, String name) {
        Object java = JyAttribute.getAttr(instance, JyAttribute.JAVA_PROXY_ATTR);
        Class<?> generated = instance.getType().getProxyType();
        if (java == null || java.getClass() == generated) {
            return function.__get__(instance, instance.getType());
        }
        return new JavaCall(java, typedMethod(generated, name));
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

    private static Method typedMethod(Class<?> generated, String name) {
        for (Method method : generated.getDeclaredMethods()) {
            if (method.getName().equals(name)) {
                return method; // typed methods are one per name
            }
        }
        throw Py.AttributeError(generated.getName() + " declares no method " + name);
    }

    /** A typed method of a Java object, called from Python with Python arguments. */
    private static final class JavaCall extends PyObject {
        private static final long serialVersionUID = 1L;

        private final transient Object target;
        private final transient Method method;

        JavaCall(Object target, Method method) {
            this.target = target;
            this.method = method;
        }

        @Override
        public PyObject __call__(PyObject[] args, String[] keywords) {
            Class<?>[] types = method.getParameterTypes();
            if (keywords.length > 0 || args.length != types.length) {
                throw Py.TypeError(String.format("%s() takes %d argument(s) given by position (Java method %s),"
                        + " got %d", method.getName(), types.length, method, args.length));
            }
            try {
                return Py.java2py(method.invoke(target, Lambdas.tojava(args, types)));
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

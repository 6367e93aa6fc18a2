package clampannotations;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import org.python.core.Py;
import org.python.core.PyObject;

/**
 * A Python callable as Java sees a lambda: an object of its functional interface whose abstract
 * method calls the callable, whose default methods run the interface's own code, and which is equal
 * only to itself. Handed back to Python, it is the callable again (see {@link Lambdas#install}).
 *
 * <p>Jython's own proxy of a function runs a default method on the function object, which fails,
 * and compares and hashes the function rather than itself.
 */
final class Lambda implements InvocationHandler {

    private final PyObject callable;

    private Lambda(PyObject callable) {
        this.callable = callable;
    }

    /** {@code callable} as an object of {@code type}'s interface. */
    static Object of(PyObject callable, FunctionType type) {
        return Proxy.newProxyInstance(type.type.getClassLoader(), new Class<?>[] {type.type}, new Lambda(callable));
    }

    /** The Python callable that {@code object} stands for, or null when it is no such lambda. */
    static PyObject callableOf(Object object) {
        if (object instanceof Proxy) {
            InvocationHandler handler = Proxy.getInvocationHandler(object);
            return handler instanceof Lambda ? ((Lambda) handler).callable : null;
        }
        return null;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) { // equals, hashCode, toString: a lambda's own
            switch (method.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                default:
                    return callable.__repr__().toString();
            }
        }
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        PyObject result;
        try {
            result = callable._jcallexc(args == null ? Py.EmptyObjects : args);
        } catch (Throwable t) {
            throw declaredOrJython(t, method);
        }
        return method.getReturnType() == void.class ? null : Lambdas.tojava(result, method.getReturnType());
    }

    /**
     * What an exception raised by the callable is to the caller, as for a Python method overriding a
     * Java one: unchecked and declared exceptions as they are, others as Jython's {@code PyException}.
     */
    private static Throwable declaredOrJython(Throwable t, Method method) {
        if (t instanceof RuntimeException || t instanceof Error) {
            return t;
        }
        for (Class<?> declared : method.getExceptionTypes()) {
            if (declared.isInstance(t)) {
                return t;
            }
        }
        return Py.JavaError(t);
    }
}

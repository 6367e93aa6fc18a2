package clampannotations;

import org.python.core.PyBaseCode;
import org.python.core.PyFunction;
import org.python.core.PyMethod;
import org.python.core.PyObject;
import org.python.core.PyType;

/**
 * The Python objects that may stand where Java expects a lambda, and how many positional arguments
 * they take: javac matches a lambda to an interface by the number of its parameters, and so do we.
 */
final class Callables {

    private Callables() {
    }

    /** Whether {@code value} is a function, method, class or object that Python can call. */
    static boolean isCallable(PyObject value) {
        return value instanceof PyFunction || value instanceof PyMethod || value.isCallable();
    }

    /**
     * Whether {@code callable} can be called with {@code count} positional arguments. Builtins and
     * classes, whose parameters Jython does not describe, are taken to accept any number.
     */
    static boolean accepts(PyObject callable, int count) {
        if (callable instanceof PyMethod) {
            PyMethod method = (PyMethod) callable;
            return accepts(method.__func__, method.__self__ == null ? count : count + 1);
        }
        if (callable instanceof PyFunction) {
            PyFunction function = (PyFunction) callable;
            if (!(function.__code__ instanceof PyBaseCode)) {
                return true;
            }
            PyBaseCode code = (PyBaseCode) function.__code__;
            int defaults = function.__defaults__ == null ? 0 : function.__defaults__.length;
            return count >= code.co_argcount - defaults && (count <= code.co_argcount || code.varargs);
        }
        if (callable instanceof PyType) {
            return true;
        }
        PyObject call = callable.getType().lookup("__call__");
        return !(call instanceof PyFunction) || accepts(call, count + 1); // self is the object
    }
}

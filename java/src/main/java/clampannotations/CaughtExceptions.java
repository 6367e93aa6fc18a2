package clampannotations;

import org.python.core.JyAttribute;
import org.python.core.Py;
import org.python.core.PyException;
import org.python.core.PyObject;
import org.python.core.PyProxy;

/**
 * Gives Python's {@code except} clauses the Python object of an exception that Python raised and Java
 * threw back.
 *
 * <p>Raised in Python, an object of a clamped class with a Java exception base reaches Java as its Java
 * object. When Java code that Python called throws that object (rethrowing what it caught, say), Jython
 * hands Python a new wrapper of the Java object, typed by the Java class, which {@code except OutOfStock}
 * does not catch, where Java's {@code catch (OutOfStock e)} would. Between making that wrapper and
 * binding {@code e}, Jython runs Python code in one place only: the {@code __subclasscheck__} of the
 * metaclass of the class an {@code except} clause names, clamp_base's for a clamped class. It calls
 * {@link #pythonType}, which puts the Python object back into the exception being handled.
 */
public final class CaughtExceptions {

    private CaughtExceptions() {
    }

    /**
     * {@code type}, unless it is the type of the exception being handled: then that exception's type,
     * once its value, when that is a wrapper of the Java object of a Python object, has been replaced
     * by the Python object, and its type by the Python object's.
     */
    public static PyObject pythonType(PyObject type) {
        PyException handled = Py.getThreadState().exception;
        if (handled == null || handled.type != type) {
            return type;
        }
        Object java = JyAttribute.getAttr(handled.value, JyAttribute.JAVA_PROXY_ATTR);
        PyObject python = java instanceof PyProxy ? ((PyProxy) java)._getPyInstance() : null;
        // Its own Python object only: a Spring proxy forwards _getPyInstance() to the object behind it.
        if (python != null && JyAttribute.getAttr(python, JyAttribute.JAVA_PROXY_ATTR) == java) {
            handled.value = python;
            handled.type = python.getType();
        }
        return handled.type;
    }
}

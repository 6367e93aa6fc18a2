package clampannotations;

import org.python.core.PyObject;

/**
 * A callable given to a Java method or constructor, standing in for it while Jython matches the
 * arguments to an overload: Jython asks each argument to convert itself to a parameter's type, and
 * this one converts as {@link Lambdas#convert} does. The lambda made for a type is kept, so that
 * trying several overloads makes one object per argument.
 */
final class LambdaArgument extends PyObject {
    private static final long serialVersionUID = 1L;

    private final transient PyObject callable;
    private final boolean jythonsOnly;
    private transient Class<?> madeFor;
    private transient Object made;

    private LambdaArgument(PyObject callable, boolean jythonsOnly) {
        this.callable = callable;
        this.jythonsOnly = jythonsOnly;
    }

    /** Whether {@code arg} is a callable, or stands for one: an argument that may become a lambda. */
    static boolean isCandidate(PyObject arg) {
        return arg instanceof LambdaArgument || Callables.isCallable(arg);
    }

    /**
     * {@code args} with each callable among the first {@code positional} (keyword values stay as they
     * are) standing in for itself; with {@code jythonsOnly}, lambdas only where Jython would convert.
     */
    static PyObject[] standIn(PyObject[] args, int positional, boolean jythonsOnly) {
        PyObject[] standing = args.clone();
        for (int i = 0; i < positional; i++) {
            PyObject arg = args[i] instanceof LambdaArgument ? ((LambdaArgument) args[i]).callable : args[i];
            if (Callables.isCallable(arg)) {
                standing[i] = new LambdaArgument(arg, jythonsOnly);
            }
        }
        return standing;
    }

    @Override
    public Object __tojava__(Class<?> type) {
        if (type != madeFor) {
            made = Lambdas.convert(callable, type, jythonsOnly);
            madeFor = type;
        }
        return made;
    }
}

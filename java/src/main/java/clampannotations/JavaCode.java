package clampannotations;

import org.python.core.Py;
import org.python.core.PyCode;
import org.python.core.PyFrame;
import org.python.core.PyFunction;
import org.python.core.PyObject;
import org.python.core.ThreadState;

/**
 * The code of a Python function whose body is Java, taking {@code (first, *args, **kwargs)}: a
 * {@link PyFunction} of it binds, names itself and is called as one written in Python, without a
 * frame, or a compiled Python function that each class's closure would run, the JIT then compiling
 * it (see {@link ClampRuntime#newFunction} and {@link ClampRuntime#defaultInit}).
 */
abstract class JavaCode extends PyCode {

    private static final long serialVersionUID = 1L;

    private final String first;

    JavaCode(String name, String first) {
        co_name = name;
        this.first = first;
    }

    /** The function of this code, whose {@code __module__} is {@code globals}' {@code __name__}. */
    PyFunction function(PyObject globals) {
        return new PyFunction(globals, null, this);
    }

    /** The body: {@code first}, then {@code args} of which the last {@code keywords.length} are keywords'. */
    abstract PyObject call(PyObject first, PyObject[] args, String[] keywords);

    private PyObject bind(PyObject[] args, String[] keywords) {
        int positional = args.length - keywords.length;
        if (positional > 0) {
            for (String keyword : keywords) {
                if (keyword.equals(first)) {
                    throw Py.TypeError(String.format("%s() got multiple values for keyword argument '%s'", co_name,
                            first));
                }
            }
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return call(args[0], rest, keywords);
        }
        for (int i = 0; i < keywords.length; i++) { // the first parameter given by its name, as Python allows
            if (keywords[i].equals(first)) {
                PyObject[] rest = new PyObject[args.length - 1];
                String[] restKeywords = new String[keywords.length - 1];
                System.arraycopy(args, 0, rest, 0, i);
                System.arraycopy(args, i + 1, rest, i, rest.length - i);
                System.arraycopy(keywords, 0, restKeywords, 0, i);
                System.arraycopy(keywords, i + 1, restKeywords, i, restKeywords.length - i);
                return call(args[i], rest, restKeywords);
            }
        }
        throw Py.TypeError(String.format("%s() takes at least 1 argument (0 given)", co_name));
    }

    @Override
    public PyObject call(ThreadState state, PyFrame frame, PyObject closure) {
        throw Py.TypeError(co_name + "() is Java: it runs in no frame");
    }

    @Override
    public PyObject call(ThreadState state, PyObject[] args, String[] keywords, PyObject globals,
            PyObject[] defaults, PyObject closure) {
        return bind(args, keywords);
    }

    @Override
    public PyObject call(ThreadState state, PyObject self, PyObject[] args, String[] keywords, PyObject globals,
            PyObject[] defaults, PyObject closure) {
        return call(self, args, keywords);
    }

    @Override
    public PyObject call(ThreadState state, PyObject globals, PyObject[] defaults, PyObject closure) {
        return bind(Py.EmptyObjects, Py.NoKeywords);
    }

    @Override
    public PyObject call(ThreadState state, PyObject arg1, PyObject globals, PyObject[] defaults,
            PyObject closure) {
        return call(arg1, Py.EmptyObjects, Py.NoKeywords);
    }

    @Override
    public PyObject call(ThreadState state, PyObject arg1, PyObject arg2, PyObject globals, PyObject[] defaults,
            PyObject closure) {
        return call(arg1, new PyObject[] {arg2}, Py.NoKeywords);
    }

    @Override
    public PyObject call(ThreadState state, PyObject arg1, PyObject arg2, PyObject arg3, PyObject globals,
            PyObject[] defaults, PyObject closure) {
        return call(arg1, new PyObject[] {arg2, arg3}, Py.NoKeywords);
    }

    @Override
    public PyObject call(ThreadState state, PyObject arg1, PyObject arg2, PyObject arg3, PyObject arg4,
            PyObject globals, PyObject[] defaults, PyObject closure) {
        return call(arg1, new PyObject[] {arg2, arg3, arg4}, Py.NoKeywords);
    }
}

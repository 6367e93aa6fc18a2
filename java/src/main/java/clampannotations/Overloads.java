package clampannotations;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.python.core.Py;
import org.python.core.PyObject;
import org.python.core.PyReflectedConstructor;
import org.python.core.PyReflectedFunction;
import org.python.core.ReflectedArgs;

/**
 * The overloads of one Java method (or the constructors of one class) of which some take a functional
 * interface, and how a call from Python with callables among its arguments picks one.
 *
 * <p>First as Jython picks, with its conversions, which keeps every choice Jython makes: only a
 * function or bound method converts, only to an interface Jython converts it to, but to a lambda
 * made here, and never to a method that takes another number of arguments than the callable does.
 * When Jython finds no overload, as javac would: an overload is applicable when every callable
 * converts to its parameter's functional interface (the method takes as many arguments as the
 * callable can) and every other argument converts as Jython converts it; overloads without varargs
 * come first; of the applicable ones the most specific is called, and two or more of which none is
 * more specific are a {@code TypeError}, where javac says that the reference is ambiguous.
 */
final class Overloads {

    /** The Jython object (method or constructor) whose overloads these are. */
    interface Reflected {
        /** Jython's own call, which throws {@link NoOverload} when no overload takes the arguments. */
        PyObject jythonCall(PyObject self, PyObject[] args, String[] keywords);
    }

    /** Jython found no overload for a call; {@link #raise} raises Jython's {@code TypeError} that says so. */
    static final class NoOverload extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient Runnable jythonsError;

        NoOverload(Runnable jythonsError) {
            super(null, null, false, false); // control flow: no stack trace
            this.jythonsError = jythonsError;
        }

        void raise() {
            jythonsError.run();
        }
    }

    private final String name;
    private final boolean constructors;
    private final ReflectedArgs[] functional;
    /** For each of {@link #functional}, a Jython object of that overload alone, to call it. */
    private final PyReflectedFunction[] alone;

    private Overloads(String name, boolean constructors, ReflectedArgs[] functional) {
        this.name = name;
        this.constructors = constructors;
        this.functional = functional;
        this.alone = new PyReflectedFunction[functional.length];
        for (int i = 0; i < functional.length; i++) {
            alone[i] = constructors ? new PyReflectedConstructor((Constructor<?>) functional[i].method)
                    : new PyReflectedFunction((Method) functional[i].method);
        }
    }

    /**
     * The overloads of {@code function} if some take a functional interface, and all take Java
     * arguments (not Jython's {@code PyObject[]} forms, which would see the stand-ins); otherwise null.
     */
    static Overloads of(PyReflectedFunction function) {
        List<ReflectedArgs> functional = new ArrayList<>();
        for (int i = 0; i < function.nargs; i++) {
            ReflectedArgs overload = function.argslist[i];
            if (overload.flags != ReflectedArgs.StandardCall) {
                return null;
            }
            if (Arrays.stream(overload.args).anyMatch(type -> FunctionType.of(type) != null
                    || type.isArray() && FunctionType.of(type.getComponentType()) != null)) {
                functional.add(overload);
            }
        }
        return functional.isEmpty() ? null : new Overloads(function.__name__,
                function instanceof PyReflectedConstructor, functional.toArray(new ReflectedArgs[0]));
    }

    /**
     * These overloads, once {@code replacement} describes them as Jython's {@code original} does (its
     * name, documentation and overloads), to stand in its place.
     */
    Overloads describing(PyReflectedFunction original, PyReflectedFunction replacement) {
        replacement.__doc__ = original.__doc__;
        replacement.__module__ = original.__module__;
        replacement.argslist = original.argslist.clone();
        replacement.nargs = original.nargs;
        return this;
    }

    /** Calls one of the overloads of {@code jython}, chosen as described above. */
    PyObject call(Reflected jython, PyObject self, PyObject[] args, String[] keywords) {
        int positional = args.length - keywords.length;
        boolean callables = false;
        for (int i = 0; i < positional && !callables; i++) {
            callables = LambdaArgument.isCandidate(args[i]);
        }
        NoOverload none;
        try {
            return jython.jythonCall(self, callables ? LambdaArgument.standIn(args, positional, true) : args,
                    keywords);
        } catch (NoOverload e) {
            none = e;
        }
        PyObject[] lambdas = LambdaArgument.standIn(args, positional, false);
        PyReflectedFunction chosen = callables && (constructors || keywords.length == 0)
                ? choose(self, lambdas, positional) : null;
        if (chosen == null) {
            none.raise();
        }
        return chosen.__call__(self, lambdas, keywords);
    }

    /** The applicable overload javac would call, null if none, a TypeError if ambiguous. */
    private PyReflectedFunction choose(PyObject self, PyObject[] args, int positional) {
        List<Integer> fixed = new ArrayList<>();
        List<Integer> varargs = new ArrayList<>();
        for (int i = 0; i < functional.length; i++) {
            if (applicable(functional[i], self, args, positional)) {
                (functional[i].isVarArgs ? varargs : fixed).add(i);
            }
        }
        List<Integer> phase = fixed.isEmpty() ? varargs : fixed;
        List<Integer> maximal = new ArrayList<>();
        for (int candidate : phase) {
            if (phase.stream().noneMatch(other -> strictlyMoreSpecific(other, candidate, self, positional))) {
                maximal.add(candidate);
            }
        }
        if (maximal.size() > 1) {
            throw Py.TypeError(String.format("%s(): reference to %s is ambiguous, both %s and %s match", name,
                    name, describe(functional[maximal.get(0)]), describe(functional[maximal.get(1)])));
        }
        return maximal.isEmpty() ? null : alone[maximal.get(0)];
    }

    /** Whether {@code overload} takes these arguments, converted as they convert themselves. */
    private boolean applicable(ReflectedArgs overload, PyObject self, PyObject[] args, int positional) {
        int first = receiverArgs(overload, self);
        if (first > positional) {
            return false;
        }
        PyObject receiver = first == 1 ? args[0] : self;
        if (!constructors && !overload.isStatic
                && receiver.__tojava__(overload.declaringClass) == Py.NoConversion) {
            return false;
        }
        int count = positional - first;
        int parameters = overload.args.length;
        if (overload.isVarArgs ? count < parameters - 1 : count != parameters) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (args[first + i].__tojava__(typeAt(overload, i)) == Py.NoConversion) {
                return false;
            }
        }
        return true;
    }

    /** How many of the arguments are the receiver: one for an instance method called on its class. */
    private int receiverArgs(ReflectedArgs overload, PyObject self) {
        return !constructors && !overload.isStatic && self == null ? 1 : 0;
    }

    /** The type the argument at {@code index} (receiver aside) converts to: varargs are their component. */
    private static Class<?> typeAt(ReflectedArgs overload, int index) {
        Class<?>[] types = overload.args;
        return overload.isVarArgs && index >= types.length - 1 ? types[types.length - 1].getComponentType()
                : types[index];
    }

    /** JLS 15.12.2.5: {@code a}'s parameters are subtypes of {@code b}'s for these arguments, not the reverse. */
    private boolean strictlyMoreSpecific(int a, int b, PyObject self, int positional) {
        return moreSpecific(functional[a], functional[b], self, positional)
                && !moreSpecific(functional[b], functional[a], self, positional);
    }

    private boolean moreSpecific(ReflectedArgs a, ReflectedArgs b, PyObject self, int positional) {
        int first = receiverArgs(a, self);
        if (first != receiverArgs(b, self)) {
            return false;
        }
        for (int i = 0; i < positional - first; i++) {
            if (!isSubtype(typeAt(a, i), typeAt(b, i))) {
                return false;
            }
        }
        return true;
    }

    /** Java's subtyping, primitive widening included (JLS 4.10). */
    private static boolean isSubtype(Class<?> s, Class<?> t) {
        if (s.isPrimitive() != t.isPrimitive()) {
            return false;
        }
        if (!s.isPrimitive() || s == t) {
            return t.isAssignableFrom(s);
        }
        String widening = s == char.class ? "CIJFD" : "BSIJFD";
        int from = widening.indexOf(TypeSpec.descriptor(s));
        return from >= 0 && widening.indexOf(TypeSpec.descriptor(t)) > from;
    }

    private static String describe(ReflectedArgs overload) {
        Executable executable = (Executable) overload.method;
        return executable.getDeclaringClass().getName()
                + (executable instanceof Constructor ? "" : "." + executable.getName())
                + Arrays.stream(executable.getParameterTypes()).map(Class::getTypeName)
                        .collect(Collectors.joining(", ", "(", ")"));
    }
}

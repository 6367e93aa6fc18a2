package clampannotations;

import java.lang.reflect.Method;
import java.util.Map;

import org.python.core.PyJavaType;
import org.python.core.PyObject;
import org.python.core.PyReflectedConstructor;
import org.python.core.PyReflectedFunction;
import org.python.core.PyStringMap;
import org.python.core.PyType;

/**
 * The Java methods and constructors that Python calls, made to convert callables as lambdas.
 *
 * <p>Jython puts a {@code PyReflectedFunction} (a {@code PyReflectedConstructor} for {@code __init__})
 * in the dictionary of the Python type of each Java class, holding every overload of a name, and
 * converts the arguments of a call there. Once per class, the type and its bases get, in place of each
 * that has an overload taking a functional interface, one of the same overloads that picks among them
 * as {@link Overloads} says. Calls without callables among their arguments run as before.
 */
final class ReflectedCalls {

    private static final ClassValue<Boolean> PREPARED = new ClassValue<Boolean>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            PyType pyType = PyType.fromClass(type);
            for (PyObject base : pyType.getMro().getArray()) {
                if (base != pyType && base instanceof PyJavaType) {
                    PREPARED.get(((PyType) base).getProxyType());
                }
            }
            if (pyType instanceof PyJavaType) {
                replaceOverloads(pyType);
            }
            return Boolean.TRUE;
        }
    };

    /** Jython's {@code PyType.invalidateMethodCache()}: a type's lookups are cached until it is changed. */
    private static final Method INVALIDATE = invalidateMethodCache();

    private ReflectedCalls() {
    }

    static void prepare(Class<?> type) {
        PREPARED.get(type);
    }

    private static void replaceOverloads(PyType type) {
        Map<Object, PyObject> dict = ((PyStringMap) type.fastGetDict()).getMap();
        boolean replaced = false;
        for (Map.Entry<Object, PyObject> entry : dict.entrySet()) {
            PyObject value = entry.getValue();
            Overloads overloads = value.getClass() == PyReflectedFunction.class
                    || value.getClass() == PyReflectedConstructor.class ? Overloads.of((PyReflectedFunction) value)
                            : null;
            if (overloads != null) {
                entry.setValue(value instanceof PyReflectedConstructor
                        ? new OverloadedConstructor((PyReflectedConstructor) value, overloads)
                        : new OverloadedMethod((PyReflectedFunction) value, overloads));
                replaced = true;
            }
        }
        if (replaced) {
            try {
                INVALIDATE.invoke(type);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Method invalidateMethodCache() {
        try {
            Method method = PyType.class.getDeclaredMethod("invalidateMethodCache");
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("this Jython has no PyType.invalidateMethodCache(): Jython 2.7 is "
                    + "required", e);
        }
    }

    /**
     * A Java method's overloads, as Python sees them on its class. (Public, as Jython's own is: Jython
     * describes the types of public classes only, and a method must be a descriptor to bind.)
     */
    public static final class OverloadedMethod extends PyReflectedFunction implements Overloads.Reflected {
        private static final long serialVersionUID = 1L;

        private final transient Overloads overloads;

        OverloadedMethod(PyReflectedFunction original, Overloads overloads) {
            super(original.__name__);
            this.overloads = overloads.describing(original, this);
        }

        @Override
        public PyObject __call__(PyObject self, PyObject[] args, String[] keywords) {
            return overloads.call(this, self, args, keywords);
        }

        @Override
        public PyObject jythonCall(PyObject self, PyObject[] args, String[] keywords) {
            return super.__call__(self, args, keywords);
        }

        @Override
        protected void throwError(int errArg, int nArgs, boolean self, boolean keywords) {
            throw new Overloads.NoOverload(() -> super.throwError(errArg, nArgs, self, keywords));
        }

        @Override
        public PyReflectedFunction copy() { // Jython copies a method called on its class
            return new OverloadedMethod(this, overloads);
        }
    }

    /** A Java class's constructors, as Python sees them in its {@code __init__}. */
    public static final class OverloadedConstructor extends PyReflectedConstructor implements Overloads.Reflected {
        private static final long serialVersionUID = 1L;

        private final transient Overloads overloads;

        OverloadedConstructor(PyReflectedConstructor original, Overloads overloads) {
            super(original.__name__);
            this.overloads = overloads.describing(original, this);
        }

        @Override
        public PyObject __call__(PyObject self, PyObject[] args, String[] keywords) {
            Class<?> proxy = self == null ? null : self.getType().getProxyType();
            if (proxy != null) {
                prepare(proxy); // a Python subclass: Jython calls its Java class's constructors
            }
            return overloads.call(this, self, args, keywords);
        }

        @Override
        public PyObject jythonCall(PyObject self, PyObject[] args, String[] keywords) {
            return super.__call__(self, args, keywords);
        }

        @Override
        protected void throwError(int errArg, int nArgs, boolean self, boolean keywords) {
            throw new Overloads.NoOverload(() -> super.throwError(errArg, nArgs, self, keywords));
        }
    }
}

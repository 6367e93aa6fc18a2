package clampannotations;

import org.python.core.Py;
import org.python.core.PyObject;
import org.python.core.PyType;
import org.python.core.adapter.ClassAdapter;

/**
 * Lets Python code see every Java annotation type through a callback, once, as it is first handed
 * to Python.
 *
 * <p>Jython turns a {@code java.lang.Class} into its Python type in one place, the class adapter of
 * {@link Py#getAdapter()}; {@code from pkg import Annotation} and {@code pkg.Annotation} both go
 * through it. Replacing that adapter is how an annotation type becomes usable as a decorator however
 * it is reached, at the cost of one {@code isAnnotation()} test per class conversion.
 */
public final class AnnotationTypeHook extends ClassAdapter {

    /** Computed once per annotation type: the callback runs on first sight only. */
    private final ClassValue<Boolean> announced;

    private AnnotationTypeHook(PyObject onAnnotationType) {
        super(Class.class);
        this.announced = new ClassValue<Boolean>() {
            @Override
            protected Boolean computeValue(Class<?> type) {
                onAnnotationType.__call__(PyType.fromClass(type, false));
                return Boolean.TRUE;
            }
        };
    }

    /**
     * Calls {@code onAnnotationType} with the Python type of each Java annotation type that reaches
     * Python from now on. Installing again replaces the previous callback.
     */
    public static void install(PyObject onAnnotationType) {
        Py.getAdapter().add(new AnnotationTypeHook(onAnnotationType));
    }

    @Override
    public PyObject adapt(Object o) {
        Class<?> type = (Class<?>) o;
        if (type.isAnnotation()) {
            announced.get(type);
        }
        PyType pyType = PyType.fromClass(type, false);
        Lambdas.prepare(type); // its static methods and constructors take callables as lambdas
        return pyType;
    }
}

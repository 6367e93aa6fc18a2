package clampannotations;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.python.core.Py;
import org.python.core.PyJavaPackage;
import org.python.core.PyList;
import org.python.core.PyObject;

/**
 * The Java classes that the Python modules imported so far hold, or reach through Java packages: those
 * that reached Python before {@code clamp_annotations} installed its hooks.
 *
 * <p>Walked in Java, at every start, because of what Python code pays for it: asked for an attribute it
 * does not hold, a Java package looks for a class of that name with every class loader, so {@code
 * isinstance(package, Class)} (which reads {@code __class__}) and {@code package.__dict__} each cost
 * two failed class look-ups per package. Here a package's names are read from its {@code __dict__}
 * field, and only other values are asked whether they are classes.
 */
public final class ImportedClasses {

    private ImportedClasses() {
    }

    /**
     * The values that are Java classes ({@code isinstance(value, Class)}), in the namespaces of the
     * modules of {@code modules} ({@code sys.modules}) and of the Java packages reached from them
     * (types reached as {@code pkg.Type} live in their package's {@code __dict__}). A namespace may be
     * any mapping (a JSR-223 engine's scope); a module without a {@code __dict__} holds none.
     */
    public static PyList of(PyObject modules) {
        Deque<PyObject> pending = new ArrayDeque<>();
        for (PyObject module : modules.invoke("values").asIterable()) {
            PyObject namespace = namespaceOf(module);
            if (namespace != null) {
                pending.addLast(namespace);
            }
        }
        Set<PyObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        PyList classes = new PyList();
        while (!pending.isEmpty()) {
            PyObject namespace = pending.removeLast();
            List<PyObject> keys = new ArrayList<>();
            for (PyObject key : namespace.asIterable()) {
                keys.add(key);
            }
            for (PyObject key : keys) {
                PyObject value = namespace.__getitem__(key);
                if (value instanceof PyJavaPackage) {
                    if (seen.add(value)) {
                        pending.addLast(((PyJavaPackage) value).__dict__);
                    }
                } else if (Py.isInstance(value, ClampRuntime.JAVA_CLASS)) {
                    classes.append(value);
                }
            }
        }
        return classes;
    }

    private static PyObject namespaceOf(PyObject module) {
        return module instanceof PyJavaPackage ? ((PyJavaPackage) module).__dict__ : module.__findattr__("__dict__");
    }
}

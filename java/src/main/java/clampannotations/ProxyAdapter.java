package clampannotations;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.python.compiler.APIVersion;
import org.python.core.BytecodeLoader;
import org.python.core.ClassDictInit;
import org.python.core.JyAttribute;
import org.python.core.Py;
import org.python.core.PyJavaType;
import org.python.core.PyObject;
import org.python.core.PyObjectDerived;
import org.python.core.PyProxy;
import org.python.core.PyType;
import org.python.core.adapter.ExtensiblePyObjectAdapter;
import org.python.core.adapter.PyObjectAdapter;

/**
 * Hands Python a Java object that stands in front of a Python object (a Spring proxy, advised or
 * not) as that Java object, not as the Python object behind it.
 *
 * <p>Jython turns every {@link PyProxy} that reaches Python into the Python object it belongs to.
 * Spring's JDK proxies implement every interface of their target, {@code PyProxy} included, and its
 * CGLIB proxies subclass the generated class, and both forward {@code _getPyInstance()} to the
 * target: Python code holding an injected advised bean would call the raw Python object, past the
 * advice, where a Java caller goes through it. So a {@code PyProxy} whose class Jython did not
 * generate (it carries no {@link APIVersion}) is wrapped as the Java object it is; Jython's own
 * classes, the objects of Python classes, are converted as before.
 */
public final class ProxyAdapter implements PyObjectAdapter {

    private static final ClassValue<Boolean> STANDS_IN_FRONT = new ClassValue<Boolean>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return PyProxy.class.isAssignableFrom(type) && type.getDeclaredAnnotation(APIVersion.class) == null;
        }
    };

    private ProxyAdapter() {
    }

    /** Puts the adapter before Jython's own, which would take a proxy for its target. */
    public static void install() {
        List<PyObjectAdapter> adapters = preClassAdapters(Py.getAdapter());
        synchronized (adapters) {
            adapters.removeIf(adapter -> adapter.getClass().getName().equals(ProxyAdapter.class.getName()));
            adapters.add(0, new ProxyAdapter());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<PyObjectAdapter> preClassAdapters(ExtensiblePyObjectAdapter adapter) {
        try {
            Field field = ExtensiblePyObjectAdapter.class.getDeclaredField("preClassAdapters");
            field.setAccessible(true);
            return (List<PyObjectAdapter>) field.get(adapter);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this version of Jython keeps its adapters elsewhere", e);
        }
    }

    @Override
    public boolean canAdapt(Object o) {
        return o instanceof PyProxy && STANDS_IN_FRONT.get(o.getClass());
    }

    @Override
    public PyObject adapt(Object o) {
        Class<?> type = o.getClass();
        if (!Proxy.isProxyClass(type) || !ClassDictInit.class.isAssignableFrom(type)) {
            // A CGLIB subclass of a generated class, a JDK proxy of a clamped class: as their own types.
            Lambdas.prepare(type); // as Jython's wrapping of any Java object is (see Lambdas.install)
            return PyJavaType.wrapJavaObject(o);
        }
        PyObject wrapped = new PyObjectDerived(PyType.fromClass(INTERFACES.get(type)));
        JyAttribute.setAttr(wrapped, JyAttribute.JAVA_PROXY_ATTR, o);
        return wrapped;
    }

    /**
     * For a JDK proxy of a class that Jython generated without clamp_annotations, an interface that
     * extends its public interfaces but Jython's: Python sees the proxy through it. (Jython cannot make
     * a type of the proxy class itself: it implements Jython's {@code ClassDictInit} without the static
     * method that interface calls for. Generated classes of clamped classes do not implement it.)
     */
    private static final ClassValue<Class<?>> INTERFACES = new ClassValue<Class<?>>() {
        @Override
        protected Class<?> computeValue(Class<?> proxyClass) {
            List<Class<?>> interfaces = new ArrayList<>();
            for (Class<?> type : proxyClass.getInterfaces()) {
                if (Modifier.isPublic(type.getModifiers()) && type != PyProxy.class && type != ClassDictInit.class) {
                    interfaces.add(type);
                }
            }
            String name = "clampannotations.ProxyView$" + VIEWS.incrementAndGet();
            return BytecodeLoader.makeClass(name, interfaceFile(name, interfaces), interfaces.toArray(new Class<?>[0]));
        }
    };

    private static final AtomicInteger VIEWS = new AtomicInteger();

    /** The class file of a public interface {@code name} that extends {@code interfaces} and declares nothing. */
    private static byte[] interfaceFile(String name, List<Class<?>> interfaces) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0xCAFEBABE);
            out.writeShort(0);
            out.writeShort(52); // Java 8: no stack map frames, no methods
            out.writeShort(1 + 2 * (2 + interfaces.size())); // constant pool: a name and a class entry each
            List<String> classes = new ArrayList<>(List.of(name, "java.lang.Object"));
            interfaces.forEach(type -> classes.add(type.getName()));
            for (int i = 0; i < classes.size(); i++) {
                out.writeByte(1); // CONSTANT_Utf8
                out.writeUTF(classes.get(i).replace('.', '/'));
                out.writeByte(7); // CONSTANT_Class, naming the entry before it
                out.writeShort(2 * i + 1);
            }
            out.writeShort(Modifier.PUBLIC | Modifier.INTERFACE | Modifier.ABSTRACT);
            out.writeShort(2); // this class
            out.writeShort(4); // java.lang.Object
            out.writeShort(interfaces.size());
            for (int i = 0; i < interfaces.size(); i++) {
                out.writeShort(2 * (i + 2) + 2);
            }
            out.writeShort(0); // fields
            out.writeShort(0); // methods
            out.writeShort(0); // attributes
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

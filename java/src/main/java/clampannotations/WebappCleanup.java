package clampannotations;

import java.lang.ref.Cleaner;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Map;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * Undoes, when a web application stops, what the Jython in its {@code WEB-INF/lib} registered
 * outside it, so that the container can unload the application's classes. Declared in the
 * runtime's {@code META-INF/web-fragment.xml}: a servlet container calls it for every
 * application that holds the runtime, and nothing else does. Its {@code contextDestroyed} runs
 * after those of the listeners that frameworks add (Spring's {@code ContextLoaderListener} from a
 * {@code WebApplicationInitializer}), which may still call Python.
 *
 * <p>Without it, each redeploy of an application with Python beans keeps the whole previous
 * application in memory (its classes and Jython's: thousands of classes, tens of MiB of
 * Metaspace), held by:
 * <ul>
 * <li>the "Jython Shutdown Closer" JVM shutdown hook of each of Jython's system states, and the
 * closers they run (the weakref reaper thread, open files): Jython's own cleanup of each state
 * removes and runs them;
 * <li>Jython's types of the JDK's and the container's classes, kept in those classes (see
 * {@link TypeRegistryTracker}), which is put in place when the application starts;
 * <li>the cleaner thread of jffi, bundled in Jython for its native POSIX calls: jffi registers
 * the first native library it opens with a {@link Cleaner} whose action holds the library, so the
 * action never runs and its thread holds the application for ever. Running it releases both, and
 * the thread ends;
 * <li>Jython's finalizers, which the JVM runs later and which load {@code org.python.modules.gc}
 * the first time: from a stopped application that fails, with an error in the container's log.
 * It is loaded now.
 * </ul>
 * Nothing is done when Jython is not the application's own (in the container's shared class
 * loader, say) or never started.
 */
public final class WebappCleanup implements ServletContextListener {

    private static final String SYSTEM_STATE = "org.python.core.PySystemState";
    private static final String JFFI_CLEANER = "com.kenai.jffi.internal.Cleaner";
    private static final String FINALIZATION = "org.python.modules.gc";

    /** Whether the application's class loader loaded Jython: only then is Jython the application's. */
    private boolean own;
    /** The tracker of Jython's types, or null when Jython had started already. */
    private TypeRegistryTracker types;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        ClassLoader application = context.getClassLoader();
        try {
            own = Class.forName(SYSTEM_STATE, false, application).getClassLoader() == application;
            if (!own) {
                return;
            }
            types = TypeRegistryTracker.install(application);
            if (types == null) {
                context.log("clamp_annotations: Jython started before this application's listeners ran; its "
                        + "types of classes outside the application will keep the application in memory "
                        + "after it stops");
            }
        } catch (ClassNotFoundException e) {
            return; // no Jython here
        } catch (ReflectiveOperationException | RuntimeException e) {
            own = false; // a Jython unlike 2.7.4 inside: leave it alone
            context.log("clamp_annotations: this Jython's type registry cannot be tracked; the application will "
                    + "stay in memory after it stops", e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (!own || (types != null && !types.started())) {
            return; // not the application's Jython, or it never started
        }
        ServletContext context = event.getServletContext();
        ClassLoader application = context.getClassLoader();
        try {
            closeSystemStates(application);
            if (types != null) {
                types.forgetOutside();
            }
            releaseJffi(application);
            Class.forName(FINALIZATION, true, application);
        } catch (ReflectiveOperationException | RuntimeException e) {
            context.log("clamp_annotations: Jython could not be cleaned up; the application may stay in memory "
                    + "after it stops", e);
        }
    }

    /** Runs the cleanup of every live system state: removes its shutdown hook, runs its closers. */
    private static void closeSystemStates(ClassLoader application) throws ReflectiveOperationException {
        Map<?, ?> closers = (Map<?, ?>) field(Class.forName(SYSTEM_STATE, false, application), "sysClosers")
                .get(null);
        for (Object closer : new ArrayList<>(closers.values())) {
            Method cleanup = closer.getClass().getDeclaredMethod("cleanup");
            cleanup.setAccessible(true);
            cleanup.invoke(closer);
        }
    }

    /** Runs the one cleaning action jffi registers (it keeps the {@link Cleaner.Cleanable} it got). */
    private static void releaseJffi(ClassLoader application) throws ReflectiveOperationException {
        Class<?> cleaner;
        try {
            cleaner = Class.forName(JFFI_CLEANER, false, application);
        } catch (ClassNotFoundException e) {
            return; // a Jython without jffi
        }
        Object registered = field(cleaner, "cleaner").get(null);
        if (!(registered instanceof Cleaner.Cleanable)) {
            return; // jffi never registered anything
        }
        ((Cleaner.Cleanable) registered).clean();
        // Its thread sees that nothing is left to clean when it wakes: at the next reference it is
        // given, or a minute later. The JDK's cleaner threads ("Cleaner-N") ignore an interruption
        // while they have work left, so waking every one of them now stops only those that are done.
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().matches("Cleaner-[0-9]+")) {
                thread.interrupt();
            }
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}

package clampannotations;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.junit.Test;

/** Which interfaces a lambda converts to (JLS 9.8), and which of them Jython would convert a function to. */
public class FunctionTypeTest {

    /** As Spring Security's {@code Customizer}: one abstract method beside a static one. */
    interface Customizer<T> {
        void customize(T t);

        static <T> Customizer<T> withDefaults() {
            return t -> { };
        }
    }

    interface Named extends Consumer<String> {
        @Override
        void accept(String name);
    }

    interface Twice {
        void first();

        void second();
    }

    interface Generic {
        <T> T make();
    }

    interface Stated {
        String toString(); // Object's, so not abstract for a lambda

        void run();
    }

    @Test
    public void defaultStaticAndObjectMethodsAreNotTheLambdasMethod() {
        assertEquals("apply", FunctionType.of(Function.class).method.getName());
        assertEquals("compare", FunctionType.of(Comparator.class).method.getName());
        assertEquals("customize", FunctionType.of(Customizer.class).method.getName());
        assertEquals("run", FunctionType.of(Stated.class).method.getName());
        assertEquals(2, FunctionType.of(Comparator.class).arity());
    }

    @Test
    public void aMethodSpecialisedByASubinterfaceCountsOnceAsItsNarrowestForm() {
        assertEquals(String.class, FunctionType.of(Named.class).method.getParameterTypes()[0]);
    }

    @Test
    public void classesAndInterfacesWithoutOneAbstractMethodOrWithAGenericOneAreNotFunctional() {
        assertNull(FunctionType.of(Object.class));
        assertNull(FunctionType.of(Serializable.class));
        assertNull(FunctionType.of(List.class));
        assertNull(FunctionType.of(Twice.class));
        assertNull(FunctionType.of(Generic.class));
        assertNull(FunctionType.of(Override.class));
    }

    @Test
    public void jythonConvertsAFunctionToInterfacesOfOneMethodNameOnly() {
        assertTrue(FunctionType.of(Runnable.class).jythonProxies);
        assertTrue(FunctionType.of(Consumer.class).jythonProxies); // andThen is a default method
        assertFalse(FunctionType.of(Function.class).jythonProxies); // identity() is static
        assertFalse(FunctionType.of(Comparator.class).jythonProxies); // equals is declared again
        assertFalse(FunctionType.of(Customizer.class).jythonProxies);
    }
}

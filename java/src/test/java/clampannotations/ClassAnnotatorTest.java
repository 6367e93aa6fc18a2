package clampannotations;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.util.CheckClassAdapter;

public class ClassAnnotatorTest {

    @Retention(RetentionPolicy.RUNTIME)
    public @interface Everything {
        boolean z();
        byte b();
        short s();
        int i();
        long j();
        char c();
        float f();
        double d();
        String text();
        Class<?> type();
        ElementType kind();
        Nested nested();
        int[] numbers();
        String[] names() default {};
    }

    @Retention(RetentionPolicy.RUNTIME)
    public @interface Nested {
        String value() default "default";
    }

    public @interface ClassRetained {
        String value();
    }

    @Retention(RetentionPolicy.SOURCE)
    public @interface SourceOnly {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Repeatable(Roles.class)
    public @interface Role {
        String value();
    }

    @Retention(RetentionPolicy.RUNTIME)
    public @interface Roles {
        Role[] value();
    }

    private static Map<String, Object> values(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static AnnotationSpec everything() {
        return new AnnotationSpec(Everything.class, values(
                "z", true, "b", 7, "s", 300, "i", 70000, "j", 5, "c", "x", "f", 1.5, "d", 2,
                "text", "hi", "type", int[].class, "kind", ElementType.METHOD,
                "nested", new AnnotationSpec(Nested.class, values("value", "inner")),
                "numbers", Arrays.asList(1, 2, 3)));
    }

    /** An empty public class, as input for the annotator. */
    private static byte[] emptyClass(String name) {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, name, null, "java/lang/Object", null);
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** A class with a field {@code count}, a constructor and two overloads of {@code run}. */
    private static byte[] classWithMembers(String name) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, name, null, "java/lang/Object", null);
        writer.visitField(Opcodes.ACC_PUBLIC, "count", "I", null, null).visitEnd();
        MethodVisitor init = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        for (String descriptor : new String[] {"()V", "(Ljava/lang/String;)V"}) {
            MethodVisitor run = writer.visitMethod(Opcodes.ACC_PUBLIC, "run", descriptor, null, null);
            run.visitCode();
            run.visitInsn(Opcodes.RETURN);
            run.visitMaxs(0, 0);
            run.visitEnd();
        }
        writer.visitEnd();
        return writer.toByteArray();
    }

    private static List<AnnotationSpec> nested(String value) {
        return Collections.singletonList(new AnnotationSpec(Nested.class, values("value", value)));
    }

    private static Class<?> define(String name, byte[] bytes) {
        StringWriter problems = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(bytes), ClassAnnotatorTest.class.getClassLoader(), false,
                new PrintWriter(problems));
        assertEquals("", problems.toString());
        return new ClassLoader(ClassAnnotatorTest.class.getClassLoader()) {
            Class<?> define() {
                return defineClass(name.replace('/', '.'), bytes, 0, bytes.length);
            }
        }.define();
    }

    @Test
    public void writesEveryElementKindByItsDeclaredType() {
        byte[] bytes = new ClassAnnotator().onClass(Collections.singletonList(everything()))
                .annotate(emptyClass("t/A"));
        Everything e = define("t/A", bytes).getAnnotation(Everything.class);
        assertTrue(e.z());
        assertEquals(7, e.b());
        assertEquals(300, e.s());
        assertEquals(70000, e.i());
        assertEquals(5L, e.j());
        assertEquals('x', e.c());
        assertEquals(1.5f, e.f(), 0f);
        assertEquals(2.0, e.d(), 0.0);
        assertEquals("hi", e.text());
        assertEquals(int[].class, e.type());
        assertEquals(ElementType.METHOD, e.kind());
        assertEquals("inner", e.nested().value());
        assertArrayEquals(new int[] {1, 2, 3}, e.numbers());
        assertArrayEquals(new String[0], e.names());
    }

    @Test
    public void retentionDecidesVisibility() {
        List<AnnotationSpec> specs = Arrays.asList(
                new AnnotationSpec(ClassRetained.class, values("value", "kept")),
                new AnnotationSpec(SourceOnly.class, values()),
                new AnnotationSpec(Nested.class, values()));
        byte[] bytes = new ClassAnnotator().onClass(specs).annotate(emptyClass("t/B"));
        List<String> visible = new ArrayList<>();
        List<String> invisible = new ArrayList<>();
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public AnnotationVisitor visitAnnotation(String descriptor, boolean isVisible) {
                (isVisible ? visible : invisible).add(descriptor);
                return null;
            }
        }, 0);
        assertEquals(Collections.singletonList("Lclampannotations/ClassAnnotatorTest$Nested;"), visible);
        assertEquals(Collections.singletonList("Lclampannotations/ClassAnnotatorTest$ClassRetained;"), invisible);
        Class<?> defined = define("t/B", bytes);
        assertNull(defined.getAnnotation(ClassRetained.class));
        assertEquals("default", defined.getAnnotation(Nested.class).value());
    }

    @Test
    public void annotatingTwiceGivesTheSameBytes() {
        List<AnnotationSpec> specs = Collections.singletonList(everything());
        byte[] first = new ClassAnnotator().onClass(specs).annotate(emptyClass("t/C"));
        assertArrayEquals(first, new ClassAnnotator().onClass(specs).annotate(emptyClass("t/C")));
        assertTrue(define("t/C", first).isAnnotationPresent(Everything.class));
    }

    @Test
    public void writesOnMethodsConstructorsParametersAndFields() throws ReflectiveOperationException {
        byte[] bytes = new ClassAnnotator()
                .onMethod("run", nested("every run"))
                .onMethod("<init>", nested("constructor"))
                .onParameter("run(Ljava/lang/String;)V", 0, nested("parameter"))
                .onField("count", nested("field"))
                .annotate(classWithMembers("t/D"));
        Class<?> defined = define("t/D", bytes);
        assertEquals("every run", defined.getMethod("run").getAnnotation(Nested.class).value());
        Method withParameter = defined.getMethod("run", String.class);
        assertEquals("every run", withParameter.getAnnotation(Nested.class).value());
        assertEquals("parameter", ((Nested) withParameter.getParameterAnnotations()[0][0]).value());
        assertEquals("constructor", defined.getConstructor().getAnnotation(Nested.class).value());
        assertEquals("field", defined.getField("count").getAnnotation(Nested.class).value());
    }

    @Test
    public void aMemberTheClassLacksIsAnError() {
        try {
            new ClassAnnotator().onMethod("walk", nested("x")).onField("size", nested("y"))
                    .annotate(classWithMembers("t/E"));
            fail("annotated members that do not exist");
        } catch (IllegalArgumentException e) {
            assertEquals("class t/E declares no field size, walk", e.getMessage());
        }
    }

    @Test
    public void repeatedAnnotationsGoInTheirContainerWhereTheFirstWas() {
        AnnotationSpec a = new AnnotationSpec(Role.class, values("value", "a"));
        AnnotationSpec b = new AnnotationSpec(Role.class, values("value", "b"));
        AnnotationSpec between = new AnnotationSpec(Nested.class, values());
        Class<?> defined = define("t/F", new ClassAnnotator().onClass(Arrays.asList(a, between, b))
                .annotate(emptyClass("t/F")));
        assertEquals(Roles.class, defined.getDeclaredAnnotations()[0].annotationType());
        assertEquals(Nested.class, defined.getDeclaredAnnotations()[1].annotationType());
        Role[] roles = defined.getAnnotationsByType(Role.class);
        assertEquals("a", roles[0].value());
        assertEquals("b", roles[1].value());
        Class<?> once = define("t/G", new ClassAnnotator().onClass(Arrays.asList(a)).annotate(emptyClass("t/G")));
        assertEquals("a", once.getAnnotation(Role.class).value());
    }

    @Test
    public void repetitionJavacRejectsIsAnError() {
        AnnotationSpec nested = new AnnotationSpec(Nested.class, values());
        AnnotationSpec role = new AnnotationSpec(Role.class, values("value", "a"));
        AnnotationSpec roles = new AnnotationSpec(Roles.class, values("value", Arrays.asList(role)));
        String[] messages = {
            "@clampannotations.ClassAnnotatorTest$Nested is not @Repeatable and may appear once, got it 2 times",
            "@clampannotations.ClassAnnotatorTest$Roles contains the repeated"
                    + " @clampannotations.ClassAnnotatorTest$Role and cannot also be written beside them, got both",
        };
        List<List<AnnotationSpec>> cases = Arrays.asList(
                Arrays.asList(nested, nested), Arrays.asList(roles, role, role));
        for (int i = 0; i < messages.length; i++) {
            try {
                RepeatedAnnotations.contain(cases.get(i));
                fail("accepted " + cases.get(i));
            } catch (AnnotationValueException e) {
                assertEquals(messages[i], e.getMessage());
            }
        }
    }

    private static void assertRejected(String message, Class<?> type, Map<String, Object> values) {
        try {
            new AnnotationSpec(type, values);
            fail("accepted " + values);
        } catch (AnnotationValueException e) {
            assertEquals(message, e.getMessage());
        }
    }

    @Test
    public void rejectsWhatJavacRejects() {
        String nested = "@clampannotations.ClassAnnotatorTest$Nested";
        assertRejected(nested + ": element 'value' is a java.lang.String, got 5", Nested.class, values("value", 5));
        assertRejected(nested + ": element 'other' is not an element of it (elements: value), got 'other'",
                Nested.class, values("other", "x"));
        assertRejected(nested + ": element 'value' is a java.lang.String, got null", Nested.class,
                values("value", null));
        assertRejected("@clampannotations.ClassAnnotatorTest$ClassRetained: element 'value' has no default and"
                + " must be set, got nothing", ClassRetained.class, values());
        assertRejected("@java.lang.String is not an annotation type, got java.lang.String", String.class, values());
    }

    @Test
    public void rangeChecksNumbersByDeclaredType() {
        String everything = "@clampannotations.ClassAnnotatorTest$Everything: element ";
        Map<String, Object> base = new LinkedHashMap<>(everything().elements());
        Object[][] cases = {
            {"b", 300, "'b' is a byte (-128..127), got 300"},
            {"s", 40000, "'s' is a short (-32768..32767), got 40000"},
            {"i", 1.5, "'i' is an int (-2147483648..2147483647), got 1.5"},
            {"i", true, "'i' is an int (-2147483648..2147483647), got true"},
            {"c", "xy", "'c' is a char (a string of one character), got \"xy\""},
            {"f", 1e300, "'f' is a float, got 1.0E300"},
            {"z", 1, "'z' is a boolean, got 1"},
            {"kind", "METHOD", "'kind' is an enum constant of java.lang.annotation.ElementType, got \"METHOD\""},
            {"numbers", Arrays.asList(1, Arrays.asList(2)), "'numbers' is a one-dimensional array int[], so it"
                    + " cannot hold an array, got {1, {2}}"},
        };
        for (Object[] c : cases) {
            Map<String, Object> values = new LinkedHashMap<>(base);
            values.put((String) c[0], c[1]);
            assertRejected(everything + c[2], Everything.class, values);
        }
    }

    @Test
    public void aSingleValueStandsForAOneElementArray() {
        AnnotationSpec spec = new AnnotationSpec(Everything.class, values(
                "z", false, "b", 0, "s", 0, "i", 0, "j", 0, "c", "a", "f", 0, "d", 0, "text", "",
                "type", String.class, "kind", ElementType.TYPE, "nested", new AnnotationSpec(Nested.class, values()),
                "numbers", 9));
        assertEquals(Collections.singletonList(9), spec.elements().get("numbers"));
        assertFalse(spec.toString().isEmpty());
    }
}

package clampannotations;

import static clampannotations.Specs.everything;
import static clampannotations.Specs.values;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.annotation.ElementType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.CheckClassAdapter;

import clampannotations.Specs.ClassRetained;
import clampannotations.Specs.Everything;
import clampannotations.Specs.Nested;
import clampannotations.Specs.Role;
import clampannotations.Specs.Roles;

/**
 * The bytes {@link MemberWriter} makes of a class, checked by {@link CheckClassAdapter} and read back
 * by reflection: annotations as javac writes them, and the members Python declares.
 */
public class MemberWriterTest {

    /**
     * An abstract class standing for the one Jython generates: a {@code PyProxy} with a constructor,
     * two overloads of {@code run} and a {@code finalize()}.
     */
    private static byte[] generated(String name) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, name, null, "java/lang/Object",
                new String[] {"org/python/core/PyProxy"});
        MethodVisitor init = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        for (String[] method : new String[][] {{"run", "()V"}, {"run", "(Ljava/lang/String;)V"}, {"finalize", "()V"}}) {
            MethodVisitor visitor = writer.visitMethod(Opcodes.ACC_PUBLIC, method[0], method[1], null, null);
            visitor.visitCode();
            visitor.visitInsn(Opcodes.RETURN);
            visitor.visitMaxs(0, 0);
            visitor.visitEnd();
        }
        writer.visitEnd();
        return writer.toByteArray();
    }

    private static byte[] write(String name, Members members) {
        return MemberWriter.rewrite(generated(name), members, "module", "PythonClass", Set.of());
    }

    private static List<AnnotationSpec> nested(String value) {
        return Collections.singletonList(new AnnotationSpec(Nested.class, values("value", value)));
    }

    private static Class<?> define(String name, byte[] bytes) {
        StringWriter problems = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(bytes), MemberWriterTest.class.getClassLoader(), false,
                new PrintWriter(problems));
        assertEquals("", problems.toString());
        return new ClassLoader(MemberWriterTest.class.getClassLoader()) {
            Class<?> define() {
                return defineClass(name.replace('/', '.'), bytes, 0, bytes.length);
            }
        }.define();
    }

    private static List<String> methodNames(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            names.add(method.getName());
        }
        Collections.sort(names);
        return names;
    }

    @Test
    public void writesEveryElementKindByItsDeclaredType() {
        byte[] bytes = write("t/A", new Members().annotateClass(Collections.singletonList(everything())));
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
                new AnnotationSpec(Specs.SourceOnly.class, values()),
                new AnnotationSpec(Nested.class, values()));
        byte[] bytes = write("t/B", new Members().annotateClass(specs));
        List<String> visible = new ArrayList<>();
        List<String> invisible = new ArrayList<>();
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public AnnotationVisitor visitAnnotation(String descriptor, boolean isVisible) {
                (isVisible ? visible : invisible).add(descriptor);
                return null;
            }
        }, 0);
        assertEquals(Collections.singletonList("Lclampannotations/Specs$Nested;"), visible);
        assertEquals(Collections.singletonList("Lclampannotations/Specs$ClassRetained;"), invisible);
        Class<?> defined = define("t/B", bytes);
        assertNull(defined.getAnnotation(ClassRetained.class));
        assertEquals("default", defined.getAnnotation(Nested.class).value());
    }

    @Test
    public void writingTwiceGivesTheSameBytes() {
        List<AnnotationSpec> specs = Collections.singletonList(everything());
        byte[] first = write("t/C", new Members().annotateClass(specs));
        assertArrayEquals(first, write("t/C", new Members().annotateClass(specs)));
        assertTrue(define("t/C", first).isAnnotationPresent(Everything.class));
    }

    @Test
    public void annotatesOverridesAndTheDeclaredConstructorParametersAndFields()
            throws ReflectiveOperationException {
        Members members = new Members()
                .annotateOverride("run", nested("every run"))
                .setConstructor(Collections.singletonList(
                        new Members.Variable("name", TypeSpec.of(String.class), nested("parameter"))),
                        Collections.emptyList(), nested("constructor"))
                .addField(new Members.Variable("count", TypeSpec.of(int.class), nested("field")));
        Class<?> defined = define("t/D", write("t/D", members));
        assertEquals("every run", defined.getMethod("run").getAnnotation(Nested.class).value());
        assertEquals("every run", defined.getMethod("run", String.class).getAnnotation(Nested.class).value());
        assertEquals(1, defined.getConstructors().length); // the declared one replaces the superclass's
        assertEquals("constructor", defined.getConstructor(String.class).getAnnotation(Nested.class).value());
        assertEquals("parameter",
                ((Nested) defined.getConstructor(String.class).getParameterAnnotations()[0][0]).value());
        assertEquals("name", defined.getConstructor(String.class).getParameters()[0].getName());
        assertEquals("field", defined.getDeclaredField("count").getAnnotation(Nested.class).value());
    }

    /**
     * The code of a class as Jython generates it, in short: a constructor that reads {@code Py} before it
     * calls {@code __initProxy__}, which calls {@code Py.initProxy}, and a {@code clone()} that only calls
     * its superclass's.
     */
    private static byte[] generatedWithJythonCode(String name) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V1_6, Opcodes.ACC_PUBLIC, name, null, "java/lang/Object",
                new String[] {"org/python/core/PyProxy"});
        MethodVisitor init = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitFieldInsn(Opcodes.GETSTATIC, "org/python/core/Py", "EmptyObjects", "[Lorg/python/core/PyObject;");
        init.visitMethodInsn(Opcodes.INVOKEVIRTUAL, name, "__initProxy__", "([Ljava/lang/Object;)V", false);
        init.visitInsn(Opcodes.RETURN);
        MethodVisitor initProxy = writer.visitMethod(Opcodes.ACC_PUBLIC, "__initProxy__", "([Ljava/lang/Object;)V",
                null, null);
        initProxy.visitVarInsn(Opcodes.ALOAD, 0);
        initProxy.visitLdcInsn("module");
        initProxy.visitLdcInsn("PythonClass");
        initProxy.visitVarInsn(Opcodes.ALOAD, 1);
        initProxy.visitMethodInsn(Opcodes.INVOKESTATIC, "org/python/core/Py", "initProxy",
                "(Lorg/python/core/PyProxy;Ljava/lang/String;Ljava/lang/String;[Ljava/lang/Object;)V", false);
        initProxy.visitInsn(Opcodes.RETURN);
        MethodVisitor clone = writer.visitMethod(Opcodes.ACC_PUBLIC, "clone", "()Ljava/lang/Object;", null, null);
        clone.visitVarInsn(Opcodes.ALOAD, 0);
        clone.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "clone", "()Ljava/lang/Object;", false);
        clone.visitInsn(Opcodes.ARETURN);
        for (MethodVisitor method : List.of(init, initProxy, clone)) {
            method.visitMaxs(0, 0);
            method.visitEnd();
        }
        writer.visitEnd();
        return writer.toByteArray();
    }

    @Test
    public void codeThatUsesJythonPassesTheStartupGateFirst() {
        Members members = new Members()
                .addMethod(new Members.Method("typed", TypeSpec.of(void.class), List.of(), List.of(), List.of()));
        ClassNode written = new ClassNode();
        new ClassReader(MemberWriter.rewrite(generatedWithJythonCode("t/G"), members, "module", "PythonClass", Set.of()))
                .accept(written, 0);
        List<String> gated = new ArrayList<>();
        for (MethodNode method : written.methods) {
            AbstractInsnNode first = method.instructions.getFirst();
            if (first instanceof MethodInsnNode && ((MethodInsnNode) first).owner.equals("clampannotations/JythonStartup")
                    && ((MethodInsnNode) first).name.equals("ensure")) {
                gated.add(method.name);
            }
        }
        Collections.sort(gated);
        // the constructor before its superclass's, which may call overridden methods; not clone()
        assertEquals(List.of("<init>", "__initProxy__", "typed"), gated);
    }

    /** The Java base of a class whose {@code run} overloads are those of {@link #generated}. */
    private interface Runs {
        void run();

        void run(String text);
    }

    @Test
    public void annotatesOnlyTheOverloadsThePythonMethodOverrides() throws ReflectiveOperationException {
        Members members = new Members()
                .override("run", Collections.singletonList(Runs.class.getMethod("run", String.class)))
                .annotateOverride("run", nested("with text"));
        Class<?> defined = define("t/O", write("t/O", members));
        assertEquals("with text", defined.getMethod("run", String.class).getAnnotation(Nested.class).value());
        assertNull(defined.getMethod("run").getAnnotation(Nested.class));
    }

    @Test
    public void annotationsForAMethodTheClassLacksAreAnError() {
        try {
            write("t/E", new Members().annotateOverride("walk", nested("x")));
            fail("annotated a method that does not exist");
        } catch (IllegalArgumentException e) {
            assertEquals("class t/E declares no method walk to annotate", e.getMessage());
        }
    }

    @Test
    public void repeatedAnnotationsGoInTheirContainerWhereTheFirstWas() {
        AnnotationSpec a = new AnnotationSpec(Role.class, values("value", "a"));
        AnnotationSpec b = new AnnotationSpec(Role.class, values("value", "b"));
        AnnotationSpec between = new AnnotationSpec(Nested.class, values());
        Class<?> defined = define("t/F", write("t/F", new Members().annotateClass(Arrays.asList(a, between, b))));
        assertEquals(Roles.class, defined.getDeclaredAnnotations()[0].annotationType());
        assertEquals(Nested.class, defined.getDeclaredAnnotations()[1].annotationType());
        Role[] roles = defined.getAnnotationsByType(Role.class);
        assertEquals("a", roles[0].value());
        assertEquals("b", roles[1].value());
        Class<?> once = define("t/G", write("t/G", new Members().annotateClass(Arrays.asList(a))));
        assertEquals("a", once.getAnnotation(Role.class).value());
    }

    @Test
    public void finalizeIsDroppedUnlessKept() {
        assertFalse(methodNames(define("t/H", write("t/H", new Members()))).contains("finalize"));
        assertTrue(methodNames(define("t/I", write("t/I", new Members().keepFinalizer()))).contains("finalize"));
    }

    @Test
    public void moreConstantsThanAClassFileHoldsAreRefusedAsJavacRefusesThem() {
        Members members = new Members();
        for (int i = 0; i < 22000; i++) { // a name, a String and its text each
            members.addConstant("TEXT_" + i, String.class, "text " + i);
        }
        try {
            write("t/K", members);
            fail("wrote a class of too many constants");
        } catch (IllegalArgumentException e) {
            assertEquals("its Java class t.K would need 66016 constants (the names, strings and numbers of its members"
                    + " and annotations), more than the 65535 a class file holds, as javac says too (too many"
                    + " constants); move some of them to another class", e.getMessage());
        }
    }

    @Test
    public void aClassKnownByNameOnlyIsLookedUpWhenTheMemberIsUsed() throws ReflectiveOperationException {
        Members members = new Members().addField(
                new Members.Variable("later", TypeSpec.named("t.NotYetDefined"), Collections.emptyList()));
        Class<?> defined = define("t/J", write("t/J", members)); // defined and verified without it
        try {
            defined.getDeclaredField("later");
            fail("resolved a class that does not exist");
        } catch (NoClassDefFoundError e) {
            assertEquals("t/NotYetDefined", e.getMessage());
        }
    }
}

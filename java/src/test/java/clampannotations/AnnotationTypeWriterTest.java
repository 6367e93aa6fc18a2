package clampannotations;

import static clampannotations.Specs.values;
import static org.junit.Assert.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.util.CheckClassAdapter;

import clampannotations.Specs.Nested;
import clampannotations.Specs.Role;

/**
 * The class files {@link AnnotationTypeWriter} makes, checked by {@link CheckClassAdapter}: the member
 * classes they name are listed as javac lists them (the javac twins of tests/python/test_javac_twin.py
 * compare whole class files).
 */
public class AnnotationTypeWriterTest {

    /** A member class of a member class. */
    interface Outer {
        enum Mode { FAST }
    }

    @Test
    public void innerClassesListsEveryMemberClassNamedAfterTheClassesEnclosingItInTheOrderJavacMeetsThem() {
        AnnotationTypeSpec type = new AnnotationTypeSpec("gen.Kind",
                List.of(new AnnotationSpec(Role.class, values("value", "a")),
                        new AnnotationSpec(Role.class, values("value", "b"))),
                List.of(new AnnotationTypeSpec.Element("modes", TypeSpec.of(Outer.Mode.class), true,
                                List.of(new AnnotationSpec(Nested.class, values())), List.of(Outer.Mode.FAST)),
                        new AnnotationTypeSpec.Element("kind", TypeSpec.of(Class.class), false, List.of(),
                                Thread.State.class)));
        byte[] bytes = AnnotationTypeWriter.write(type);
        StringWriter problems = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(bytes), getClass().getClassLoader(), false,
                new PrintWriter(problems));
        assertEquals("", problems.toString());
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, 0);
        // as javac writes them for the same @interface: elements in order (type, default, annotations), then
        // the type's annotations (the container of the repeated @Role first); flags as javac's
        assertEquals(List.of(
                "AnnotationTypeWriterTest$Outer of AnnotationTypeWriterTest 608",
                "AnnotationTypeWriterTest$Outer$Mode of AnnotationTypeWriterTest$Outer 4019",
                "Specs$Nested of Specs 2609",
                "java/lang/Thread$State of java/lang/Thread 4019",
                "Specs$Roles of Specs 2609",
                "Specs$Role of Specs 2609"),
                node.innerClasses.stream().map(AnnotationTypeWriterTest::entry).toList());
    }

    /** The entry, with this package's classes by their names in it. */
    private static String entry(InnerClassNode member) {
        return (member.name + " of " + member.outerName).replace("clampannotations/", "") + " "
                + Integer.toHexString(member.access);
    }
}

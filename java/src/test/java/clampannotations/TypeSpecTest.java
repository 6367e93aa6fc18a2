package clampannotations;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.Test;

public class TypeSpecTest {

    private static TypeSpec listOf(TypeSpec element) {
        return TypeSpec.parameterized(List.class, Collections.singletonList(element));
    }

    @Test
    public void plainTypesHaveTheirDescriptorAndNoSignatureOfTheirOwn() {
        assertEquals("I", TypeSpec.of(int.class).descriptor());
        assertEquals("V", TypeSpec.of(void.class).descriptor());
        assertEquals("[Ljava/lang/String;", TypeSpec.of(String[].class).descriptor());
        assertEquals("Ljava/lang/String;", TypeSpec.of(String.class).signature());
        assertFalse(TypeSpec.of(String.class).isGeneric());
    }

    @Test
    public void parameterizedTypesAreErasedInDescriptorsAndWrittenInSignatures() {
        TypeSpec map = TypeSpec.parameterized(Map.class,
                Arrays.asList(TypeSpec.of(String.class), listOf(TypeSpec.of(Integer.class))));
        assertTrue(map.isGeneric());
        assertEquals("Ljava/util/Map;", map.descriptor());
        assertEquals("Ljava/util/Map<Ljava/lang/String;Ljava/util/List<Ljava/lang/Integer;>;>;", map.signature());
        assertEquals("java.util.Map<java.lang.String, java.util.List<java.lang.Integer>>", map.toString());
    }

    @Test
    public void typeArgumentsJavaWouldRejectAreRefused() {
        String[] messages = {
            "java.util.List takes 1 type argument(s), got 2",
            "java.lang.String is not generic, so it takes no type arguments",
            "a type argument of java.util.List must be a reference type, got int",
        };
        Runnable[] attempts = {
            () -> TypeSpec.parameterized(List.class,
                    Arrays.asList(TypeSpec.of(String.class), TypeSpec.of(String.class))),
            () -> TypeSpec.parameterized(String.class, Collections.singletonList(TypeSpec.of(String.class))),
            () -> listOf(TypeSpec.of(int.class)),
        };
        for (int i = 0; i < attempts.length; i++) {
            try {
                attempts[i].run();
                fail("accepted case " + i);
            } catch (IllegalArgumentException e) {
                assertEquals(messages[i], e.getMessage());
            }
        }
    }

    @Test
    public void arraysOfParameterizedTypesKeepTheirArgumentsAndVarargsAreWrittenAsJavaDoes() {
        TypeSpec lists = TypeSpec.varargs(listOf(TypeSpec.of(String.class)), List.of());
        assertEquals("[Ljava/util/List;", lists.descriptor());
        assertEquals("[Ljava/util/List<Ljava/lang/String;>;", lists.signature());
        assertEquals("java.util.List<java.lang.String>...", lists.toString());
        assertTrue(lists.isVarargs() && lists.isGeneric());
        assertEquals(TypeSpec.of(int[][].class),
                TypeSpec.array(TypeSpec.array(TypeSpec.of(int.class), List.of()), List.of()));
    }

    @Test
    public void typeAnnotationsAreVisitedWithTheTypePathsOfTheirParts() {
        AnnotationSpec a = new AnnotationSpec(Specs.Role.class, Specs.values("value", "a"));
        AnnotationSpec b = new AnnotationSpec(Specs.Role.class, Specs.values("value", "b"));
        // Map<String, @a List<String> @b []>, then @a in front of an array of String, which goes on String
        TypeSpec map = TypeSpec.parameterized(Map.class, Arrays.asList(TypeSpec.of(String.class),
                TypeSpec.array(listOf(TypeSpec.of(String.class)), List.of(b)).annotatedInFront(List.of(a))));
        StringBuilder visited = new StringBuilder();
        map.forEachAnnotated((path, specs) -> visited.append('|').append(path).append(' ').append(specs));
        assertEquals("|1; [" + b + "]|1;[ [" + a + "]", visited.toString());
        TypeSpec strings = TypeSpec.of(String[].class).annotatedInFront(List.of(a));
        visited.setLength(0);
        strings.forEachAnnotated((path, specs) -> visited.append(path).append(' ').append(specs));
        assertEquals("[ [" + a + "]", visited.toString());
    }
}

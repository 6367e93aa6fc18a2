package clampannotations;

import static clampannotations.Specs.everything;
import static clampannotations.Specs.values;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

import java.lang.annotation.ElementType;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import clampannotations.Specs.ClassRetained;
import clampannotations.Specs.Everything;
import clampannotations.Specs.Nested;
import clampannotations.Specs.Role;
import clampannotations.Specs.Roles;

/** What javac refuses in annotation values and repetition, refused when a spec is made. */
public class AnnotationSpecTest {

    @Test
    public void repetitionJavacRejectsIsAnError() {
        AnnotationSpec nested = new AnnotationSpec(Nested.class, values());
        AnnotationSpec role = new AnnotationSpec(Role.class, values("value", "a"));
        AnnotationSpec roles = new AnnotationSpec(Roles.class, values("value", Arrays.asList(role)));
        String[] messages = {
            "@clampannotations.Specs$Nested is not @Repeatable and may appear once, got it 2 times",
            "@clampannotations.Specs$Roles contains the repeated"
                    + " @clampannotations.Specs$Role and cannot also be written beside them, got both",
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

    /** {@code message} names the annotation type alone; the exception's names it as written. */
    private static void assertRejected(String message, Class<?> type, Map<String, Object> values) {
        try {
            new AnnotationSpec(type, values);
            fail("accepted " + values);
        } catch (AnnotationValueException e) {
            assertEquals(AnnotationSpec.written(type, values), e.written());
            assertEquals(message, "@" + e.annotation() + e.getMessage().substring(e.written().length()));
        }
    }

    @Test
    public void rejectsWhatJavacRejects() {
        String nested = "@clampannotations.Specs$Nested";
        assertRejected(nested + ": element 'value' is a java.lang.String, got 5", Nested.class, values("value", 5));
        assertRejected(nested + ": element 'other' is not an element of it (elements: value), got 'other'",
                Nested.class, values("other", "x"));
        assertRejected(nested + ": element 'value' is a java.lang.String, got null", Nested.class,
                values("value", null));
        assertRejected("@clampannotations.Specs$ClassRetained: element 'value' has no default and"
                + " must be set, got nothing", ClassRetained.class, values());
        assertRejected("@java.lang.String is not an annotation type, got java.lang.String", String.class, values());
    }

    @Test
    public void rangeChecksNumbersByDeclaredType() {
        String everything = "@clampannotations.Specs$Everything: element ";
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

    @java.lang.annotation.Target(ElementType.METHOD)
    @interface MethodOnly {
    }

    @java.lang.annotation.Target({})
    @interface ValueOnly {
    }

    @Test
    public void aPositionalValueIsTheValueElementAndComesFirst() {
        assertEquals(Arrays.asList("value", "a", "b"),
                AnnotationSpec.elementNames(Nested.class, Arrays.asList("x"), values("b", 1, "a", 2)));
        try {
            AnnotationSpec.elementNames(Nested.class, Arrays.asList("x", "y"), values());
            fail("took two positional values");
        } catch (AnnotationValueException e) {
            assertEquals("@clampannotations.Specs$Nested takes at most one positional value (the value"
                    + " element), got 2: {\"x\", \"y\"}", e.getMessage());
        }
        try {
            AnnotationSpec.elementNames(Nested.class, Arrays.asList("x"), values("value", "y"));
            fail("took the value twice");
        } catch (AnnotationValueException e) {
            assertEquals("@clampannotations.Specs$Nested: element 'value' is set twice, positionally and by"
                    + " keyword, got \"x\" and value=\"y\"", e.getMessage());
        }
    }

    @Test
    public void targetDecidesWhereAnAnnotationMayGo() {
        AnnotationSpec methodOnly = new AnnotationSpec(MethodOnly.class, values());
        methodOnly.checkTarget("a method", ElementType.METHOD);
        new AnnotationSpec(Nested.class, values()).checkTarget("a field", ElementType.FIELD); // no @Target
        String[][] cases = {
            {"a class", "@clampannotations.AnnotationSpecTest$MethodOnly cannot annotate a class (its @Target"
                    + " is METHOD), got a class"},
        };
        try {
            methodOnly.checkTarget(cases[0][0], ElementType.TYPE, ElementType.TYPE_USE);
            fail("a METHOD annotation on a class");
        } catch (AnnotationValueException e) {
            assertEquals(cases[0][1], e.getMessage());
        }
        try {
            new AnnotationSpec(ValueOnly.class, values()).checkTarget("a method", ElementType.METHOD);
            fail("a @Target({}) annotation on a method");
        } catch (AnnotationValueException e) {
            assertEquals("@clampannotations.AnnotationSpecTest$ValueOnly can only be an element value of another"
                    + " annotation (its @Target is empty), got a method", e.getMessage());
        }
    }

    @Test
    public void writtenAsJavaSourceWritesIt() {
        assertEquals("@clampannotations.Specs$Nested", AnnotationSpec.written(Nested.class, values()));
        assertEquals("@clampannotations.Specs$Nested(\"x\")",
                new AnnotationSpec(Nested.class, values("value", "x")).toString());
        assertEquals("@clampannotations.Specs$Everything(j=5L, f=1.0E300, names={\"a\"}, kind="
                + "java.lang.annotation.ElementType.TYPE, type=int[].class, z=true)",
                AnnotationSpec.written(Everything.class, values("j", 5L, "f", 1e300, "names", Arrays.asList("a"),
                        "kind", ElementType.TYPE, "type", int[].class, "z", true)));
    }

    @Test
    public void writtenWholeCharactersOnlyWithUnpairedSurrogatesEscaped() {
        String emoji = new String(Character.toChars(0x1F600));
        String text = "a".repeat(99) + emoji + "b".repeat(150); // shortened right after the emoji
        assertEquals("@clampannotations.Specs$Everything(text=\"" + "a".repeat(99) + emoji + "\"... (250 characters), "
                + "c='\\uDC00', names={\"x\\uD800y\", \"\\\"\\\\'\"})",
                AnnotationSpec.written(Everything.class, values("text", text, "c", '\uDC00',
                        "names", Arrays.asList("x\uD800y", "\"\\'"))));
    }
}

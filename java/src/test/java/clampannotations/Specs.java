package clampannotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Annotation types with every kind of element and retention, and specs of them, for the tests. */
final class Specs {

    private Specs() {
    }

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

    static Map<String, Object> values(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static AnnotationSpec everything() {
        return new AnnotationSpec(Everything.class, values(
                "z", true, "b", 7, "s", 300, "i", 70000, "j", 5, "c", "x", "f", 1.5, "d", 2,
                "text", "hi", "type", int[].class, "kind", ElementType.METHOD,
                "nested", new AnnotationSpec(Nested.class, values("value", "inner")),
                "numbers", Arrays.asList(1, 2, 3)));
    }

}

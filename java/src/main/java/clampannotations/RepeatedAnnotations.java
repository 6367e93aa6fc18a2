package clampannotations;

import java.lang.annotation.Annotation;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules for using an annotation type more than once on one declaration (JLS 9.7.5), and the
 * form javac writes repeated annotations in; and those for declaring one repeatable (JLS 9.6.3).
 */
public final class RepeatedAnnotations {

    /** The kinds of declaration an annotation type applies to without a {@code @Target}, as javac has them. */
    private static final Set<ElementType> WITHOUT_TARGET = EnumSet.complementOf(
            EnumSet.of(ElementType.TYPE_PARAMETER, ElementType.TYPE_USE));

    private RepeatedAnnotations() {
    }

    /**
     * Returns {@code written} as javac writes it: the uses of a {@code @Repeatable} type that occurs
     * more than once become one annotation of its container type, placed where the first use was,
     * holding them in the order written. A non-repeatable type used twice, or a container used
     * together with the annotations it would contain, is an {@link AnnotationValueException}.
     */
    public static List<AnnotationSpec> contain(List<AnnotationSpec> written) {
        Map<Class<? extends Annotation>, List<AnnotationSpec>> byType = new LinkedHashMap<>();
        for (AnnotationSpec spec : written) {
            byType.computeIfAbsent(spec.type(), type -> new ArrayList<>()).add(spec);
        }
        List<AnnotationSpec> result = new ArrayList<>();
        for (Map.Entry<Class<? extends Annotation>, List<AnnotationSpec>> uses : byType.entrySet()) {
            Class<? extends Annotation> type = uses.getKey();
            Repeatable repeatable = type.getAnnotation(Repeatable.class);
            if (uses.getValue().size() == 1) {
                result.add(uses.getValue().get(0));
            } else if (repeatable == null) {
                throw new AnnotationValueException(type, null, null, "is not @Repeatable and may appear once",
                        "it " + uses.getValue().size() + " times");
            } else if (byType.containsKey(repeatable.value())) {
                throw new AnnotationValueException(repeatable.value(), null, null,
                        "contains the repeated @" + type.getName() + " and cannot also be written beside them",
                        "both");
            } else {
                result.add(new AnnotationSpec(repeatable.value(),
                        Collections.singletonMap("value", uses.getValue())));
            }
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Refuses the {@code @Repeatable} of the annotation type {@code repeatable}, when it has one, if the
     * container it names could not hold its repeated uses as javac requires (JLS 9.6.3): the container's
     * {@code value()} is a {@code repeatable[]}, its other elements have defaults, it is retained at least as
     * long, applies to no kind of declaration {@code repeatable} does not, and is {@code @Documented} and
     * {@code @Inherited} if {@code repeatable} is. The refusal is an {@link AnnotationValueException} of the
     * {@code @Repeatable}.
     */
    public static void checkContainer(Class<?> repeatable) {
        Repeatable declared = repeatable.getAnnotation(Repeatable.class);
        if (declared == null) {
            return;
        }
        Class<? extends Annotation> container = declared.value();
        String name = repeatable.getName();
        String problem = valueProblem(repeatable, container);
        String expected = "is a containing annotation type of " + name + ", whose value() is a " + name
                + "[] (JLS 9.6.3)";
        if (problem == null) {
            problem = elementWithoutDefault(container);
            expected = "is a containing annotation type, whose elements but value() have defaults";
        }
        if (problem == null && retention(container).compareTo(retention(repeatable)) < 0) {
            problem = "retained for " + retention(container) + " only";
            expected = "is a containing annotation type retained at least as long as " + name + " ("
                    + retention(repeatable) + ")";
        }
        if (problem == null) {
            problem = moreTargets(container, targets(repeatable));
            expected = "is a containing annotation type that applies to no kind of declaration " + name
                    + " does not (" + String.join(", ", names(targets(repeatable))) + ")";
        }
        for (Class<? extends Annotation> meta : List.of(Documented.class, Inherited.class)) {
            if (problem == null && repeatable.isAnnotationPresent(meta) && !container.isAnnotationPresent(meta)) {
                problem = "which is not";
                expected = "is a containing annotation type that is @" + meta.getSimpleName() + ", as " + name
                        + " is";
            }
        }
        if (problem != null) {
            throw new AnnotationValueException(Repeatable.class,
                    AnnotationSpec.written(Repeatable.class, Collections.singletonMap("value", container)), "value",
                    expected, container.getName() + ", " + problem);
        }
    }

    private static String valueProblem(Class<?> repeatable, Class<?> container) {
        try {
            Class<?> value = container.getDeclaredMethod("value").getReturnType();
            return value == repeatable.arrayType() ? null : "whose value() is a " + value.getTypeName();
        } catch (NoSuchMethodException e) {
            return "which declares no value()";
        }
    }

    private static String elementWithoutDefault(Class<?> container) {
        Set<String> missing = new TreeSet<>();
        for (Method element : container.getDeclaredMethods()) {
            if (!element.getName().equals("value") && element.getDefaultValue() == null) {
                missing.add(element.getName() + "()");
            }
        }
        return missing.isEmpty() ? null : "whose " + String.join(", ", missing) + " has no default";
    }

    private static RetentionPolicy retention(Class<?> type) {
        Retention retention = type.getAnnotation(Retention.class);
        return retention == null ? RetentionPolicy.CLASS : retention.value();
    }

    private static Set<ElementType> targets(Class<?> type) {
        Target target = type.getAnnotation(Target.class);
        if (target == null) {
            return WITHOUT_TARGET;
        }
        Set<ElementType> kinds = EnumSet.noneOf(ElementType.class);
        kinds.addAll(Arrays.asList(target.value()));
        return kinds;
    }

    /**
     * What the container applies to that the repeatable type does not, or null: javac's subset of targets,
     * where TYPE_USE covers TYPE, ANNOTATION_TYPE and TYPE_PARAMETER, and TYPE covers ANNOTATION_TYPE.
     */
    private static String moreTargets(Class<?> container, Set<ElementType> repeatable) {
        Set<ElementType> more = EnumSet.noneOf(ElementType.class);
        for (ElementType kind : targets(container)) {
            boolean covered = repeatable.contains(kind)
                    || repeatable.contains(ElementType.TYPE_USE) && EnumSet.of(ElementType.TYPE,
                            ElementType.ANNOTATION_TYPE, ElementType.TYPE_PARAMETER).contains(kind)
                    || repeatable.contains(ElementType.TYPE) && kind == ElementType.ANNOTATION_TYPE;
            if (!covered) {
                more.add(kind);
            }
        }
        return more.isEmpty() ? null : "which applies to " + String.join(", ", names(more)) + " too";
    }

    private static List<String> names(Set<ElementType> kinds) {
        List<String> names = new ArrayList<>();
        for (ElementType kind : kinds) {
            names.add(kind.name());
        }
        return names;
    }
}

package clampannotations;

import java.lang.annotation.Annotation;
import java.lang.annotation.Repeatable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules for using an annotation type more than once on one declaration (JLS 9.7.5), and the
 * form javac writes repeated annotations in.
 */
public final class RepeatedAnnotations {

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
}

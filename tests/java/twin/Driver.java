package twin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Service;

import fixtures.Kinds;
import fixtures.Tag;

/**
 * The javac twin of the annotation type that the Python class statement {@code mirror.Driver} declares:
 * a stereotype with an element of each kind, defaults, an alias of {@code @Service}'s value and a constant.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Documented
@Service
public @interface Driver {
    int LIMIT = 10;

    @AliasFor(annotation = Service.class)
    String value() default "";

    String[] backends() default {"sql"};

    int port() default 5000;

    double ratio() default 1.5;

    Kinds.Mode mode() default Kinds.Mode.FAST;

    Tag tag() default @Tag("t");

    Class<?> kind() default Object.class;

    Class<?>[] kinds() default {};

    String required();
}

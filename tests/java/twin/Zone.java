package twin;

import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** The javac twin of {@code mirror.Zone}, which names its container before the container is declared. */
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(Zones.class)
public @interface Zone {
    String value();
}

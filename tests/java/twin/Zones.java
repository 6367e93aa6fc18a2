package twin;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** The javac twin of {@code mirror.Zones}, the container of {@code mirror.Zone}. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Zones {
    Zone[] value();
}

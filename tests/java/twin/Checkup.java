package twin;

import fixtures.HealthCheck;
import fixtures.Marker;

/**
 * The javac twin of the Python class {@code mirror.Checkup}: it overrides {@code health()} and
 * inherits the default {@code health(boolean)}, which it does not declare.
 */
public class Checkup implements HealthCheck {
    @Override
    @Marker
    public String health() {
        return "UP";
    }
}

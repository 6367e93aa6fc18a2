package twin;

import org.springframework.stereotype.Component;

import fixtures.HealthCheck;

/**
 * The Java twin of the Python bean {@code shopapp.overloads.Indicator} of the parity application
 * (tests/parity): it overrides {@code health()} and inherits the default {@code health(boolean)}.
 */
@Component("javaHealth")
public class Indicator implements HealthCheck {
    @Override
    public String health() {
        return "UP";
    }
}

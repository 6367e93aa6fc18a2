package twin;

import fixtures.Formatter;

/**
 * The javac twin of the Python class {@code mirror.Shouting}: it overrides one of its superclass's two
 * {@code format} overloads and inherits the other.
 */
public class Shouting extends Formatter {
    @Override
    public String format(Object value) {
        return "PYTHON " + value;
    }
}

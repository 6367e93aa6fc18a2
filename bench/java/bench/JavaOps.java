package bench;

import java.util.Collections;
import java.util.List;

/** The same operations in Java, the floor every Python implementation is compared with. */
public final class JavaOps implements Ops {

    private static final List<String> LISTED = Collections.singletonList("listed");

    @Override
    public int addInts(int a, int b) {
        return a + b;
    }

    @Override
    public long addLongs(long a, long b) {
        return a + b;
    }

    @Override
    public double addDoubles(double a, double b) {
        return a + b;
    }

    @Override
    public boolean negate(boolean value) {
        return !value;
    }

    @Override
    public String echo(String value) {
        return value;
    }

    @Override
    public List<String> listed(String value) {
        return LISTED; // as the Python ones: a list made once
    }
}

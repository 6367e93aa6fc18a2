package bench;

import java.util.List;

/** The signatures whose call cost from Java into Python is measured, one per kind of value. */
public interface Ops {
    int addInts(int a, int b);

    long addLongs(long a, long b);

    double addDoubles(double a, double b);

    boolean negate(boolean value);

    String echo(String value);

    List<String> listed(String value);
}

package twin;

import java.util.List;

/**
 * The javac twin of the Python class {@code members.Overloads} (tests/python/test_javac_twin_members.py):
 * overloads of one name, one of them variable-arity, and a variable-arity method of a primitive type.
 */
public class Overloads {
    public String join(String first, String... rest) {
        return first + String.join("", rest);
    }

    public String join(List<String> first) {
        return String.join("", first);
    }

    public String join(int first) {
        return String.valueOf(first);
    }

    public int total(int... numbers) {
        int sum = 0;
        for (int number : numbers) {
            sum += number;
        }
        return sum;
    }
}

package demo.greeter;

/** What the Java side knows of the greeter; the implementation is Python. */
public interface Greeter {
    String greet(String name);
}

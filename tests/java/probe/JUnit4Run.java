package probe;

import org.junit.runner.JUnitCore;
import org.junit.runner.Result;
import org.junit.runner.notification.Failure;

/** Runs the JUnit 4 test classes named with {@link JUnitCore} and prints the outcome of each test. */
public final class JUnit4Run {

    private JUnit4Run() {
    }

    public static void main(String[] args) throws ClassNotFoundException {
        Class<?>[] classes = new Class<?>[args.length];
        for (int i = 0; i < args.length; i++) {
            classes[i] = Class.forName(args[i]);
        }
        Result result = JUnitCore.runClasses(classes);
        System.out.println("run " + result.getRunCount() + ", failed " + result.getFailureCount()
                + ", ignored " + result.getIgnoreCount());
        for (Failure failure : result.getFailures()) {
            System.out.println("failure " + failure.getDescription().getMethodName() + ": "
                    + failure.getException().getClass().getName() + ": " + failure.getMessage());
        }
    }
}

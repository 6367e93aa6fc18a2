package twin;

/** The javac twin of the Python class {@code mirror.Helper}, to be named as a Class value. */
public class Helper implements Runnable {
    @Override
    public void run() {
    }
}

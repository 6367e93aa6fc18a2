package probe;

import java.lang.annotation.Annotation;

/** Prints, for each class named, its declared annotations as reflection reports them, in order. */
public final class Reflect {

    private Reflect() {
    }

    public static void main(String[] args) throws ClassNotFoundException {
        for (String name : args) {
            Class<?> type = Class.forName(name);
            System.out.println("class " + type.getName());
            for (Annotation annotation : type.getDeclaredAnnotations()) {
                System.out.println("  " + annotation);
            }
        }
    }
}

package probe;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

import org.python.util.PythonInterpreter;

/**
 * Runs one Python script, which prints what it finds, in each way Java embeds Jython: a JSR-223
 * engine (twice, in two engines) and a {@code PythonInterpreter}. Usage: {@code Embedding <script>}.
 */
public final class Embedding {

    private Embedding() {
    }

    public static void main(String[] args) throws Exception {
        String script = new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get(args[0])), "UTF-8");
        for (int i = 1; i <= 2; i++) {
            System.out.println("jsr-223 engine " + i);
            ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");
            engine.eval(script);
        }
        System.out.println("PythonInterpreter");
        try (PythonInterpreter interpreter = new PythonInterpreter()) {
            interpreter.exec(script);
        }
    }
}

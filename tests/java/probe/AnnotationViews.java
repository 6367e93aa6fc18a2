package probe;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.util.CheckClassAdapter;
import org.objectweb.asm.util.TraceClassVisitor;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.MethodMetadata;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;

/**
 * Prints, for each class named, its annotations as three readers see them, the methods it declares,
 * then whether ASM's verifier accepts the class: {@code asm:} lists what the class file holds, with
 * visibility and the exact type of each constant; {@code reflection:} and {@code spring:} list what
 * reflection and Spring's class-file metadata (the view component scanning gets) make of the
 * runtime-visible ones. The tests compare the text
 * for a Python-generated class with that for its javac-compiled twin, and Spring's section with
 * reflection's, so both of those use one canonical format (all elements, defaults included, sorted by
 * name) and one order for methods. For an annotation type, {@code shape:} is its whole class file.
 */
public final class AnnotationViews {

    private AnnotationViews() {
    }

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String name : args) {
            byte[] bytes = classBytes(name, loader);
            AnnotationMetadata metadata =
                    new SimpleMetadataReaderFactory(loader).getMetadataReader(name).getAnnotationMetadata();
            System.out.println("== " + name);
            printSection("asm:", asmLines(bytes));
            printSection("reflection:", reflectionLines(Class.forName(name, false, loader)));
            printSection("spring:", springLines(metadata));
            printSection("methods:", declaredMethods(Class.forName(name, false, loader)));
            if (Class.forName(name, false, loader).isAnnotation()) {
                printSection("shape:", shapeLines(bytes));
            }
            verificationLines(bytes, loader).forEach(System.out::println);
            System.out.println();
        }
    }

    private static byte[] classBytes(String name, ClassLoader loader) throws IOException, ClassNotFoundException {
        try (InputStream in = loader.getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            return in.readAllBytes();
        }
    }

    private static void printSection(String title, List<String> lines) {
        System.out.println(title);
        lines.forEach(line -> System.out.println("  " + line));
    }

    /** Class annotations, then each method's annotations and parameter annotations, then fields'. */
    private static List<String> asmLines(byte[] bytes) {
        List<String> classLines = new ArrayList<>();
        List<String> methodLines = new ArrayList<>();
        List<String> fieldLines = new ArrayList<>();
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                return asmAnnotation(descriptor, visible, text -> classLines.add("class: " + text));
            }

            @Override
            public FieldVisitor visitField(
                    int access, String name, String descriptor, String signature, Object value) {
                if (value != null) {
                    fieldLines.add("field " + name + " = " + constant(value));
                }
                return new FieldVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        return asmAnnotation(
                                annotation, visible, text -> fieldLines.add("field " + name + ": " + text));
                    }
                };
            }

            @Override
            public MethodVisitor visitMethod(
                    int access, String name, String descriptor, String signature, String[] exceptions) {
                String method = name + descriptor;
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        return asmAnnotation(
                                annotation, visible, text -> methodLines.add("method " + method + ": " + text));
                    }

                    @Override
                    public AnnotationVisitor visitParameterAnnotation(
                            int parameter, String annotation, boolean visible) {
                        return asmAnnotation(annotation, visible,
                                text -> methodLines.add("parameter " + parameter + " of " + method + ": " + text));
                    }
                };
            }
        }, ClassReader.SKIP_CODE);
        List<String> lines = new ArrayList<>(classLines);
        lines.addAll(methodLines);
        lines.addAll(fieldLines);
        return lines;
    }

    /**
     * The whole class file as ASM's Textifier writes it, but for what javac writes for debuggers (the
     * source file's name): printed for annotation types, which have no code, so that all of their shape is
     * compared (flags, version, interfaces, elements and their defaults, constants).
     */
    private static List<String> shapeLines(byte[] bytes) {
        StringWriter text = new StringWriter();
        new ClassReader(bytes).accept(new TraceClassVisitor(new PrintWriter(text)), ClassReader.SKIP_DEBUG);
        return text.toString().lines().filter(line -> !line.isBlank()).toList();
    }

    private static AnnotationVisitor asmAnnotation(String descriptor, boolean visible, Consumer<String> sink) {
        String visibility = visible ? "visible " : "invisible ";
        return new AsmElements(elements -> sink.accept(visibility + annotationText(descriptor, elements)));
    }

    /** Collects an annotation's or array's elements as text, in class-file order, and hands them on at the end. */
    private static final class AsmElements extends AnnotationVisitor {

        private final List<String> elements = new ArrayList<>();
        private final Consumer<List<String>> sink;

        AsmElements(Consumer<List<String>> sink) {
            super(Opcodes.ASM9);
            this.sink = sink;
        }

        @Override
        public void visit(String name, Object value) {
            add(name, asmValue(value));
        }

        @Override
        public void visitEnum(String name, String descriptor, String value) {
            add(name, descriptor + "." + value);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String name, String descriptor) {
            return new AsmElements(nested -> add(name, annotationText(descriptor, nested)));
        }

        @Override
        public AnnotationVisitor visitArray(String name) {
            return new AsmElements(items -> add(name, arrayText(items)));
        }

        @Override
        public void visitEnd() {
            sink.accept(elements);
        }

        private void add(String name, String text) {
            elements.add(name == null ? text : name + "=" + text);
        }
    }

    /** A value ASM passes to {@code visit}: a constant, a {@code Type}, or a primitive array. */
    private static String asmValue(Object value) {
        if (value instanceof Type type) {
            return type.getDescriptor() + ".class";
        }
        if (value.getClass().isArray()) {
            return arrayText(items(value).stream().map(AnnotationViews::asmValue).toList());
        }
        return constant(value);
    }

    private static List<String> reflectionLines(Class<?> type) throws ReflectiveOperationException {
        List<String> lines = new ArrayList<>();
        for (String text : texts(Arrays.asList(type.getDeclaredAnnotations()))) {
            lines.add("class: " + text);
        }
        List<MethodGroup> methods = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            if (method.isBridge()) {
                continue; // Spring's class-file reader skips bridges, javac copies annotations onto them
            }
            methods.add(new MethodGroup(method.getName(), texts(Arrays.asList(method.getDeclaredAnnotations()))));
        }
        lines.addAll(methodLines(methods));
        return lines;
    }

    /** The methods the class declares (but bridges), as {@link Method#toString()} writes them, sorted. */
    private static List<String> declaredMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).filter(method -> !method.isBridge())
                .map(Method::toString).sorted().toList();
    }

    private static List<String> springLines(AnnotationMetadata metadata) throws ReflectiveOperationException {
        List<String> lines = new ArrayList<>();
        for (String text : texts(directlyPresent(metadata))) {
            lines.add("class: " + text);
        }
        List<MethodGroup> methods = new ArrayList<>();
        for (MethodMetadata method : metadata.getDeclaredMethods()) {
            methods.add(new MethodGroup(method.getMethodName(), texts(directlyPresent(method))));
        }
        lines.addAll(methodLines(methods));
        return lines;
    }

    private static List<Annotation> directlyPresent(AnnotatedTypeMetadata metadata) {
        return metadata.getAnnotations().stream()
                .filter(MergedAnnotation::isDirectlyPresent)
                .map(MergedAnnotation::synthesize)
                .toList();
    }

    /** One method's annotations; methods sort by name, then by the text of their lines. */
    private record MethodGroup(String name, List<String> annotations) {

        List<String> lines() {
            return annotations.stream().map(text -> "method " + name + ": " + text).toList();
        }

        String text() {
            return String.join("\n", lines());
        }
    }

    private static List<String> methodLines(List<MethodGroup> methods) {
        return methods.stream()
                .sorted(Comparator.comparing(MethodGroup::name).thenComparing(MethodGroup::text))
                .flatMap(method -> method.lines().stream())
                .toList();
    }

    private static List<String> texts(List<? extends Annotation> annotations) throws ReflectiveOperationException {
        List<String> texts = new ArrayList<>();
        for (Annotation annotation : annotations) {
            texts.add(annotationText(annotation));
        }
        return texts;
    }

    /** The canonical form of an annotation instance: every element, defaults included, sorted by name. */
    private static String annotationText(Annotation annotation) throws ReflectiveOperationException {
        Class<? extends Annotation> type = annotation.annotationType();
        Method[] elements = Arrays.stream(type.getDeclaredMethods())
                .filter(method -> Modifier.isAbstract(method.getModifiers()))
                .sorted(Comparator.comparing(Method::getName))
                .toArray(Method[]::new);
        List<String> texts = new ArrayList<>();
        for (Method element : elements) {
            if (!element.canAccess(annotation)) {
                element.setAccessible(true);
            }
            texts.add(element.getName() + "=" + value(element.invoke(annotation)));
        }
        return annotationText(type.getName(), texts);
    }

    private static String value(Object value) throws ReflectiveOperationException {
        if (value instanceof Annotation annotation) {
            return annotationText(annotation);
        }
        if (value instanceof Class<?> type) {
            return (type.isArray() ? type.getTypeName() : type.getName()) + ".class";
        }
        if (value instanceof Enum<?> constant) {
            return constant.getDeclaringClass().getName() + "." + constant.name();
        }
        if (value.getClass().isArray()) {
            List<String> texts = new ArrayList<>();
            for (Object item : items(value)) {
                texts.add(value(item));
            }
            return arrayText(texts);
        }
        return constant(value);
    }

    /** A string or boxed primitive, written so that its Java type shows. */
    private static String constant(Object value) {
        if (value instanceof String string) {
            return '"' + escape(string, '"') + '"';
        }
        if (value instanceof Character character) {
            return "'" + escape(character.toString(), '\'') + "'";
        }
        if (value instanceof Byte) {
            return "(byte)" + value;
        }
        if (value instanceof Short) {
            return "(short)" + value;
        }
        if (value instanceof Long) {
            return value + "L";
        }
        if (value instanceof Float) {
            return value + "f";
        }
        if (value instanceof Double) {
            return value + "d";
        }
        return value.toString();
    }

    /** Escaped as in Java source, with every character outside printable ASCII as its UTF-16 units. */
    private static String escape(String text, char quote) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == quote || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < ' ' || c > '~') {
                escaped.append(String.format("\\u%04X", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static List<Object> items(Object array) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < Array.getLength(array); i++) {
            items.add(Array.get(array, i));
        }
        return items;
    }

    private static String annotationText(String type, List<String> elements) {
        return "@" + type + (elements.isEmpty() ? "" : "(" + String.join(", ", elements) + ")");
    }

    private static String arrayText(List<String> items) {
        return "{" + String.join(", ", items) + "}";
    }

    private static List<String> verificationLines(byte[] bytes, ClassLoader loader) {
        StringWriter output = new StringWriter();
        PrintWriter writer = new PrintWriter(output);
        try {
            CheckClassAdapter.verify(new ClassReader(bytes), loader, false, writer);
        } catch (RuntimeException | LinkageError e) {
            writer.println(e);
        }
        writer.flush();
        if (output.toString().isEmpty()) {
            return List.of("verify: ok");
        }
        List<String> lines = new ArrayList<>(List.of("verify: failed"));
        output.toString().lines().forEach(line -> lines.add("  " + line));
        return lines;
    }
}

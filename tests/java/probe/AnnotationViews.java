package probe;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Array;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
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
import org.objectweb.asm.TypePath;
import org.objectweb.asm.TypeReference;
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
 * visibility and the exact type of each constant, type annotations with their target and type path;
 * {@code reflection:} and {@code spring:} list what reflection and Spring's class-file metadata (the
 * view component scanning gets) make of the runtime-visible ones (a static method's marked so).
 * {@code shapes:} gives each member's access flags, descriptor, generic signature, exceptions and
 * parameter names as the class file holds them, and {@code declarations:} each member as reflection
 * declares it, with parameter names and the annotated types of its parameters, return value,
 * exceptions or field. The tests compare the text
 * for a Python-generated class with that for its javac-compiled twin, and Spring's section with
 * reflection's, so both of those use one canonical format (all elements, defaults included, sorted by
 * name) and one order for methods. For an annotation type, {@code classfile:} is its whole class file.
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
            printSection("shapes:", shapes(bytes));
            printSection("declarations:", declarations(Class.forName(name, false, loader)));
            if (Class.forName(name, false, loader).isAnnotation()) {
                printSection("classfile:", classFileLines(bytes));
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

                    @Override
                    public AnnotationVisitor visitTypeAnnotation(
                            int typeRef, TypePath typePath, String annotation, boolean visible) {
                        return asmAnnotation(annotation, visible, text -> fieldLines.add(
                                typeAnnotationPlace(typeRef, typePath) + " of field " + name + ": " + text));
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

                    @Override
                    public AnnotationVisitor visitTypeAnnotation(
                            int typeRef, TypePath typePath, String annotation, boolean visible) {
                        return asmAnnotation(annotation, visible, text -> methodLines.add(
                                typeAnnotationPlace(typeRef, typePath) + " of " + method + ": " + text));
                    }
                };
            }
        }, ClassReader.SKIP_CODE);
        List<String> lines = new ArrayList<>(classLines);
        lines.addAll(methodLines);
        lines.addAll(fieldLines);
        return lines;
    }

    /** {@code type METHOD_FORMAL_PARAMETER 1 at [0;}: a type annotation's target and type path. */
    private static String typeAnnotationPlace(int typeRef, TypePath typePath) {
        TypeReference reference = new TypeReference(typeRef);
        String place = switch (reference.getSort()) {
            case TypeReference.FIELD -> "FIELD";
            case TypeReference.METHOD_RETURN -> "METHOD_RETURN";
            case TypeReference.METHOD_FORMAL_PARAMETER ->
                "METHOD_FORMAL_PARAMETER " + reference.getFormalParameterIndex();
            case TypeReference.THROWS -> "THROWS " + reference.getExceptionIndex();
            default -> "sort " + reference.getSort();
        };
        return "type " + place + " at " + (typePath == null ? "" : typePath);
    }

    /** Each field and method as the class file declares it, in name and descriptor order. */
    private static List<String> shapes(byte[] bytes) {
        List<String> lines = new ArrayList<>();
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public FieldVisitor visitField(
                    int access, String name, String descriptor, String signature, Object value) {
                lines.add("field " + name + " " + descriptor + " " + accessText(access, FIELD_FLAGS)
                        + " signature=" + signature);
                return null;
            }

            @Override
            public MethodVisitor visitMethod(
                    int access, String name, String descriptor, String signature, String[] exceptions) {
                String shape = "method " + name + descriptor + " " + accessText(access, METHOD_FLAGS) + " signature="
                        + signature + " exceptions=" + (exceptions == null ? List.of() : Arrays.asList(exceptions));
                List<String> names = new ArrayList<>();
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitParameter(String parameter, int parameterAccess) {
                        names.add(parameter);
                    }

                    @Override
                    public void visitEnd() {
                        lines.add(shape + " parameters=" + names);
                    }
                };
            }
        }, ClassReader.SKIP_CODE);
        lines.sort(null);
        return lines;
    }

    /** The names of the access flags of methods and fields, by bit, as JVMS 4.6 and 4.5 name them. */
    private static final String[] METHOD_FLAGS = {"public", "private", "protected", "static", "final", "synchronized",
        "bridge", "varargs", "native", null, "abstract", "strict", "synthetic"};
    private static final String[] FIELD_FLAGS = {"public", "private", "protected", "static", "final", null,
        "volatile", "transient", null, null, null, null, "synthetic", null, "enum"};

    /** {@code public varargs}: the flags of {@code access} by their names, any other bit in hexadecimal. */
    private static String accessText(int access, String[] names) {
        List<String> flags = new ArrayList<>();
        for (int bit = 0; bit < 16; bit++) {
            if ((access & 1 << bit) != 0) {
                flags.add(bit < names.length && names[bit] != null ? names[bit] : String.format("0x%x", 1 << bit));
            }
        }
        return String.join(" ", flags);
    }

    /** Each constructor, method (but bridges) and field as reflection declares it, in the order of that text. */
    private static List<String> declarations(Class<?> type) throws ReflectiveOperationException {
        List<String> lines = new ArrayList<>();
        List<Executable> executables = new ArrayList<>(Arrays.asList(type.getDeclaredConstructors()));
        executables.addAll(Arrays.stream(type.getDeclaredMethods()).filter(method -> !method.isBridge()).toList());
        for (Executable executable : executables) {
            List<String> parameters = new ArrayList<>();
            for (Parameter parameter : executable.getParameters()) {
                parameters.add(String.join(" ", texts(Arrays.asList(parameter.getDeclaredAnnotations())))
                        + (parameter.getDeclaredAnnotations().length == 0 ? "" : " ")
                        + annotatedType(parameter.getAnnotatedType()) + " " + parameter.getName());
            }
            List<String> exceptions = new ArrayList<>();
            for (AnnotatedType exception : executable.getAnnotatedExceptionTypes()) {
                exceptions.add(annotatedType(exception));
            }
            lines.add(executable.toGenericString() + " | annotations " + texts(Arrays.asList(
                    executable.getDeclaredAnnotations())) + " | returns "
                    + annotatedType(executable.getAnnotatedReturnType())
                    + " | parameters " + parameters + " | throws " + exceptions);
        }
        for (Field field : type.getDeclaredFields()) {
            lines.add(field.toGenericString() + " | annotations " + texts(Arrays.asList(field.getDeclaredAnnotations()))
                    + " | type " + annotatedType(field.getAnnotatedType()));
        }
        lines.sort(null);
        return lines;
    }

    /**
     * A type with its type annotations where reflection finds them, written as Java source would:
     * {@code java.util.List<@A() java.lang.String>}, {@code java.lang.String @A() []}.
     */
    private static String annotatedType(AnnotatedType type) throws ReflectiveOperationException {
        String annotations = String.join(" ", texts(Arrays.asList(type.getDeclaredAnnotations())));
        if (type instanceof AnnotatedArrayType array) {
            return annotatedType(array.getAnnotatedGenericComponentType()) + (annotations.isEmpty() ? "" : " "
                    + annotations + " ") + "[]";
        }
        String prefix = annotations.isEmpty() ? "" : annotations + " ";
        if (type instanceof AnnotatedParameterizedType parameterized) {
            List<String> arguments = new ArrayList<>();
            for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                arguments.add(annotatedType(argument));
            }
            return prefix + ((ParameterizedType) type.getType()).getRawType().getTypeName() + "<"
                    + String.join(", ", arguments) + ">";
        }
        return prefix + type.getType().getTypeName();
    }

    /**
     * The whole class file as ASM's Textifier writes it, but for what javac writes for debuggers (the
     * source file's name): printed for annotation types, which have no code, so that all of their shape is
     * compared (flags, version, interfaces, elements and their defaults, constants).
     */
    private static List<String> classFileLines(byte[] bytes) {
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
            methods.add(new MethodGroup(method.getName(), Modifier.isStatic(method.getModifiers()),
                    texts(Arrays.asList(method.getDeclaredAnnotations()))));
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
            methods.add(new MethodGroup(method.getMethodName(), method.isStatic(), texts(directlyPresent(method))));
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
    private record MethodGroup(String name, boolean isStatic, List<String> annotations) {

        List<String> lines() {
            return annotations.stream().map(text -> "method " + name + (isStatic ? " static" : "") + ": " + text)
                    .toList();
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

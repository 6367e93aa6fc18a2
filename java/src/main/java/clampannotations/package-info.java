/**
 * The Java half of clamp_annotations: the model of what Python declares, the generator that writes
 * the Java classes of clamped Python classes, and the runtime those classes call.
 *
 * <p>Python calls in through {@code clamp_annotations/_jvm.py}; Jython calls in through
 * {@link clampannotations.ClampMaker} and its adapter chain ({@link clampannotations.AnnotationTypeHook},
 * {@link clampannotations.ProxyAdapter}); the generated classes call {@link clampannotations.JythonStartup}
 * and {@link clampannotations.ClampRuntime}. {@code docs/architecture.md} draws the package and follows
 * the two walks across the line: a decorator call to the bytes in the jar, and Java's {@code new} to the
 * Python {@code __init__}. A name both languages spell is defined here, in the class that reads it
 * ({@link clampannotations.VirtualCalls#FUNCTION}, {@link clampannotations.ClampRuntime#STATIC_VALUE},
 * {@link clampannotations.ClampMaker#GENERATOR}), and Python reads it from there.
 */
package clampannotations;

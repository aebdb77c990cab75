package io.github.ftpreply.processor;

import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Stops the processor, with one error, when the compilation's source level is below 17: the generated code uses
 * switch expressions and the runtime is compiled for Java 17, so generating anyway would only fail later inside
 * generated files. The error sits on the first handler or catalog type, so IDEs show it.
 */
final class SourceLevelCheck {
    static final SourceVersion MINIMUM = SourceVersion.RELEASE_17;

    private final ErrorReporter reporter;
    private final SourceVersion level;
    private boolean reported;

    SourceLevelCheck(ErrorReporter reporter, ProcessingEnvironment env) {
        this.reporter = reporter;
        this.level = env.getSourceVersion();
    }

    /** Whether the processor may work in this round; reports the first time it may not. */
    boolean allows(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (level.compareTo(MINIMUM) >= 0) {
            return true;
        }
        if (!reported) {
            TreeMap<String, Element> annotated = new TreeMap<>();
            for (TypeElement annotation : annotations) {
                if (ClassNames.OWN_ANNOTATIONS.contains(
                        annotation.getQualifiedName().toString())) {
                    for (Element element : round.getElementsAnnotatedWith(annotation)) {
                        if (element instanceof TypeElement type) {
                            annotated.put(type.getQualifiedName().toString(), type);
                        }
                    }
                }
            }
            if (!annotated.isEmpty()) {
                reported = true;
                String release = level.name().replace("RELEASE_", "");
                reporter.error(
                        DiagnosticId.SOURCE_LEVEL,
                        ErrorReporter.Site.of(annotated.firstEntry().getValue()),
                        "this compilation's source level is Java " + release + ", but ftpreply's generated code"
                                + " needs Java 17 or newer; compile with --release 17 (Maven: <release>17</release>"
                                + " in maven-compiler-plugin's configuration, or the property"
                                + " maven.compiler.release=17)");
            }
        }
        return false;
    }
}

package io.github.ftpreply.processor;

import java.util.List;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reports {@code @OnReply}, {@code @OnCategory} and {@code @OnAnyReply} on methods of a class without
 * {@code @FtpReplyHandler}: no dispatcher would ever call them, which is surely not what was meant.
 */
final class MisplacedAnnotationCheck {
    private static final List<String> ROUTING =
            List.of(ClassNames.ON_REPLY, ClassNames.ON_CATEGORY, ClassNames.ON_ANY_REPLY);

    private final ErrorReporter reporter;
    private final Elements elements;

    MisplacedAnnotationCheck(ErrorReporter reporter, Elements elements) {
        this.reporter = reporter;
        this.elements = elements;
    }

    void check(RoundEnvironment round) {
        for (String name : ROUTING) {
            TypeElement annotation = elements.getTypeElement(name);
            if (annotation == null) {
                continue;
            }
            for (Element method : round.getElementsAnnotatedWith(annotation)) {
                Element owner = method.getEnclosingElement();
                if (Annotations.find(owner, ClassNames.FTP_REPLY_HANDLER).isEmpty()) {
                    AnnotationMirror mirror = Annotations.find(method, name).orElseThrow();
                    reporter.error(
                            DiagnosticId.OUTSIDE_HANDLER,
                            ErrorReporter.Site.of(method, mirror),
                            "@" + annotation.getSimpleName() + " on " + method.getSimpleName() + " has no effect: "
                                    + owner.getSimpleName() + " is not annotated @FtpReplyHandler, so no dispatcher"
                                    + " calls it; annotate " + owner.getSimpleName() + " with @FtpReplyHandler");
                }
            }
        }
    }
}

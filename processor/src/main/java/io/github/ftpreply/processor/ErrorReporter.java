package io.github.ftpreply.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports diagnostics through the {@link Messager}, each message prefixed with its {@link DiagnosticId} tag, and
 * counts errors so that callers can check, before writing anything, that a handler had none.
 */
final class ErrorReporter {

    /**
     * Where a diagnostic points: an element, optionally the annotation on it and one value of that annotation, so
     * that the caret lands on {@code @OnReply(299)} rather than on the method.
     */
    record Site(Element element, AnnotationMirror mirror, AnnotationValue value) {
        static Site of(Element element) {
            return new Site(element, null, null);
        }

        static Site of(Element element, AnnotationMirror mirror) {
            return new Site(element, mirror, null);
        }
    }

    private final Messager messager;
    private int errorCount;

    ErrorReporter(Messager messager) {
        this.messager = messager;
    }

    /** Reports an error at {@code site}. */
    void error(DiagnosticId id, Site site, String message) {
        report(Diagnostic.Kind.ERROR, id, site, message);
    }

    /** Reports a warning at {@code site}. */
    void warning(DiagnosticId id, Site site, String message) {
        report(Diagnostic.Kind.WARNING, id, site, message);
    }

    /** Reports an error that belongs to no element, such as a bad {@code -A} option. */
    void error(DiagnosticId id, String message) {
        errorCount++;
        messager.printMessage(Diagnostic.Kind.ERROR, id.tag() + " " + message);
    }

    /** Reports at {@code site} with the given kind. */
    void report(Diagnostic.Kind kind, DiagnosticId id, Site site, String message) {
        if (kind == Diagnostic.Kind.ERROR) {
            errorCount++;
        }
        print(kind, site, id.tag() + " " + message);
    }

    private void print(Diagnostic.Kind kind, Site site, String text) {
        if (site.mirror() == null) {
            messager.printMessage(kind, text, site.element());
        } else if (site.value() == null) {
            messager.printMessage(kind, text, site.element(), site.mirror());
        } else {
            messager.printMessage(kind, text, site.element(), site.mirror(), site.value());
        }
    }

    /**
     * Passes on a message that carries its own id, such as a catalog diagnostic
     * ({@code acme.yaml:12:5: [cat-unknown-key] ...}), at {@code site}.
     */
    void relay(Diagnostic.Kind kind, Site site, String message) {
        if (kind == Diagnostic.Kind.ERROR) {
            errorCount++;
        }
        print(kind, site, message);
    }

    /** Errors reported so far; compare before and after a step to know whether that step failed. */
    int errorCount() {
        return errorCount;
    }
}

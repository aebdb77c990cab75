package io.github.ftpreply.processor;

import io.github.ftpreply.catalog.Category;
import io.github.ftpreply.catalog.ReplyCodeEntry;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.tools.Diagnostic;

/**
 * Reports the catalog codes a handler leaves unhandled, grouped by category, with the fix. The heart of ftpreply:
 * a forgotten code is a compile error that names it.
 */
final class ExhaustivenessCheck {
    private final ErrorReporter reporter;

    ExhaustivenessCheck(ErrorReporter reporter) {
        this.reporter = reporter;
    }

    /**
     * Reports missing codes, if any, with the handler's severity.
     *
     * @return whether the dispatcher may be generated: no missing code, or only a warning
     */
    boolean check(HandlerModel model, AnnotationMirror annotation, RoutingTable table) {
        HandlerPolicy policy = model.policy();
        List<ReplyCodeEntry> missing = table.missing(policy.exhaustiveness());
        if (missing.isEmpty()) {
            return true;
        }
        Diagnostic.Kind kind =
                policy.severity() == HandlerPolicy.Severity.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
        reporter.report(
                kind,
                DiagnosticId.MISSING_CODES,
                ErrorReporter.Site.of(model.element(), annotation),
                message(model, missing));
        return kind != Diagnostic.Kind.ERROR;
    }

    static String message(HandlerModel model, List<ReplyCodeEntry> missing) {
        boolean everyCode = model.policy().exhaustiveness() == HandlerPolicy.Exhaustiveness.EVERY_CODE;
        StringBuilder out = new StringBuilder()
                .append(model.handler().simpleName())
                .append(" does not handle ")
                .append(missing.size() == 1 ? "1 catalog reply code" : missing.size() + " catalog reply codes")
                .append(
                        everyCode
                                ? " with a method of its own (exhaustiveness EVERY_CODE: @OnCategory and"
                                        + " @OnAnyReply methods do not count)"
                                : "")
                .append(":\n");
        Map<Category, List<ReplyCodeEntry>> byCategory = new TreeMap<>();
        missing.forEach(e -> byCategory
                .computeIfAbsent(e.category(), c -> new java.util.ArrayList<>())
                .add(e));
        byCategory.forEach((category, entries) -> out.append("  ")
                .append(category.name())
                .append(" (")
                .append(category.digit())
                .append("xx): ")
                .append(entries.stream().map(e -> e.code() + " " + e.name()).collect(Collectors.joining(", ")))
                .append('\n'));
        String codes = missing.stream().map(e -> String.valueOf(e.code())).collect(Collectors.joining(", "));
        String onReply = missing.size() == 1 ? "@OnReply(" + codes + ")" : "@OnReply({" + codes + "})";
        if (everyCode) {
            out.append("Add ")
                    .append(onReply)
                    .append(" to methods of ")
                    .append(model.handler().simpleName())
                    .append(", or set exhaustiveness = CATEGORIES_COUNT to let category and catch-all methods count.");
        } else {
            String categories = byCategory.keySet().stream().map(Category::name).collect(Collectors.joining(", "));
            out.append("Add ")
                    .append(onReply)
                    .append(" to methods of ")
                    .append(model.handler().simpleName())
                    .append(", handle their categories with @OnCategory(")
                    .append(byCategory.size() == 1 ? categories : "{" + categories + "}")
                    .append("), or add an @OnAnyReply method.");
        }
        if (model.policy().severity() == HandlerPolicy.Severity.WARNING) {
            out.append(" Until then, dispatch throws UnhandledReplyException for these codes.");
        }
        return out.toString();
    }
}

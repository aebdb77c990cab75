package io.github.ftpreply.processor;

import io.github.ftpreply.catalog.Catalog;
import io.github.ftpreply.catalog.Category;
import io.github.ftpreply.catalog.SocketErrorEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks the methods of one handler class, one at a time, and turns each valid one into a {@link HandlerMethod}.
 * Remembers which method claimed each code, category and the catch-all, so a second claim is reported where it
 * is written. Create one per handler class.
 */
final class HandlerMethodClassifier {
    private final ErrorReporter reporter;
    private final HandlerCatalog handled;
    private final Catalog catalog;
    private final Map<Integer, String> codeOwners = new LinkedHashMap<>();
    private final Map<Category, String> categoryOwners = new LinkedHashMap<>();
    private String catchAllOwner;

    HandlerMethodClassifier(ErrorReporter reporter, HandlerCatalog handled) {
        this.reporter = reporter;
        this.handled = handled;
        this.catalog = handled.catalog();
    }

    /** The method as a {@link HandlerMethod}, or empty if it has an error (then reported). */
    Optional<HandlerMethod> classify(ExecutableElement method) {
        Optional<AnnotationMirror> onReply = Annotations.find(method, ClassNames.ON_REPLY);
        Optional<AnnotationMirror> onCategory = Annotations.find(method, ClassNames.ON_CATEGORY);
        Optional<AnnotationMirror> onAny = Annotations.find(method, ClassNames.ON_ANY_REPLY);
        // Plain conditionals, not Optional.map with lambdas: each lambda is a class to spin in javac's cold JVM.
        AnnotationMirror first =
                onReply.isPresent() ? onReply.get() : onCategory.isPresent() ? onCategory.get() : onAny.orElseThrow();
        ErrorReporter.Site site = ErrorReporter.Site.of(method, first);
        int errorsBefore = reporter.errorCount();

        checkModifiers(method, site);
        HandlerMethod.Parameter parameter = parameter(method, onCategory.isPresent() || onAny.isPresent());
        List<Integer> codes = onReply.isPresent() ? codes(method, onReply.get()) : List.of();
        List<Category> categories = onCategory.isPresent() ? categories(method, onCategory.get()) : List.of();
        if (onAny.isPresent()) {
            claimCatchAll(method, onAny.get());
        }

        if (reporter.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new HandlerMethod(method, parameter, codes, categories, onAny.isPresent()));
    }

    private void checkModifiers(ExecutableElement method, ErrorReporter.Site site) {
        String name = method.getSimpleName().toString();
        if (method.getModifiers().contains(Modifier.PRIVATE)) {
            reporter.error(
                    DiagnosticId.METHOD_PRIVATE,
                    site,
                    name + " is private, so the generated dispatcher"
                            + " cannot call it; make it package-private, protected or public");
        }
        if (method.getModifiers().contains(Modifier.STATIC)) {
            reporter.error(
                    DiagnosticId.METHOD_STATIC,
                    site,
                    name + " is static; handler methods are instance"
                            + " methods, called on the handler the dispatcher was built with; remove 'static'");
        }
        if (!method.getTypeParameters().isEmpty()) {
            reporter.error(
                    DiagnosticId.METHOD_GENERIC,
                    site,
                    name + " declares type parameters " + typeParameters(method.getTypeParameters())
                            + ", which the dispatcher has nothing to infer from; remove them");
        }
    }

    /** {@code <K, V>}, as written in the source. */
    static String typeParameters(List<? extends TypeParameterElement> parameters) {
        return parameters.stream().map(p -> p.getSimpleName().toString()).collect(Collectors.joining(", ", "<", ">"));
    }

    private HandlerMethod.Parameter parameter(ExecutableElement method, boolean receivesUnknownCodes) {
        List<? extends VariableElement> parameters = method.getParameters();
        if (parameters.isEmpty()) {
            return HandlerMethod.Parameter.NONE;
        }
        String name = method.getSimpleName().toString();
        String constants = handled.codes().simpleName();
        String allowed = "; a handler method takes nothing, the FtpReply, the " + constants + " or the int code";
        if (parameters.size() > 1) {
            reporter.error(
                    DiagnosticId.METHOD_PARAMETER,
                    ErrorReporter.Site.of(parameters.get(1)),
                    name + " takes " + parameters.size() + " parameters" + allowed);
            return HandlerMethod.Parameter.NONE;
        }
        VariableElement only = parameters.get(0);
        TypeMirror type = only.asType();
        if (type.getKind() == TypeKind.INT && !method.isVarArgs()) {
            return HandlerMethod.Parameter.CODE_INT;
        }
        if (isClass(type, ClassNames.FTP_REPLY.canonicalName())) {
            return HandlerMethod.Parameter.REPLY;
        }
        if (isClass(type, handled.codes().canonicalName())) {
            if (receivesUnknownCodes) {
                reporter.error(
                        DiagnosticId.METHOD_PARAMETER,
                        ErrorReporter.Site.of(only),
                        name + " takes "
                                + (constants.equals("FtpReplyCode") || "AEIOU".indexOf(constants.charAt(0)) >= 0
                                        ? "an "
                                        : "a ")
                                + constants
                                + ", but as an @OnCategory or @OnAnyReply method it also receives codes outside the catalog,"
                                + " which have no constant; take the FtpReply or the int code instead and call "
                                + constants + ".find(code)");
            }
            return HandlerMethod.Parameter.CODE_CONSTANT;
        }
        if (handled.extension().isPresent() && isClass(type, ClassNames.FTP_REPLY_CODE.canonicalName())) {
            reporter.error(
                    DiagnosticId.METHOD_PARAMETER,
                    ErrorReporter.Site.of(only),
                    name + " takes an"
                            + " FtpReplyCode, but its class handles the catalog extended by "
                            + handled.extension().get()
                            + ", whose codes are the constants of "
                            + handled.codes().canonicalName() + "; take " + constants
                            + " instead");
            return HandlerMethod.Parameter.NONE;
        }
        reporter.error(DiagnosticId.METHOD_PARAMETER, ErrorReporter.Site.of(only), name + " takes " + type + allowed);
        return HandlerMethod.Parameter.NONE;
    }

    private static boolean isClass(TypeMirror type, String qualifiedName) {
        return type instanceof DeclaredType declared
                && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(qualifiedName);
    }

    private List<Integer> codes(ExecutableElement method, AnnotationMirror mirror) {
        List<AnnotationValue> values = Annotations.elements(mirror, "value");
        if (values.isEmpty()) {
            emptyRoute(method, mirror, "@OnReply", "codes, such as @OnReply(530)");
        }
        List<Integer> codes = new ArrayList<>();
        for (AnnotationValue value : values) {
            if (!(value.getValue() instanceof Integer code)) {
                continue; // javac has reported the broken expression
            }
            ErrorReporter.Site site = new ErrorReporter.Site(method, mirror, value);
            if (catalog.code(code).isEmpty()) {
                unknownCode(code, site);
            } else if (codeOwners.containsKey(code)) {
                String owner = codeOwners.get(code);
                reporter.error(
                        DiagnosticId.DUPLICATE_CODE,
                        site,
                        code + " is already handled by " + owner
                                + (owner.equals(method.getSimpleName().toString()) ? " (it is listed twice)" : "")
                                + "; a code is routed to one method only, so remove it here or there");
            } else {
                codeOwners.put(code, method.getSimpleName().toString());
                codes.add(code);
            }
        }
        return codes;
    }

    private void unknownCode(int code, ErrorReporter.Site site) {
        if (handled.excluded().contains(code)) {
            reporter.error(
                    DiagnosticId.UNKNOWN_CODE,
                    site,
                    code + " is excluded from the catalog by "
                            + handled.extension().orElseThrow()
                            + ", so no reply with it reaches @OnReply; remove it here, or"
                            + " remove it from the extension's 'exclude' list");
            return;
        }
        Optional<SocketErrorEntry> socket =
                catalog.socketErrors().stream().filter(s -> s.code() == code).findFirst();
        if (socket.isPresent()) {
            reporter.error(
                    DiagnosticId.SOCKET_ERROR_CODE,
                    site,
                    code + " (" + socket.get().name() + ") is a"
                            + " Windows Sockets error, not an FTP reply: a client reports it, a server never sends it, so"
                            + " no reply carries it; remove it and handle the client's I/O exception instead");
            return;
        }
        String nearest = CodeSuggestions.nearest(code, catalog, 3).stream()
                .map(e -> e.code() + " " + e.name())
                .collect(Collectors.joining(", "));
        String range = code < 100 || code > 699 ? " (reply codes are 100..699)" : "";
        String fallback = Category.ofCode(code)
                .filter(c -> code <= 699)
                .map(c -> "@OnCategory(" + c.name() + ") or @OnAnyReply")
                .orElse("@OnCategory or @OnAnyReply");
        reporter.error(
                DiagnosticId.UNKNOWN_CODE,
                site,
                code + " is not a reply code of the catalog" + range
                        + (nearest.isEmpty() ? "" : "; the nearest are " + nearest)
                        + ". Correct it, or handle codes outside the catalog with " + fallback);
    }

    private List<Category> categories(ExecutableElement method, AnnotationMirror mirror) {
        List<AnnotationValue> values = Annotations.elements(mirror, "value");
        if (values.isEmpty()) {
            emptyRoute(method, mirror, "@OnCategory", "categories, such as @OnCategory(PERMANENT_NEGATIVE)");
        }
        List<Category> categories = new ArrayList<>();
        for (AnnotationValue value : values) {
            Optional<String> constant = Annotations.enumConstant(value);
            if (constant.isEmpty()) {
                continue; // javac has reported the broken expression
            }
            Optional<Category> category = Optional.of(Category.valueOf(constant.get()));
            if (categoryOwners.containsKey(category.get())) {
                String owner = categoryOwners.get(category.get());
                reporter.error(
                        DiagnosticId.DUPLICATE_CATEGORY,
                        new ErrorReporter.Site(method, mirror, value),
                        category.get().name() + " is already handled by " + owner
                                + (owner.equals(method.getSimpleName().toString()) ? " (it is listed twice)" : "")
                                + "; a category is routed to one method only, so remove it here or there");
            } else {
                categoryOwners.put(category.get(), method.getSimpleName().toString());
                categories.add(category.get());
            }
        }
        return categories;
    }

    private void claimCatchAll(ExecutableElement method, AnnotationMirror mirror) {
        if (catchAllOwner != null) {
            reporter.error(
                    DiagnosticId.DUPLICATE_CATCH_ALL,
                    ErrorReporter.Site.of(method, mirror),
                    "@OnAnyReply is already on " + catchAllOwner + "; a handler has at most one catch-all method,"
                            + " so remove one of them");
        } else {
            catchAllOwner = method.getSimpleName().toString();
        }
    }

    private void emptyRoute(ExecutableElement method, AnnotationMirror mirror, String annotation, String example) {
        reporter.error(
                DiagnosticId.EMPTY_ROUTE,
                ErrorReporter.Site.of(method, mirror),
                annotation + " on " + method.getSimpleName() + " lists nothing, so no reply reaches it; list "
                        + example);
    }
}

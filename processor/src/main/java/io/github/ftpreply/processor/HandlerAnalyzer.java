package io.github.ftpreply.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks one {@code @FtpReplyHandler} class and builds its {@link HandlerModel}: the class must be reachable from
 * its package and not generic, its methods valid ({@link HandlerMethodClassifier}) and of one return type.
 */
final class HandlerAnalyzer {
    private final ErrorReporter reporter;
    private final Types types;
    private final TypeMirror uncheckedException;
    private final TypeMirror error;

    HandlerAnalyzer(ErrorReporter reporter, Elements elements, Types types) {
        this.reporter = reporter;
        this.types = types;
        this.uncheckedException = elements.getTypeElement(RuntimeException.class.getCanonicalName())
                .asType();
        this.error = elements.getTypeElement(Error.class.getCanonicalName()).asType();
    }

    /** The model of {@code type}, or empty if it has an error (then reported). */
    Optional<HandlerModel> analyze(
            TypeElement type, AnnotationMirror annotation, HandlerPolicy defaults, HandlerCatalog catalog) {
        int errorsBefore = reporter.errorCount();
        checkClass(type, annotation);
        HandlerMethodClassifier classifier = new HandlerMethodClassifier(reporter, catalog);
        List<HandlerMethod> methods = new ArrayList<>();
        for (ExecutableElement method : routedMethods(type)) {
            Optional<HandlerMethod> classified = classifier.classify(method);
            if (classified.isPresent()) {
                methods.add(classified.get());
            }
        }
        TypeRef returnType = returnType(methods);
        if (reporter.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        JavaName handler = JavaName.of(type);
        return Optional.of(new HandlerModel(
                type,
                handler,
                catalog.codes(),
                HandlerModel.dispatcherName(handler),
                isPublic(type),
                policy(annotation, defaults),
                methods,
                returnType,
                checkedExceptions(methods)));
    }

    /** The methods declared in {@code type} that carry a routing annotation, in source order. */
    static List<ExecutableElement> routedMethods(TypeElement type) {
        List<ExecutableElement> routed = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (isRouted(method)) {
                routed.add(method);
            }
        }
        return List.copyOf(routed);
    }

    static boolean isRouted(Element method) {
        return Annotations.find(method, ClassNames.ON_REPLY).isPresent()
                || Annotations.find(method, ClassNames.ON_CATEGORY).isPresent()
                || Annotations.find(method, ClassNames.ON_ANY_REPLY).isPresent();
    }

    private void checkClass(TypeElement type, AnnotationMirror annotation) {
        ErrorReporter.Site site = ErrorReporter.Site.of(type, annotation);
        String name = type.getQualifiedName().toString();
        if (type.getKind() == ElementKind.ANNOTATION_TYPE) {
            reporter.error(
                    DiagnosticId.CLASS_UNREACHABLE,
                    site,
                    name + " is an annotation type, which cannot" + " handle replies; put @FtpReplyHandler on a class");
        }
        for (Element e = type; e instanceof TypeElement nested; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                reporter.error(
                        DiagnosticId.CLASS_UNREACHABLE,
                        site,
                        (e == type ? name : name + "'s enclosing class " + ((TypeElement) e).getQualifiedName())
                                + " is private, so the generated dispatcher in"
                                + " the same package cannot refer to it; make it package-private or wider");
            }
        }
        if (type.getNestingKind() == NestingKind.MEMBER
                && type.getKind() == ElementKind.CLASS
                && !type.getModifiers().contains(Modifier.STATIC)
                && type.getEnclosingElement().getKind() != ElementKind.INTERFACE) {
            reporter.error(
                    DiagnosticId.CLASS_UNREACHABLE,
                    site,
                    name + " is an inner (non-static) class; make it"
                            + " static so that the dispatcher can be built with any instance of it");
        }
        for (Element e = type; e instanceof TypeElement nested; e = e.getEnclosingElement()) {
            if (!nested.getTypeParameters().isEmpty()) {
                reporter.error(
                        DiagnosticId.CLASS_GENERIC,
                        site,
                        (e == type ? name : name + "'s enclosing class " + nested.getQualifiedName())
                                + " declares type parameters "
                                + HandlerMethodClassifier.typeParameters(nested.getTypeParameters())
                                + "; a handler class cannot be generic, so remove them or handle replies in a subclass"
                                + " that fixes them");
            }
        }
    }

    private TypeRef returnType(List<HandlerMethod> methods) {
        if (methods.isEmpty()) {
            return TypeRef.VOID;
        }
        HandlerMethod first = methods.get(0);
        TypeMirror expected = first.element().getReturnType();
        for (HandlerMethod method : methods.subList(1, methods.size())) {
            TypeMirror actual = method.element().getReturnType();
            if (!types.isSameType(expected, actual)) {
                reporter.error(
                        DiagnosticId.MIXED_RETURN_TYPES,
                        ErrorReporter.Site.of(method.element()),
                        method.name() + " returns " + actual + " but " + first.name() + " returns " + expected
                                + "; all handler methods return void, or all return the same type (which"
                                + " dispatch returns)");
            }
        }
        return TypeRef.of(expected);
    }

    private List<TypeRef> checkedExceptions(List<HandlerMethod> methods) {
        TreeMap<String, TypeRef> byName = new TreeMap<>();
        for (HandlerMethod method : methods) {
            for (TypeMirror thrown : method.element().getThrownTypes()) {
                if (!types.isSubtype(thrown, uncheckedException) && !types.isSubtype(thrown, error)) {
                    TypeRef name = TypeRef.of(thrown);
                    byName.put(name.toString(), name);
                }
            }
        }
        return List.copyOf(byName.values());
    }

    private static HandlerPolicy policy(AnnotationMirror annotation, HandlerPolicy defaults) {
        HandlerPolicy policy = defaults;
        Optional<String> exhaustiveness = Annotations.explicitEnumConstant(annotation, "exhaustiveness");
        if (exhaustiveness.isPresent() && !exhaustiveness.get().equals("DEFAULT")) {
            policy = policy.withExhaustiveness(HandlerPolicy.Exhaustiveness.valueOf(exhaustiveness.get()));
        }
        Optional<String> severity = Annotations.explicitEnumConstant(annotation, "missing");
        if (severity.isPresent() && !severity.get().equals("DEFAULT")) {
            policy = policy.withSeverity(HandlerPolicy.Severity.valueOf(severity.get()));
        }
        return policy;
    }

    private static boolean isPublic(TypeElement type) {
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (!e.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The simple names of the types that a routed method's signature names but that do not exist yet (perhaps
     * generated later); empty when every type resolves.
     */
    static Set<String> unresolvedTypes(TypeElement type) {
        Set<String> names = new TreeSet<>();
        for (ExecutableElement method : routedMethods(type)) {
            List<TypeMirror> signature = new ArrayList<>(method.getThrownTypes());
            signature.add(method.getReturnType());
            for (VariableElement parameter : method.getParameters()) {
                signature.add(parameter.asType());
            }
            for (TypeMirror part : signature) {
                collectErrors(part, names);
            }
        }
        return names;
    }

    private static void collectErrors(TypeMirror type, Set<String> names) {
        if (type.getKind() == TypeKind.ERROR) {
            names.add(((DeclaredType) type).asElement().getSimpleName().toString());
        } else if (type instanceof DeclaredType declared) {
            for (TypeMirror argument : declared.getTypeArguments()) {
                collectErrors(argument, names);
            }
        }
    }
}

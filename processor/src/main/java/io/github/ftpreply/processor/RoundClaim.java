package io.github.ftpreply.processor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Decides what {@code process} returns: whether the processor claims the round's annotations, so that javac's
 * {@code -Xlint:processing} has nothing to report. {@code process} answers once for every annotation it was given,
 * so the processor claims only when all of them are its own: ftpreply's annotations, and {@code @Generated} when
 * every element that carries it this round names this processor. It does not claim in a round where a handler waits
 * for a type that this processor does not generate: javac calls no further processor once a round's annotations
 * are all claimed, and the type may come from one of them (docs/building.md, "Warnings are errors").
 */
final class RoundClaim {
    /** The generator names this processor writes into {@code @Generated}. */
    private static final Set<Object> OWN_GENERATORS =
            Set.of(DispatcherGenerator.GENERATOR, MessagesGenerator.GENERATOR);

    private RoundClaim() {}

    /**
     * Whether to claim {@code annotations}; {@code waitingForOthers} says a handler was left for a later round in
     * the hope that another processor generates a type it names.
     */
    static boolean claims(Set<? extends TypeElement> annotations, RoundEnvironment round, boolean waitingForOthers) {
        if (annotations.isEmpty() || waitingForOthers) {
            return false;
        }
        for (TypeElement annotation : annotations) {
            String name = annotation.getQualifiedName().toString();
            if (name.equals(ClassNames.GENERATED)) {
                if (!allGeneratedHere(annotation, round)) {
                    return false;
                }
            } else if (!ClassNames.OWN_ANNOTATIONS.contains(name)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every element annotated {@code @Generated} this round names this processor, and only it. */
    private static boolean allGeneratedHere(TypeElement generated, RoundEnvironment round) {
        for (Element element : round.getElementsAnnotatedWith(generated)) {
            Optional<AnnotationMirror> mirror = Annotations.find(element, ClassNames.GENERATED);
            List<AnnotationValue> generators =
                    mirror.isPresent() ? Annotations.elements(mirror.get(), "value") : List.of();
            if (generators.size() != 1
                    || !OWN_GENERATORS.contains(generators.get(0).getValue())) {
                return false;
            }
        }
        return true;
    }
}

package io.github.ftpreply.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads annotations through their mirrors: the processor does not load the runtime's annotation classes, it only
 * knows their names ({@link ClassNames}).
 */
final class Annotations {
    private Annotations() {}

    /** The annotation of this type on {@code element}, if present. */
    static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(qualifiedName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** The value written for {@code name}, if the source writes one (defaults are not included). */
    static Optional<AnnotationValue> explicit(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * The elements of an array-valued member, each with its own position in the source; a single value written
     * without braces is a one-element list. Empty if the member is absent or (after a compile error) not an array.
     */
    static List<AnnotationValue> elements(AnnotationMirror mirror, String name) {
        Optional<AnnotationValue> value = explicit(mirror, name);
        if (value.isEmpty() || !(value.get().getValue() instanceof List<?> list)) {
            return List.of();
        }
        List<AnnotationValue> elements = new ArrayList<>();
        for (Object element : list) {
            if (element instanceof AnnotationValue annotationValue) {
                elements.add(annotationValue);
            }
        }
        return List.copyOf(elements);
    }

    /** The simple name of the enum constant given explicitly for member {@code name}, if it is one. */
    static Optional<String> explicitEnumConstant(AnnotationMirror mirror, String name) {
        Optional<AnnotationValue> value = explicit(mirror, name);
        return value.isPresent() ? enumConstant(value.get()) : Optional.empty();
    }

    /** The simple name of the enum constant in {@code value}, if it is one. */
    static Optional<String> enumConstant(AnnotationValue value) {
        return value.getValue() instanceof VariableElement constant
                ? Optional.of(constant.getSimpleName().toString())
                : Optional.empty();
    }
}

package io.github.ftpreply.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/**
 * A type as generated source spells it, such as {@code int[]} or {@code List<? extends Map<String, int[]>>}: text
 * with each class it names kept as a {@link JavaName}, so that {@link JavaWriter} can import it or qualify it.
 * Spelled as JavaPoet's {@code TypeName.get} spelled it (no type annotations, {@code ?} for {@code ? extends Object}),
 * so that dispatchers stay byte for byte what they were.
 *
 * @param parts each a {@code String} of source text or a {@link JavaName}, in source order
 */
record TypeRef(List<Object> parts) {
    static final TypeRef VOID = new TypeRef(List.of("void"));

    TypeRef {
        parts = List.copyOf(parts);
        for (Object part : parts) {
            if (!(part instanceof String || part instanceof JavaName)) {
                throw new IllegalArgumentException("not text or a class name: " + part);
            }
        }
    }

    static TypeRef of(JavaName name) {
        return new TypeRef(List.of(name));
    }

    /** The type a handler method returns or throws. */
    static TypeRef of(TypeMirror type) {
        List<Object> parts = new ArrayList<>();
        append(type, parts);
        return new TypeRef(parts);
    }

    boolean isVoid() {
        // Not equals(VOID): a record's first equals bootstraps ObjectMethods, about 60 classes in javac's cold JVM.
        return parts.size() == 1 && "void".equals(parts.get(0));
    }

    private static void append(TypeMirror type, List<Object> parts) {
        switch (type.getKind()) {
            case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE, VOID ->
                parts.add(type.getKind().name().toLowerCase(Locale.ROOT));
            case ARRAY -> {
                append(((ArrayType) type).getComponentType(), parts);
                parts.add("[]");
            }
            case DECLARED, ERROR -> appendDeclared((DeclaredType) type, parts);
            case WILDCARD -> appendWildcard((WildcardType) type, parts);
            case TYPEVAR ->
                parts.add(((TypeVariable) type).asElement().getSimpleName().toString());
            default -> throw new IllegalArgumentException("Unexpected type mirror: " + type);
        }
    }

    /** {@code Outer<A>.Inner<B>} keeps its enclosing type's arguments; any other class is named by its JavaName. */
    private static void appendDeclared(DeclaredType type, List<Object> parts) {
        if (hasParameterizedEnclosing(type)) {
            append(type.getEnclosingType(), parts);
            parts.add("." + type.asElement().getSimpleName());
        } else {
            parts.add(JavaName.of((TypeElement) type.asElement()));
        }
        List<? extends TypeMirror> arguments = type.getTypeArguments();
        if (!arguments.isEmpty()) {
            parts.add("<");
            for (int i = 0; i < arguments.size(); i++) {
                if (i > 0) {
                    parts.add(", ");
                }
                append(arguments.get(i), parts);
            }
            parts.add(">");
        }
    }

    /** Whether {@code type} is an inner class of a type with arguments, such as {@code Outer<A>.Inner}. */
    private static boolean hasParameterizedEnclosing(DeclaredType type) {
        TypeMirror enclosing = type.getEnclosingType();
        if (enclosing.getKind() == TypeKind.NONE
                || type.asElement().getModifiers().contains(Modifier.STATIC)
                || !(enclosing instanceof DeclaredType declared)) {
            return false;
        }
        return !declared.getTypeArguments().isEmpty() || hasParameterizedEnclosing(declared);
    }

    private static void appendWildcard(WildcardType type, List<Object> parts) {
        if (type.getSuperBound() != null && type.getExtendsBound() == null) {
            parts.add("? super ");
            append(type.getSuperBound(), parts);
        } else if (type.getExtendsBound() != null && !isObject(type.getExtendsBound())) {
            parts.add("? extends ");
            append(type.getExtendsBound(), parts);
        } else {
            parts.add("?");
        }
    }

    private static boolean isObject(TypeMirror type) {
        return type instanceof DeclaredType declared
                && declared.getTypeArguments().isEmpty()
                && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.lang.Object");
    }

    /** The type with every class fully qualified, such as {@code java.util.List<java.lang.String>}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            text.append(part);
        }
        return text.toString();
    }
}

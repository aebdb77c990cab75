package io.github.ftpreply.catalog;

import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Checks on names that become Java identifiers in generated code. */
final class JavaNames {

    private JavaNames() {}

    // Contextual keywords that cannot name a field or constant either.
    private static final Set<String> ALSO_RESERVED = Set.of("_", "var", "yield", "record", "sealed", "permits");

    /** Whether {@code name} is a Java keyword or literal ({@code class}, {@code true}, {@code _}, ...). */
    static boolean isReserved(String name) {
        return SourceVersion.isKeyword(name, SourceVersion.latestSupported()) || ALSO_RESERVED.contains(name);
    }

    /** Names the generated enums declare besides the constants ({@code EnumGenerator}); a constant cannot take one. */
    static final Set<String> GENERATED_MEMBERS = Set.of("BY_CODE");

    /** Whether {@code name} is a syntactically valid Java identifier (keywords aside). */
    static boolean isIdentifier(String name) {
        return SourceVersion.isIdentifier(name);
    }

    /** {@code serviceReady} and {@code Service-Ready} become {@code SERVICE_READY}, for suggestions. */
    static String toUpperSnake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .replaceAll("[^A-Za-z0-9]+", "_")
                .replaceAll("^_+|_+$", "")
                .toUpperCase(Locale.ROOT);
    }
}

package io.github.ftpreply.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The category of a reply, fixed by its first digit (RFC 959 §4.2.1; 6 from RFC 2228). The runtime's {@code
 * ReplyCategory} says the same for user code; the catalog keeps its own, because the runtime's committed enums are
 * generated from the catalog and the catalog must not depend on the runtime (docs/handlers.md).
 */
public enum Category implements YamlKeyed {
    POSITIVE_PRELIMINARY(1, "positive-preliminary"),
    POSITIVE_COMPLETION(2, "positive-completion"),
    POSITIVE_INTERMEDIATE(3, "positive-intermediate"),
    TRANSIENT_NEGATIVE(4, "transient-negative"),
    PERMANENT_NEGATIVE(5, "permanent-negative"),
    PROTECTED(6, "protected");

    private final int digit;
    private final String key;

    Category(int digit, String key) {
        this.digit = digit;
        this.key = key;
    }

    /** The first digit of every code in this category. */
    public int digit() {
        return digit;
    }

    /** The key used in the catalog YAML, such as {@code positive-completion}. */
    @Override
    public String key() {
        return key;
    }

    /** Every YAML key, in declaration order, as listed in "did you mean" messages. */
    public static List<String> keys() {
        return YamlKeyed.keys(values());
    }
    /** The category with this YAML key. */
    public static Optional<Category> ofKey(String key) {
        return YamlKeyed.ofKey(values(), key);
    }

    /** The category of a three-digit code, if its first digit is 1..6. */
    public static Optional<Category> ofCode(int code) {
        int digit = code / 100;
        for (Category value : values()) {
            if (value.digit == digit) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}

package io.github.ftpreply.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The function group of a reply, fixed by its second digit (RFC 959 §4.2.1). The catalog's counterpart of the
 * runtime's {@code ReplyGroup}, for the reason {@link Category} gives.
 */
public enum FunctionGroup implements YamlKeyed {
    SYNTAX(0, "syntax"),
    INFORMATION(1, "information"),
    CONNECTIONS(2, "connections"),
    AUTHENTICATION(3, "authentication"),
    UNSPECIFIED(4, "unspecified"),
    FILE_SYSTEM(5, "file-system");

    /**
     * The YAML {@code group} of a code whose second digit is 6..9 (a vendor's 599): RFC 959 gives those digits no
     * group, and the model then has none ({@code Optional.empty()}) rather than a seventh constant.
     */
    public static final String NONE_KEY = "none";

    private final int digit;
    private final String key;

    FunctionGroup(int digit, String key) {
        this.digit = digit;
        this.key = key;
    }

    /** The second digit of every code in this group. */
    public int digit() {
        return digit;
    }

    /** The key used in the catalog YAML, such as {@code file-system}. */
    @Override
    public String key() {
        return key;
    }

    /** Every YAML key, in declaration order, as listed in "did you mean" messages. */
    public static List<String> keys() {
        return YamlKeyed.keys(values());
    }
    /** The group with this YAML key. */
    public static Optional<FunctionGroup> ofKey(String key) {
        return YamlKeyed.ofKey(values(), key);
    }

    /** The group of a three-digit code, if its second digit is 0..5. */
    public static Optional<FunctionGroup> ofCode(int code) {
        int digit = code / 10 % 10;
        for (FunctionGroup value : values()) {
            if (value.digit == digit) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}

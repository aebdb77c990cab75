package io.github.ftpreply.catalog;

import java.util.List;
import java.util.Optional;

/** The type of a value that a reply text carries; generated accessors take a parameter of this type. */
public enum PlaceholderType implements YamlKeyed {
    /** Any text. */
    STRING("string"),
    /** A whole number, written in plain decimal digits with no grouping separators. */
    INT("int"),
    /** A whole number that may not fit an {@code int}, such as a file size in octets; written like {@code int}. */
    LONG("long"),
    /** A pathname written inside double quotes, each embedded {@code "} doubled (RFC 959 Appendix II). */
    PATH("path");

    private final String key;

    PlaceholderType(String key) {
        this.key = key;
    }

    /** The key used in the catalog YAML. */
    @Override
    public String key() {
        return key;
    }

    /** Every YAML key, in declaration order, as listed in "did you mean" messages. */
    public static List<String> keys() {
        return YamlKeyed.keys(values());
    }
    /** The type with this YAML key. */
    public static Optional<PlaceholderType> ofKey(String key) {
        return YamlKeyed.ofKey(values(), key);
    }
}

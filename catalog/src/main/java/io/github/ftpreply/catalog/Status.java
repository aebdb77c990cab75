package io.github.ftpreply.catalog;

import java.util.List;
import java.util.Optional;

/** How established a reply code is. */
public enum Status implements YamlKeyed {
    /** Defined by RFC 959, the base standard. */
    STANDARD("standard"),
    /** Defined by a later RFC that extends FTP. */
    EXTENSION("extension"),
    /** Seen from real servers, but defined by no RFC. */
    NON_STANDARD("non-standard"),
    /** Once defined or used, no longer to be sent. */
    OBSOLETE("obsolete");

    private final String key;

    Status(String key) {
        this.key = key;
    }

    /** The key used in the catalog YAML, such as {@code non-standard}. */
    @Override
    public String key() {
        return key;
    }

    /** Every YAML key, in declaration order, as listed in "did you mean" messages. */
    public static List<String> keys() {
        return YamlKeyed.keys(values());
    }
    /** The status with this YAML key. */
    public static Optional<Status> ofKey(String key) {
        return YamlKeyed.ofKey(values(), key);
    }
}

package io.github.ftpreply.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A value of a closed set that catalog YAML names by a key, such as {@code positive-completion}: the lookups the
 * catalog's enums share. Loops, not streams: the validator calls them in javac's cold JVM, where each lambda is a
 * class spun on first use.
 */
interface YamlKeyed {

    /** The key used in the catalog YAML. */
    String key();

    /** Every key of {@code values}, in their order. */
    static List<String> keys(YamlKeyed[] values) {
        List<String> keys = new ArrayList<>();
        for (YamlKeyed value : values) {
            keys.add(value.key());
        }
        return List.copyOf(keys);
    }

    /** The value of {@code values} with this key. */
    static <E extends YamlKeyed> Optional<E> ofKey(E[] values, String key) {
        for (E value : values) {
            if (value.key().equals(key)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}

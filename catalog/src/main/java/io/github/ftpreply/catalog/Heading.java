package io.github.ftpreply.catalog;

import java.util.List;
import java.util.Objects;

/**
 * The title and description of a category or function group, with the other names sources give it.
 *
 * @param <K>         {@link Category} or {@link FunctionGroup}
 * @param key         which category or group
 * @param title       short title
 * @param description what replies in it have in common
 * @param aliases     other names in use, each with its origin
 */
public record Heading<K extends Enum<K>>(K key, String title, String description, List<Alias> aliases) {
    public Heading {
        Objects.requireNonNull(key, "key == null");
        Objects.requireNonNull(title, "title == null");
        Objects.requireNonNull(description, "description == null");
        aliases = List.copyOf(aliases);
    }
}

package io.github.ftpreply.catalog;

import java.util.Objects;

/**
 * A named, typed value in a reply text, written {@code {name}} in the text.
 *
 * @param name        lowerCamelCase name, unique in its entry
 * @param type        the value's type
 * @param description what the value is
 */
public record Placeholder(String name, PlaceholderType type, String description) {
    public Placeholder {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(type, "type == null");
        Objects.requireNonNull(description, "description == null");
    }
}

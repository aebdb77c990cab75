package io.github.ftpreply.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Another name that a source uses for a category or group.
 *
 * @param name    the other name, such as {@code Client error}
 * @param origins where it is used
 * @param note    why ftpreply does not use it
 */
public record Alias(String name, List<String> origins, Optional<String> note) {
    public Alias {
        Objects.requireNonNull(name, "name == null");
        origins = List.copyOf(origins);
        Objects.requireNonNull(note, "note == null");
    }
}

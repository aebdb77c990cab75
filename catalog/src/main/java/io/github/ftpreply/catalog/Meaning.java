package io.github.ftpreply.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One meaning that a source or specification gives a code. Where meanings conflict, exactly one is primary.
 *
 * @param meaning what the code means, in one sentence
 * @param origins where the meaning comes from: source ids or specification names
 * @param primary whether this is the meaning ftpreply documents and follows
 * @param why     why this meaning wins; present on the primary meaning
 */
public record Meaning(String meaning, List<String> origins, boolean primary, Optional<String> why) {
    public Meaning {
        Objects.requireNonNull(meaning, "meaning == null");
        origins = List.copyOf(origins);
        Objects.requireNonNull(why, "why == null");
    }
}

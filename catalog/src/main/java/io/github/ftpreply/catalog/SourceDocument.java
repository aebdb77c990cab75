package io.github.ftpreply.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * A document that lists reply codes and that catalog entries cite by {@link #id()}.
 *
 * @param id          kebab-case id, unique in the catalog
 * @param file        the file it was read from, if any
 * @param description what the document is
 */
public record SourceDocument(String id, Optional<String> file, String description) {
    public SourceDocument {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(file, "file == null");
        Objects.requireNonNull(description, "description == null");
    }
}

package io.github.ftpreply.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * The document that defines a reply code, and the section in it.
 *
 * @param document such as {@code RFC 959}, or {@code non-standard}
 * @param section  such as {@code 4.2.2}, if the document has sections
 */
public record SpecReference(String document, Optional<String> section) {

    /** The {@code document} of codes that no specification defines. */
    public static final String NON_STANDARD = "non-standard";

    public SpecReference {
        Objects.requireNonNull(document, "document == null");
        Objects.requireNonNull(section, "section == null");
    }

    /** {@code RFC 959 §4.2.2}, {@code RFC 2428} or {@code non-standard}. */
    @Override
    public String toString() {
        return section.isPresent() ? document + " §" + section.get() : document;
    }
}

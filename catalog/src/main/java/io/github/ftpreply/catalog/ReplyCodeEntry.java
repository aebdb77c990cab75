package io.github.ftpreply.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One FTP reply code of the catalog.
 *
 * @param code         three-digit code, 100..699
 * @param name         Java constant name, UPPER_SNAKE_CASE
 * @param title        short title
 * @param description  one or two sentences for people
 * @param category     from the first digit
 * @param group        from the second digit; empty for a second digit of 6..9, which names no group
 * @param text         default reply text in the catalog's base language, with placeholders
 * @param translations the text in other languages, by BCP 47 tag, in the catalog's locale order
 * @param placeholders the values {@code text} carries, in declaration order
 * @param variants     texts for particular uses of the code (257 for PWD), in declaration order
 * @param spec         the defining specification
 * @param status       how established the code is
 * @param sources      ids of the source documents that list the code
 * @param meanings     every meaning given to the code, where they conflict; empty otherwise
 * @param location     where the entry was declared
 */
public record ReplyCodeEntry(
        int code,
        String name,
        String title,
        String description,
        Category category,
        Optional<FunctionGroup> group,
        TextTemplate text,
        Map<String, TextTemplate> translations,
        List<Placeholder> placeholders,
        List<TextVariant> variants,
        SpecReference spec,
        Status status,
        List<String> sources,
        List<Meaning> meanings,
        Location location) {

    public ReplyCodeEntry {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(title, "title == null");
        Objects.requireNonNull(description, "description == null");
        Objects.requireNonNull(category, "category == null");
        Objects.requireNonNull(group, "group == null");
        Objects.requireNonNull(text, "text == null");
        translations = Collections.unmodifiableMap(new LinkedHashMap<>(translations));
        placeholders = List.copyOf(placeholders);
        variants = List.copyOf(variants);
        Objects.requireNonNull(spec, "spec == null");
        Objects.requireNonNull(status, "status == null");
        sources = List.copyOf(sources);
        meanings = List.copyOf(meanings);
        Objects.requireNonNull(location, "location == null");
    }

    /** The primary meaning, when the entry records conflicting ones. */
    public Optional<Meaning> primaryMeaning() {
        return meanings.stream().filter(Meaning::primary).findFirst();
    }

    /** Whether sources or specifications disagree on this code. */
    public boolean hasConflicts() {
        return meanings.size() > 1;
    }
}

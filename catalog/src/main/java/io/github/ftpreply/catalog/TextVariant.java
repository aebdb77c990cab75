package io.github.ftpreply.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A reply text for one use of a code, beside its main text: 257 answers PWD as well as MKD, 213 answers SIZE with
 * the size alone. A multi-line text is a list of lines, never one string with line breaks: the runtime writes each
 * line on the wire itself.
 *
 * @param name         lowerCamelCase name, unique in its code, such as {@code pwd}; names the typed accessor
 * @param description  the use, for people: which command or situation the text answers
 * @param lines        the text in the catalog's base language: one line, or the lines of a multi-line reply
 * @param multiLine    whether the text was written as {@code lines} (a multi-line reply) rather than {@code text}
 * @param translations the lines in other languages, by BCP 47 tag, each list as long as {@code lines}
 * @param placeholders the values the lines carry, in declaration order; the code's own placeholders do not apply
 * @param location     where the variant was declared
 */
public record TextVariant(
        String name,
        String description,
        List<TextTemplate> lines,
        boolean multiLine,
        Map<String, List<TextTemplate>> translations,
        List<Placeholder> placeholders,
        Location location) {

    public TextVariant {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(description, "description == null");
        lines = List.copyOf(lines);
        if (lines.isEmpty() || (!multiLine && lines.size() != 1)) {
            throw new IllegalArgumentException("a one-line variant has one line, a multi-line one at least one");
        }
        Map<String, List<TextTemplate>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, List<TextTemplate>> translation : translations.entrySet()) {
            copy.put(translation.getKey(), List.copyOf(translation.getValue()));
        }
        translations = Collections.unmodifiableMap(copy);
        placeholders = List.copyOf(placeholders);
        Objects.requireNonNull(location, "location == null");
    }
}

package io.github.ftpreply.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * Locale tags are kept as written: a tag that Java would read as another ({@code iw} is {@code he} since Java 17,
 * {@code ji} is {@code yi}, {@code in} is {@code id}) would name the same bundle file as that other tag, so it is
 * refused with the tag to write instead; {@code und} names no language and would replace the base bundle.
 */
final class LocaleTags {

    private LocaleTags() {}

    /** What is wrong with a well-formed {@code tag}, if anything. */
    static Optional<String> problem(String tag) {
        if (tag.equals("und") || tag.startsWith("und-")) {
            return Optional.of("locale '" + tag + "' names no language ('und' means undetermined); list the"
                    + " language the texts are in, such as 'en'");
        }
        String canonical = Locale.forLanguageTag(tag).toLanguageTag();
        if (!canonical.equals(tag)) {
            return Optional.of("locale '" + tag + "' is an old code that Java reads as '" + canonical + "'; write '"
                    + canonical + "'");
        }
        return Optional.empty();
    }
}

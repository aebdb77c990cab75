package io.github.ftpreply;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * RFC 2640 language negotiation for a server: which of its languages answers a {@code LANG} command, and the
 * {@code FEAT} line that advertises them.
 *
 * <p>Matching, for a {@code LANG} argument such as {@code fr-CA}, picks among the available languages:
 * <ol>
 *   <li>the tag itself, compared case-insensitively ({@code FR-ca} is {@code fr-CA});
 *   <li>otherwise a language with the same primary language (RFC 2640 §4.1 lets a server answer {@code en-US}
 *       with {@code en}), preferring, in order: the same script ({@code zh-Hant-TW} and {@code zh-TW} are both
 *       Traditional Chinese; {@code zh-CN} is Simplified), the same region, the bare language ({@code fr}), and
 *       then the order in which the languages were given;
 *   <li>otherwise nothing: the server answers {@code 504} (command not implemented for that parameter).
 * </ol>
 *
 * <pre>{@code
 * LanguageNegotiator languages = LanguageNegotiator.of(List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH));
 * languages.negotiate("fr-CA");              // Optional[fr]
 * languages.negotiate("xx");                 // Optional.empty -> reply 504
 * languages.featLine(Locale.GERMAN);         // "LANG en;de*;fr"
 * }</pre>
 */
public final class LanguageNegotiator {

    /** RFC 2640: once a language is negotiated, reply text is sent as UTF-8. */
    public static final Charset REPLY_CHARSET = StandardCharsets.UTF_8;

    private final List<Locale> available;

    private LanguageNegotiator(List<Locale> available) {
        this.available = available;
    }

    /**
     * A negotiator over these languages; the first is the server's default.
     *
     * @param available the languages the server can reply in, at least one, no duplicates
     * @return the negotiator
     * @throws IllegalArgumentException if {@code available} is empty or holds a language twice
     */
    public static LanguageNegotiator of(List<Locale> available) {
        Objects.requireNonNull(available, "available == null");
        if (available.isEmpty()) {
            throw new IllegalArgumentException("a server offers at least one language");
        }
        if (available.stream().map(Locale::toLanguageTag).distinct().count() != available.size()) {
            throw new IllegalArgumentException("a language is listed twice: " + available);
        }
        return new LanguageNegotiator(List.copyOf(available));
    }

    /**
     * The languages the server offers.
     *
     * @return the languages, the server's default first
     */
    public List<Locale> available() {
        return available;
    }

    /**
     * The server's default language, used before any {@code LANG} and after a {@code LANG} without argument.
     *
     * @return the first of the available languages
     */
    public Locale defaultLanguage() {
        return available.get(0);
    }

    /**
     * The best available language for a {@code LANG} argument, by the rules in the class description.
     *
     * @param langArgument the command's argument, such as {@code de} or {@code zh-Hant-TW}; blank means the
     *     server's default (RFC 2640 §4.1)
     * @return the language to switch to, or empty if none fits (reply {@code 504})
     */
    public Optional<Locale> negotiate(String langArgument) {
        Objects.requireNonNull(langArgument, "langArgument == null");
        String tag = langArgument.trim();
        if (tag.isEmpty()) {
            return Optional.of(defaultLanguage());
        }
        Locale requested;
        try {
            requested =
                    new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build();
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
        for (Locale locale : available) {
            if (locale.toLanguageTag().equalsIgnoreCase(requested.toLanguageTag())) {
                return Optional.of(locale);
            }
        }
        String script = impliedScript(requested);
        return available.stream()
                .filter(l -> l.getLanguage().equals(requested.getLanguage()))
                .min(Comparator.<Locale>comparingInt(l -> script.equals(impliedScript(l)) ? 0 : 1)
                        .thenComparingInt(l -> l.getCountry().equals(requested.getCountry()) ? 0 : 1)
                        .thenComparingInt(
                                l -> l.getCountry().isEmpty() && l.getScript().isEmpty() ? 0 : 1)
                        .thenComparingInt(available::indexOf));
    }

    /**
     * The {@code FEAT} line that advertises the languages (RFC 2640 §4.3), the current one marked with {@code *}:
     * {@code LANG en;de*;fr}. A {@code FEAT} reply sends it indented by one space.
     *
     * @param current the language in use
     * @return the feature line, without the leading space or line end
     */
    public String featLine(Locale current) {
        Objects.requireNonNull(current, "current == null");
        StringJoiner tags = new StringJoiner(";", "LANG ", "");
        for (Locale locale : available) {
            tags.add(locale.toLanguageTag() + (locale.equals(current) ? "*" : ""));
        }
        return tags.toString();
    }

    /**
     * The script a language is written in, where a language has more than one: Chinese is written in Simplified
     * (Hans) or Traditional (Hant) characters, and a region implies which ({@code zh-TW} is Hant).
     */
    private static String impliedScript(Locale locale) {
        if (!locale.getScript().isEmpty()) {
            return locale.getScript();
        }
        if (locale.getLanguage().equals("zh")) {
            return switch (locale.getCountry()) {
                case "TW", "HK", "MO" -> "Hant";
                default -> "Hans";
            };
        }
        return "";
    }

    /** The list of languages, for logs. */
    @Override
    public String toString() {
        List<String> tags = new ArrayList<>();
        available.forEach(l -> tags.add(l.toLanguageTag()));
        return "LanguageNegotiator" + tags;
    }
}

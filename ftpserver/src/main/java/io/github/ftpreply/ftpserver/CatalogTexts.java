package io.github.ftpreply.ftpserver;

import io.github.ftpreply.FtpReplyMessages;
import io.github.ftpreply.LanguageNegotiator;
import io.github.ftpreply.MessageBundle;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The reply texts of a catalog and its languages: ftpreply's canonical catalog ({@link #canonical()}), or the merged
 * catalog of an extension ({@link #of(Class, List)} with the generated messages class, such as
 * {@code CatalogTexts.of(AcmeReplyMessages.class, AcmeReplyMessages.LOCALES)}), so that its overrides and languages
 * reach the server's replies.
 */
public final class CatalogTexts {

    private final MessageBundle bundle;
    private final LanguageNegotiator languages;

    private CatalogTexts(MessageBundle bundle, List<Locale> locales) {
        this.bundle = Objects.requireNonNull(bundle, "bundle == null");
        this.languages = LanguageNegotiator.of(locales);
    }

    /**
     * The canonical catalog's texts, in the ten languages of {@link FtpReplyMessages#LOCALES}.
     *
     * @return the texts
     */
    public static CatalogTexts canonical() {
        return of(
                MessageBundle.of("FtpReplyMessages", FtpReplyMessages.class::getResourceAsStream),
                FtpReplyMessages.LOCALES);
    }

    /**
     * The texts of a generated messages class: its bundles ({@code AcmeReplyMessages*.properties}) lie next to it.
     * Inside a named module, open the class's package to {@code io.github.ftpreply.ftpserver}, or use
     * {@link #of(MessageBundle, List)} with a bundle opened by the class's own module.
     *
     * @param messagesClass the generated class, such as {@code AcmeReplyMessages.class}
     * @param locales its {@code LOCALES}, the default language first
     * @return the texts
     */
    public static CatalogTexts of(Class<?> messagesClass, List<Locale> locales) {
        Objects.requireNonNull(messagesClass, "messagesClass == null");
        return of(MessageBundle.of(messagesClass.getSimpleName(), messagesClass::getResourceAsStream), locales);
    }

    /**
     * The texts of a bundle family.
     *
     * @param bundle the bundles, keyed by reply code
     * @param locales the languages to offer, the default first
     * @return the texts
     */
    public static CatalogTexts of(MessageBundle bundle, List<Locale> locales) {
        return new CatalogTexts(bundle, locales);
    }

    /**
     * The languages, for {@code LANG} and {@code FEAT}.
     *
     * @return the negotiator over the catalog's languages
     */
    public LanguageNegotiator languages() {
        return languages;
    }

    /**
     * The text pattern of a code in a language, if the catalog has the code.
     *
     * @param code the reply code
     * @param locale the language
     * @return the {@link MessageFormat} pattern, or empty for a code outside the catalog (or excluded by it)
     */
    Optional<String> pattern(int code, Locale locale) {
        return pattern(Integer.toString(code), locale);
    }

    /**
     * The text pattern of a bundle key in a language: a code ({@code 257}) or a code's variant ({@code 257.pwd}).
     *
     * @param key the bundle key
     * @param locale the language
     * @return the {@link MessageFormat} pattern, or empty for a key the catalog does not have
     */
    Optional<String> pattern(String key, Locale locale) {
        return bundle.resolvedLocale(key, locale).map(found -> bundle.pattern(key, locale));
    }

    /**
     * The text of a code in a language, its placeholders filled in.
     *
     * @param code a code of the catalog
     * @param locale the language
     * @param arguments one per placeholder
     * @return the text
     */
    String format(int code, Locale locale, Object... arguments) {
        return format(Integer.toString(code), locale, arguments);
    }

    /**
     * The text of a bundle key in a language, its placeholders filled in.
     *
     * @param key a key of the catalog's bundles: a code, or a code's variant
     * @param locale the language
     * @param arguments one per placeholder
     * @return the text
     */
    String format(String key, Locale locale, Object... arguments) {
        return bundle.format(key, locale, arguments);
    }

    /** Whether a pattern has placeholders. */
    static boolean hasPlaceholders(String pattern) {
        return new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex().length > 0;
    }
}

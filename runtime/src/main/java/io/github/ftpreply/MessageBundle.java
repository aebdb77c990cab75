package io.github.ftpreply;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The reply texts of one family of {@code .properties} bundles (such as {@code FtpReplyMessages_de.properties}),
 * looked up along the {@link ResourceBundle} candidate chain of a locale: {@code zh-Hant-TW} tries {@code zh_Hant_TW},
 * {@code zh_Hant}, {@code zh_TW}, {@code zh}, then the base bundle. Unlike {@code ResourceBundle.getBundle}, the
 * JVM's default locale never takes part, so a German JVM asked for Korean answers in the base language, not in
 * German. Generated message classes (such as {@code FtpReplyMessages}) use it; user code rarely needs to.
 *
 * <p>Bundles are read once, as UTF-8 (ASCII with {@code \\u} escapes reads the same), and cached, and so is each
 * pattern {@link #format} has parsed. Thread-safe.
 */
public final class MessageBundle {

    /** A bundle file that does not exist, cached so that it is looked up once. */
    private static final Properties ABSENT = new Properties();

    private static final ResourceBundle.Control CANDIDATES =
            ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String simpleName;
    private final Function<String, InputStream> resources;
    private final ConcurrentMap<Locale, Properties> bundles = new ConcurrentHashMap<>();
    /** Each pattern parsed once per locale asked for; formatted through a clone, as MessageFormat is not thread-safe. */
    private final ConcurrentMap<Locale, ConcurrentMap<String, MessageFormat>> formats = new ConcurrentHashMap<>();

    private MessageBundle(String simpleName, Function<String, InputStream> resources) {
        this.simpleName = simpleName;
        this.resources = resources;
    }

    /**
     * The bundles named {@code simpleName} ({@code FtpReplyMessages}), opened with {@code resources}.
     *
     * @param simpleName the bundle name without package, such as {@code FtpReplyMessages}
     * @param resources  opens a resource relative to the bundles' package, usually
     *     {@code name -> MyMessages.class.getResourceAsStream(name)} written in the bundles' own class, so that it
     *     works inside a named module too; returns {@code null} for a missing resource
     * @return the bundle family
     */
    public static MessageBundle of(String simpleName, Function<String, InputStream> resources) {
        return new MessageBundle(
                Objects.requireNonNull(simpleName, "simpleName == null"),
                Objects.requireNonNull(resources, "resources == null"));
    }

    /**
     * The pattern for {@code key} in the most specific bundle of {@code locale}'s chain that has it.
     *
     * @param key    the key, such as a reply code
     * @param locale the language
     * @return the {@link MessageFormat} pattern
     * @throws MissingResourceException if no bundle of the chain, not even the base one, has the key
     */
    public String pattern(String key, Locale locale) {
        return find(key, locale)
                .orElseThrow(() -> new MissingResourceException(
                        "no text for '" + key + "' in " + simpleName + " for " + locale.toLanguageTag(),
                        simpleName,
                        key));
    }

    /**
     * The locale whose bundle provides {@code key} for {@code locale}: {@code locale} itself, a fallback such as
     * {@code pt} for {@code pt-BR}, or {@link Locale#ROOT} for the base bundle.
     *
     * @param key    the key, such as a reply code
     * @param locale the language asked for
     * @return the locale of the bundle that has the key, or empty if none has it
     */
    public Optional<Locale> resolvedLocale(String key, Locale locale) {
        for (Locale candidate : candidates(locale)) {
            if (bundle(candidate).containsKey(key)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Formats the pattern for {@code key} in {@code locale} with {@code arguments}. The pattern is the locale's;
     * numbers are written in ASCII digits whatever the locale ({@link MessageFormat} in {@link Locale#ROOT}), because
     * they are protocol values (a port, an address byte) that an Arabic or Hindi locale would otherwise write in its
     * own digits.
     *
     * @param key       the key, such as a reply code
     * @param locale    the language
     * @param arguments the pattern's arguments, in order
     * @return the formatted text, one line: a line break or NUL that an argument brought in is replaced by U+FFFD,
     *     so that an argument can never end the reply line and forge another
     * @throws MissingResourceException if no bundle of the chain has the key
     * @throws IllegalArgumentException if an argument does not suit its place in the pattern (a text where a
     *     number belongs)
     */
    public String format(String key, Locale locale, Object... arguments) {
        Objects.requireNonNull(locale, "locale == null");
        MessageFormat parsed = formats.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, k -> new MessageFormat(pattern(k, locale), Locale.ROOT));
        return oneLine(((MessageFormat) parsed.clone()).format(arguments));
    }

    /**
     * Replaces CR, LF, NUL, NEL, U+2028 and U+2029 with U+FFFD. Catalog texts hold none of them (the catalog loader
     * refuses them), so any that is here came from an argument; replacing keeps the rest of the argument visible.
     */
    static String oneLine(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean breaks = c == '\r' || c == '\n' || c == 0 || c == 0x85 || c == 0x2028 || c == 0x2029;
            if (breaks && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(breaks ? '\ufffd' : c);
            }
        }
        return out == null ? text : out.toString();
    }

    private Optional<String> find(String key, Locale locale) {
        for (Locale candidate : candidates(locale)) {
            String pattern = bundle(candidate).getProperty(key);
            if (pattern != null) {
                return Optional.of(pattern);
            }
        }
        return Optional.empty();
    }

    private static List<Locale> candidates(Locale locale) {
        return CANDIDATES.getCandidateLocales("", Objects.requireNonNull(locale, "locale == null"));
    }

    private Properties bundle(Locale locale) {
        return bundles.computeIfAbsent(locale, this::load);
    }

    private Properties load(Locale locale) {
        String file = CANDIDATES.toBundleName(simpleName, locale) + ".properties";
        try (InputStream in = resources.apply(file)) {
            if (in == null) {
                return ABSENT;
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

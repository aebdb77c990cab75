package io.github.ftpreply.ftpserver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.ftpserver.message.MessageResource;

/**
 * Apache FtpServer's reply texts taken from a catalog in the session's language. FtpServer asks for the text of a
 * reply by code, command and detail ({@code subId}, such as {@code MKD.exists}) and language; this resource answers
 * with the catalog's text for the code, so {@code 550.RETR.missing} and {@code 550.MKD.exists} both say the
 * catalog's 550 in the session's language.
 *
 * <p>FtpServer then replaces every {@code {variable}} in the text with session data; {@code {output.msg}} holds the
 * data the command produced. Where the catalog's text has a placeholder for that data (the pathname of 257, the
 * address of 227 and 229, the system of 215), the placeholder becomes the variable. A command with a text of its own
 * in the catalog (a variant: {@code PWD} and {@code MKD} for 257, {@code PASS} for 530, {@code SYST} for 215) gets
 * that text. FtpServer's own texts (from
 * {@code ftpServerTexts}, where a user's customised texts live) stay for the replies whose text is data for the
 * client (211..214 but {@code FEAT}, {@code 250.MLST}, {@code 250.STOU}, {@code 226.STOU}, {@code 200.SITE.HELP}),
 * for codes the catalog does not have, and for catalog texts with placeholders this server has no data for.
 * {@code FEAT} keeps FtpServer's features with the catalog's {@code LANG} line. docs/integrations.md lists every key.
 */
public final class CatalogMessageResource implements MessageResource {

    /** FtpServer's variable for the data a command produced. */
    static final String OUTPUT_MSG = "{output.msg}";

    /** Replies, by {@code code.subId}, whose text is data for the client; so is every 211..214 but {@code FEAT}. */
    private static final Set<String> DATA_REPLIES = Set.of("250.MLST", "250.STOU", "226.STOU", "200.SITE.HELP");

    /**
     * FtpServer keys answered by a variant of the catalog (docs/catalog.md, "variants"), by the variant's bundle key:
     * {@code PWD} and {@code MKD} each have their own 257, a failed {@code PASS} says "Login incorrect.", and
     * {@code SYST} gets the de-facto {@code UNIX Type: L8}.
     */
    private static final Map<String, String> VARIANTS =
            Map.of("257.PWD", "257.pwd", "257.MKD", "257.mkd", "530.PASS", "530.pass", "215.SYST", "215.unix");

    /** Numbers that no address or port has, formatted into a text to find where the numbers go. */
    private static final Long[] SENTINELS = {1_000_001L, 1_000_002L, 1_000_003L, 1_000_004L, 1_000_005L, 1_000_006L};

    private final CatalogTexts texts;
    private final MessageResource ftpServerTexts;

    /**
     * A message resource over a catalog's texts.
     *
     * @param texts the catalog's texts and languages
     * @param ftpServerTexts FtpServer's texts for what the catalog does not cover, usually
     *     {@code new MessageResourceFactory().createMessageResource()}, with a custom message directory if you have one
     */
    public CatalogMessageResource(CatalogTexts texts, MessageResource ftpServerTexts) {
        this.texts = Objects.requireNonNull(texts, "texts == null");
        this.ftpServerTexts = Objects.requireNonNull(ftpServerTexts, "ftpServerTexts == null");
    }

    /**
     * The languages, as the tags that {@link NegotiatingLangCommand} stores in the session.
     *
     * @return the tags, the default first
     */
    @Override
    public List<String> getAvailableLanguages() {
        List<String> tags = new ArrayList<>();
        texts.languages().available().forEach(locale -> tags.add(locale.toLanguageTag()));
        return tags;
    }

    /**
     * The text of a reply, before FtpServer replaces its variables.
     *
     * @param code the reply code
     * @param subId the command and detail, such as {@code PASS} or {@code MKD.exists}; {@code null} for none
     * @param language the session's language tag, {@code null} before any {@code LANG}
     * @return the text; lines separated by {@code \n}
     */
    @Override
    public String getMessage(int code, String subId, String language) {
        Locale locale = language == null ? texts.languages().defaultLanguage() : Locale.forLanguageTag(language);
        String key = subId == null ? Integer.toString(code) : code + "." + subId;
        if (key.equals("211.FEAT")) {
            return features(locale, language);
        }
        Optional<String> variant = Optional.ofNullable(VARIANTS.get(key))
                .filter(k -> texts.pattern(k, locale).isPresent());
        if (variant.isPresent()) {
            return code == 257 ? texts.format(variant.get(), locale, OUTPUT_MSG) : texts.format(variant.get(), locale);
        }
        Optional<String> pattern = texts.pattern(code, locale);
        if (pattern.isEmpty() || (code >= 211 && code <= 214) || DATA_REPLIES.contains(key)) {
            return ftpServerTexts.getMessage(code, subId, language);
        }
        if (!CatalogTexts.hasPlaceholders(pattern.get())) {
            return texts.format(code, locale);
        }
        return switch (code) {
            case 257 -> texts.format(code, locale, OUTPUT_MSG);
            case 215 -> texts.format(code, locale, "UNIX");
            case 227 -> splice(code, locale, String.join(",", List.of(numbers(6))));
            case 229 -> splice(code, locale, "|||" + SENTINELS[0] + "|");
            // A placeholder this server has no data for: keep FtpServer's text rather than send a blank.
            default -> ftpServerTexts.getMessage(code, subId, language);
        };
    }

    /**
     * Every text FtpServer has a key for, in {@code language}.
     *
     * @param language a language tag, or {@code null} for the default
     * @return the texts by {@code code.subId}
     */
    @Override
    public Map<String, String> getMessages(String language) {
        Map<String, String> all = new TreeMap<>();
        for (String key : ftpServerTexts.getMessages(null).keySet()) {
            int dot = key.indexOf('.');
            int code = Integer.parseInt(dot < 0 ? key : key.substring(0, dot));
            all.put(key, getMessage(code, dot < 0 ? null : key.substring(dot + 1), language));
        }
        return all;
    }

    /** FtpServer's {@code FEAT} list, its {@code LANG} line replaced by the catalog's. */
    private String features(Locale locale, String language) {
        String[] lines = ftpServerTexts.getMessage(211, "FEAT", language).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(" LANG ")) {
                lines[i] = " " + texts.languages().featLine(locale);
            }
        }
        return String.join("\n", lines);
    }

    /** The text with the sentinel numbers, which FtpServer sends formatted as {@code formatted}, as the variable. */
    private String splice(int code, Locale locale, String formatted) {
        String text = texts.format(code, locale, (Object[]) SENTINELS);
        if (!text.contains(formatted)) {
            throw new IllegalStateException("the " + locale.toLanguageTag() + " text of " + code
                    + " does not keep its numbers together as \"" + formatted + "\": " + text);
        }
        return text.replace(formatted, OUTPUT_MSG);
    }

    private static String[] numbers(int count) {
        String[] numbers = new String[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = SENTINELS[i].toString();
        }
        return numbers;
    }
}

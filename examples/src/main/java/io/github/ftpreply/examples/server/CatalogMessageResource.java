package io.github.ftpreply.examples.server;

import io.github.ftpreply.FtpReplyCode;
import io.github.ftpreply.FtpReplyMessages;
import io.github.ftpreply.LanguageNegotiator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.ftpserver.message.MessageResource;
import org.apache.ftpserver.message.MessageResourceFactory;

/**
 * Apache FtpServer's reply texts, taken from ftpreply's catalog in the session's language: FtpServer asks for the
 * text of a reply by code, command ({@code subId}) and language, and gets {@link FtpReplyMessages#text} for the code.
 *
 * <p>FtpServer then replaces every {@code {variable}} in the text with session data; {@code {output.msg}} holds the
 * data the command produced (a pathname, a passive address). Texts whose placeholders carry such data get that
 * variable in the placeholder's place, so that FtpServer fills it in: {@code 257 "{output.msg}" ist das aktuelle
 * Verzeichnis.} A command with a text of its own in the catalog (a variant: PWD and MKD for 257, PASS for 530, SYST
 * for 215) gets that text. The
 * replies whose whole text is data for the client to parse (sizes, times, help, status, listings) keep FtpServer's
 * own text, and {@code FEAT} keeps FtpServer's features with the {@code LANG} line of a {@link LanguageNegotiator}.
 */
public final class CatalogMessageResource implements MessageResource {

    /** FtpServer's variable for the data a command produced. */
    static final String OUTPUT_MSG = "{output.msg}";

    /**
     * Replies, by {@code code.subId}, whose text is data for the client, sent as FtpServer words it; so is every
     * 211..214 reply but {@code FEAT} (status, file status and help).
     */
    private static final Set<String> DATA_REPLIES = Set.of("250.MLST", "250.STOU", "226.STOU", "200.SITE.HELP");

    /** Numbers that no address or port has, formatted into a text to find where the numbers go. */
    private static final int[] SENTINELS = {1_000_001, 1_000_002, 1_000_003, 1_000_004, 1_000_005, 1_000_006};

    private final LanguageNegotiator languages;
    private final MessageResource ftpServerTexts;

    /**
     * A message resource for these languages.
     *
     * @param languages the languages to reply in; each needs {@link FtpReplyMessages} bundles, the default first
     */
    public CatalogMessageResource(LanguageNegotiator languages) {
        this.languages = Objects.requireNonNull(languages, "languages == null");
        this.ftpServerTexts = new MessageResourceFactory().createMessageResource();
    }

    /** The languages, as the tags that {@link NegotiatingLangCommand} stores in the session. */
    @Override
    public List<String> getAvailableLanguages() {
        List<String> tags = new ArrayList<>();
        languages.available().forEach(locale -> tags.add(locale.toLanguageTag()));
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
        Locale locale = locale(language);
        String key = subId == null ? Integer.toString(code) : code + "." + subId;
        switch (key) {
            case "211.FEAT":
                return features(locale);
            case "257.PWD":
                return FtpReplyMessages.pathnameCreatedPwd(locale, OUTPUT_MSG);
            case "257.MKD":
                return FtpReplyMessages.pathnameCreatedMkd(locale, OUTPUT_MSG);
            case "530.PASS":
                return FtpReplyMessages.notLoggedInPass(locale);
            case "215.SYST":
                return FtpReplyMessages.systemTypeUnix(locale);
            default:
                break;
        }
        Optional<FtpReplyCode> known = FtpReplyCode.find(code);
        if (known.isEmpty() || (code >= 211 && code <= 214) || DATA_REPLIES.contains(key)) {
            return ftpServerTexts.getMessage(code, subId, null);
        }
        return switch (known.get()) {
            case PATHNAME_CREATED -> FtpReplyMessages.pathnameCreated(locale, OUTPUT_MSG);
            case ENTERING_PASSIVE_MODE -> passiveMode(locale);
            case ENTERING_EXTENDED_PASSIVE_MODE -> extendedPassiveMode(locale);
            case SYSTEM_TYPE -> FtpReplyMessages.systemType(locale, "UNIX");
            default ->
                known.get().defaultText().contains("{")
                        // A placeholder this server has no data for: keep FtpServer's text rather than send a blank.
                        ? ftpServerTexts.getMessage(code, subId, null)
                        : FtpReplyMessages.text(known.get(), locale);
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
        Map<String, String> texts = new TreeMap<>();
        for (String key : ftpServerTexts.getMessages(null).keySet()) {
            int dot = key.indexOf('.');
            int code = Integer.parseInt(dot < 0 ? key : key.substring(0, dot));
            texts.put(key, getMessage(code, dot < 0 ? null : key.substring(dot + 1), language));
        }
        return texts;
    }

    private Locale locale(String language) {
        return language == null ? languages.defaultLanguage() : Locale.forLanguageTag(language);
    }

    /** FtpServer's {@code FEAT} list, its {@code LANG} line replaced by the negotiator's. */
    private String features(Locale locale) {
        String[] lines = ftpServerTexts.getMessage(211, "FEAT", null).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(" LANG ")) {
                lines[i] = " " + languages.featLine(locale);
            }
        }
        return String.join("\n", lines);
    }

    /** 227: FtpServer's {@code {output.msg}} is {@code h1,h2,h3,h4,p1,p2}. */
    private static String passiveMode(Locale locale) {
        String text = FtpReplyMessages.enteringPassiveMode(
                locale, SENTINELS[0], SENTINELS[1], SENTINELS[2], SENTINELS[3], SENTINELS[4], SENTINELS[5]);
        String numbers = SENTINELS[0] + "," + SENTINELS[1] + "," + SENTINELS[2] + "," + SENTINELS[3] + ","
                + SENTINELS[4] + "," + SENTINELS[5];
        return splice(text, numbers, locale, FtpReplyCode.ENTERING_PASSIVE_MODE);
    }

    /** 229: FtpServer's {@code {output.msg}} is {@code |||port|}. */
    private static String extendedPassiveMode(Locale locale) {
        String text = FtpReplyMessages.enteringExtendedPassiveMode(locale, SENTINELS[0]);
        return splice(text, "|||" + SENTINELS[0] + "|", locale, FtpReplyCode.ENTERING_EXTENDED_PASSIVE_MODE);
    }

    private static String splice(String text, String formatted, Locale locale, FtpReplyCode code) {
        if (!text.contains(formatted)) {
            throw new IllegalStateException("the " + locale.toLanguageTag() + " text of " + code.code()
                    + " does not keep its numbers together as \"" + formatted + "\": " + text);
        }
        return text.replace(formatted, OUTPUT_MSG);
    }
}

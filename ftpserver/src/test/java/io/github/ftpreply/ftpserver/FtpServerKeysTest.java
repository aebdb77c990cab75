package io.github.ftpreply.ftpserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ftpreply.FtpReplyCode;
import io.github.ftpreply.FtpReplyMessages;
import io.github.ftpreply.LanguageNegotiator;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ftpserver.message.MessageResource;
import org.apache.ftpserver.message.MessageResourceFactory;
import org.junit.jupiter.api.Test;

/**
 * Every key of FtpServer 1.2.1's message file, as docs/integrations.md lists it, gives the documented text in all
 * ten languages. Expected texts come from {@link FtpReplyMessages} and FtpServer's own resource.
 */
class FtpServerKeysTest {

    private static final Pattern BLOCK = Pattern.compile("<!-- ftpserver-keys:(\\S+) -->\\n(.*?)\\n");
    private static final Pattern KEY = Pattern.compile("`([^`]+)`");

    private final MessageResource ftpServer = new MessageResourceFactory().createMessageResource();
    private final CatalogMessageResource resource = FtpServerReplies.canonical().messageResource();

    @Test
    void theDocListsEveryKeyOfFtpServerOnce() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MessageResource.class.getResourceAsStream("FtpStatus.properties")) {
            properties.load(in);
        }
        List<String> listed = new ArrayList<>();
        documentedKeys().values().forEach(listed::addAll);
        assertEquals(new TreeSet<>(properties.stringPropertyNames()), new TreeSet<>(listed));
        assertEquals(new TreeSet<>(listed).size(), listed.size(), "a key is listed twice");
        assertEquals(220, listed.size());
    }

    @Test
    void everyKeyHasItsDocumentedTextInEveryLanguage() throws Exception {
        Map<String, List<String>> groups = documentedKeys();
        assertEquals(
                new TreeSet<>(List.of("catalog", "variant", "passive", "extended-passive", "feat", "ftpserver")),
                new TreeSet<>(groups.keySet()));
        for (Locale locale : FtpReplyMessages.LOCALES) {
            String tag = locale.toLanguageTag();
            for (Map.Entry<String, List<String>> group : groups.entrySet()) {
                for (String key : group.getValue()) {
                    int dot = key.indexOf('.');
                    int code = Integer.parseInt(dot < 0 ? key : key.substring(0, dot));
                    String subId = dot < 0 ? null : key.substring(dot + 1);
                    String text = resource.getMessage(code, subId, tag);
                    String where = key + " in " + tag;
                    switch (group.getKey()) {
                        case "catalog" ->
                            assertEquals(FtpReplyMessages.text(FtpReplyCode.of(code), locale), text, where);
                        case "variant" -> assertEquals(variant(key, locale), text, where);
                        case "passive" ->
                            assertEquals(
                                    FtpReplyMessages.enteringPassiveMode(locale, 127, 0, 0, 1, 195, 80),
                                    output(text, "127,0,0,1,195,80"),
                                    where);
                        case "extended-passive" ->
                            assertEquals(
                                    FtpReplyMessages.enteringExtendedPassiveMode(locale, 50000),
                                    output(text, "|||50000|"),
                                    where);
                        case "feat" -> {
                            String expected = ftpServer
                                    .getMessage(code, subId, null)
                                    .replace(
                                            " LANG en;zh-tw;ja;is",
                                            " "
                                                    + LanguageNegotiator.of(FtpReplyMessages.LOCALES)
                                                            .featLine(locale));
                            assertEquals(expected, text, where);
                            assertTrue(text.matches("(?s).*\\n LANG en\\*?;de\\*?;fr.*"), text);
                        }
                        case "ftpserver" -> assertEquals(ftpServer.getMessage(code, subId, null), text, where);
                        default -> throw new AssertionError(group.getKey());
                    }
                }
            }
        }
    }

    @Test
    void getMessagesAnswersEveryKeyInTheLanguage() {
        Locale japanese = Locale.forLanguageTag("ja");
        Map<String, String> all = resource.getMessages("ja");
        assertEquals(220, all.size());
        assertEquals(FtpReplyMessages.notLoggedInPass(japanese), all.get("530.PASS"));
        assertEquals(FtpReplyMessages.text(FtpReplyCode.NOT_LOGGED_IN, japanese), all.get("530.permission"));
        assertEquals(
                FtpReplyMessages.LOCALES.size(),
                resource.getAvailableLanguages().size());
        assertEquals("pt-BR", resource.getAvailableLanguages().get(5));
    }

    /** The catalog's variant for an FtpServer key, with FtpServer's variable where the pathname goes. */
    private static String variant(String key, Locale locale) {
        return switch (key) {
            case "257.PWD" -> FtpReplyMessages.pathnameCreatedPwd(locale, CatalogMessageResource.OUTPUT_MSG);
            case "257.MKD" -> FtpReplyMessages.pathnameCreatedMkd(locale, CatalogMessageResource.OUTPUT_MSG);
            case "530.PASS" -> FtpReplyMessages.notLoggedInPass(locale);
            case "215.SYST" -> FtpReplyMessages.systemTypeUnix(locale);
            default -> throw new AssertionError("no variant for " + key);
        };
    }

    /** FtpServer's replacement of {@code {output.msg}} with the command's output. */
    private static String output(String text, String value) {
        assertTrue(text.contains(CatalogMessageResource.OUTPUT_MSG), text);
        return text.replace(CatalogMessageResource.OUTPUT_MSG, value);
    }

    private static Map<String, List<String>> documentedKeys() throws Exception {
        String doc = Files.readString(Path.of("../docs/integrations.md"), StandardCharsets.UTF_8);
        Map<String, List<String>> groups = new HashMap<>();
        Matcher block = BLOCK.matcher(doc);
        while (block.find()) {
            List<String> keys = groups.computeIfAbsent(block.group(1), g -> new ArrayList<>());
            Matcher key = KEY.matcher(block.group(2));
            while (key.find()) {
                keys.add(key.group(1));
            }
        }
        return groups;
    }
}

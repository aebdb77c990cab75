package io.github.ftpreply.ftpserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ftpreply.FtpReplyCode;
import io.github.ftpreply.FtpReplyMessages;
import io.github.ftpreply.LanguageNegotiator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.ftpserver.message.MessageResourceFactory;
import org.junit.jupiter.api.Test;

/** The texts FtpServer gets from the bridge, before it replaces its variables. */
class CatalogMessageResourceTest {

    private static final Locale GERMAN = Locale.forLanguageTag("de");

    private final CatalogMessageResource resource = FtpServerReplies.canonical().messageResource();

    @Test
    void offersEveryLanguageOfTheBundles() {
        assertEquals(
                List.of("en", "de", "fr", "es", "it", "pt-BR", "ja", "zh-CN", "zh-TW", "ru"),
                resource.getAvailableLanguages());
    }

    @Test
    void plainTextsAreTheCatalogsInTheSessionsLanguage() {
        assertEquals(
                FtpReplyMessages.text(FtpReplyCode.NOT_LOGGED_IN, GERMAN),
                resource.getMessage(530, "permission", "de"));
        assertEquals(
                FtpReplyMessages.text(FtpReplyCode.NOT_LOGGED_IN, Locale.ENGLISH),
                resource.getMessage(530, "SITE", null));
        assertEquals(
                FtpReplyMessages.text(FtpReplyCode.FILE_UNAVAILABLE, Locale.forLanguageTag("pt-BR")),
                resource.getMessage(550, "RETR.missing", "pt-BR"));
    }

    @Test
    void placeholdersWithDataBecomeFtpServersOutputVariable() {
        assertEquals("\"{output.msg}\" erstellt.", resource.getMessage(257, null, "de"));
        assertEquals("Wechsel in den passiven Modus ({output.msg}).", resource.getMessage(227, "PASV", "de"));
        assertEquals(
                "Wechsel in den erweiterten passiven Modus ({output.msg}).", resource.getMessage(229, "EPSV", "de"));
    }

    @Test
    void commandsWithATextOfTheirOwnGetTheCatalogsVariant() {
        // FtpServer's own 257.PWD says "is current directory"; the catalog's main 257 text says "created".
        assertEquals("\"{output.msg}\" ist das aktuelle Verzeichnis.", resource.getMessage(257, "PWD", "de"));
        assertEquals("\"{output.msg}\": Verzeichnis angelegt.", resource.getMessage(257, "MKD", "de"));
        assertEquals("Login incorrect.", resource.getMessage(530, "PASS", null));
        assertEquals("Anmeldung fehlgeschlagen.", resource.getMessage(530, "PASS", "de"));
        assertEquals("UNIX Type: L8", resource.getMessage(215, "SYST", "ja"));
    }

    /** FtpServer replaces every {@code {...}} it finds; a brace of the catalog's own would be lost. */
    @Test
    void everyCatalogTextInEveryLanguageSurvivesFtpServersVariables() {
        for (Locale locale : FtpReplyMessages.LOCALES) {
            for (FtpReplyCode code : FtpReplyCode.values()) {
                String text = resource.getMessage(code.code(), null, locale.toLanguageTag());
                if (text == null) {
                    // a reply whose text stays FtpServer's (data, or placeholders without data) and has no text
                    // without a command: FtpServer never sends it so
                    assertNull(
                            new MessageResourceFactory().createMessageResource().getMessage(code.code(), null, null));
                    continue;
                }
                String rest = text.replace(CatalogMessageResource.OUTPUT_MSG, "");
                assertFalse(rest.contains("{") || rest.contains("}"), locale + " " + code + ": " + text);
            }
            for (int code : new int[] {227, 229}) {
                String text = resource.getMessage(code, null, locale.toLanguageTag());
                assertEquals(
                        text.indexOf(CatalogMessageResource.OUTPUT_MSG),
                        text.lastIndexOf(CatalogMessageResource.OUTPUT_MSG),
                        text);
                assertTrue(text.contains(CatalogMessageResource.OUTPUT_MSG), locale + " " + code + ": " + text);
            }
        }
    }

    @Test
    void dataRepliesKeepFtpServersText() {
        var ftpServer = new MessageResourceFactory().createMessageResource();
        for (String[] key : new String[][] {
            {"213", "SIZE"},
            {"213", "MDTM"},
            {"211", "STAT"},
            {"214", null},
            {"214", "USER"},
            {"250", "MLST"},
            {"251", "MD5"}
        }) {
            int code = Integer.parseInt(key[0]);
            assertEquals(ftpServer.getMessage(code, key[1], null), resource.getMessage(code, key[1], "de"));
        }
    }

    @Test
    void featKeepsFtpServersFeaturesWithTheNegotiatorsLangLine() {
        List<String> lines = List.of(resource.getMessage(211, "FEAT", "ja").split("\n"));
        assertTrue(
                lines.contains(
                        " " + LanguageNegotiator.of(FtpReplyMessages.LOCALES).featLine(Locale.forLanguageTag("ja"))),
                lines.toString());
        assertTrue(lines.contains(" SIZE"), lines.toString());
        assertEquals(1, lines.stream().filter(line -> line.startsWith(" LANG ")).count());
    }

    @Test
    void getMessagesCoversEveryKeyOfFtpServer() {
        Map<String, String> texts = resource.getMessages("fr");
        assertEquals(
                new MessageResourceFactory()
                        .createMessageResource()
                        .getMessages(null)
                        .keySet(),
                texts.keySet());
        assertEquals(FtpReplyMessages.text(FtpReplyCode.SERVICE_READY, Locale.forLanguageTag("fr")), texts.get("220"));
    }
}

package io.github.ftpreply.examples.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ftpreply.examples.server.ExampleFtpServer;
import io.github.ftpreply.ftpserver.CatalogTexts;
import io.github.ftpreply.ftpserver.FtpServerReplies;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.ftpserver.message.MessageResourceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An FtpServer set up with the Acme extension's generated messages: its 530 override and its Korean reach the
 * replies, and a text of the user's own, for a key the catalog does not cover, still does.
 */
class AcmeFtpServerTest {

    @TempDir
    Path customTexts;

    @Test
    void theExtensionsOverrideAndLanguageAndTheUsersOwnTextsShowInReplies() throws Exception {
        Files.writeString(
                customTexts.resolve("FtpStatus.gen"),
                "214.SITE=Acme: SITE takes a command.\n",
                StandardCharsets.ISO_8859_1);
        MessageResourceFactory ftpServerTexts = new MessageResourceFactory();
        ftpServerTexts.setCustomMessageDirectory(customTexts.toFile());
        FtpServerReplies replies = FtpServerReplies.of(
                        CatalogTexts.of(AcmeReplyMessages.class, AcmeReplyMessages.LOCALES))
                .withFtpServerTexts(ftpServerTexts.createMessageResource());
        FTPClient client = new FTPClient();
        client.setControlEncoding("UTF-8");
        client.setDefaultTimeout(10_000);
        try (ExampleFtpServer server = ExampleFtpServer.start("demo", "secret", replies)) {
            client.connect(server.host(), server.port());
            assertFalse(client.login("demo", "wrong"));
            assertEquals(
                    "530 " + AcmeReplyMessages.text(AcmeReplyCode.NOT_LOGGED_IN, Locale.ENGLISH),
                    client.getReplyStrings()[0]);
            assertEquals("530 Please log in with USER and PASS.", client.getReplyStrings()[0]);
            assertTrue(client.login("demo", "secret"));
            assertEquals(200, client.sendCommand("LANG", "ko-KR"));
            assertTrue(client.features());
            assertTrue(
                    client.getReplyString().contains(" LANG en;de;fr;es;it;pt-BR;ja;zh-CN;zh-TW;ru;ko*"),
                    client.getReplyString());
            assertEquals(530, client.sendCommand("SITE", "WHO")); // for administrators only
            assertEquals(
                    "530 " + AcmeReplyMessages.text(AcmeReplyCode.NOT_LOGGED_IN, Locale.forLanguageTag("ko")),
                    client.getReplyStrings()[0]);
            assertEquals(214, client.sendCommand("HELP", "SITE"));
            assertEquals("214 Acme: SITE takes a command.", client.getReplyStrings()[0]);
            assertTrue(client.logout());
        } finally {
            client.disconnect();
        }
    }
}

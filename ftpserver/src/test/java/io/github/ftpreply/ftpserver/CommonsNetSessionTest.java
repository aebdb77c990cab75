package io.github.ftpreply.ftpserver;

import static io.github.ftpreply.FtpReplyCode.CLOSING_DATA_CONNECTION;
import static io.github.ftpreply.FtpReplyCode.COMMAND_NOT_IMPLEMENTED;
import static io.github.ftpreply.FtpReplyCode.COMMAND_OK;
import static io.github.ftpreply.FtpReplyCode.FILE_ACTION_NOT_TAKEN;
import static io.github.ftpreply.FtpReplyCode.FILE_ACTION_OK;
import static io.github.ftpreply.FtpReplyCode.SERVICE_CLOSING_CONTROL_CONNECTION;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ftpreply.FtpReplyCode;
import io.github.ftpreply.FtpReplyMessages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A Commons Net client in three languages: the replies it gets carry the catalog's texts. */
class CommonsNetSessionTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"de", "ja", "pt-BR"})
    void commonsNetGetsTheCatalogsTextsInTheSessionsLanguage(String tag) throws Exception {
        Locale locale = Locale.forLanguageTag(tag);
        byte[] content = "caf\u00e9".getBytes(StandardCharsets.UTF_8);
        FTPClient client = new FTPClient();
        client.setControlEncoding("UTF-8");
        client.setDefaultTimeout(10_000);
        try (TestServer server = TestServer.start(FtpServerReplies.canonical(), home)) {
            client.connect("127.0.0.1", server.port());
            assertFalse(client.login(TestServer.USER, "wrong"));
            assertTrue(client.login(TestServer.USER, TestServer.PASSWORD));
            assertEquals(200, client.sendCommand("LANG", tag));
            assertReply(client, COMMAND_OK, locale);
            assertTrue(client.features());
            assertTrue(String.join("\n", client.getReplyStrings()).contains(" LANG en;de"), client.getReplyString());
            assertTrue(client.makeDirectory("\u65e5\u672c"));
            assertEquals(
                    "257 " + FtpReplyMessages.pathnameCreatedMkd(locale, "/\u65e5\u672c"), client.getReplyStrings()[0]);
            assertTrue(client.changeWorkingDirectory("\u65e5\u672c"));
            assertReply(client, FILE_ACTION_OK, locale);
            client.enterLocalPassiveMode();
            assertTrue(client.setFileType(FTP.BINARY_FILE_TYPE));
            assertTrue(client.storeFile("f.txt", new ByteArrayInputStream(content)));
            assertReply(client, CLOSING_DATA_CONNECTION, locale);
            assertEquals(1, client.listFiles().length);
            ByteArrayOutputStream back = new ByteArrayOutputStream();
            assertTrue(client.retrieveFile("f.txt", back));
            assertArrayEquals(content, back.toByteArray());
            assertFalse(client.deleteFile("missing.txt"));
            assertReply(client, FILE_ACTION_NOT_TAKEN, locale);
            assertTrue(client.rename("f.txt", "g.txt"));
            assertReply(client, FILE_ACTION_OK, locale);
            assertEquals(502, client.sendCommand("XYZZ"));
            assertReply(client, COMMAND_NOT_IMPLEMENTED, locale);
            assertTrue(client.logout());
            assertReply(client, SERVICE_CLOSING_CONTROL_CONNECTION, locale);
        } finally {
            client.disconnect();
        }
    }

    private static void assertReply(FTPClient client, FtpReplyCode code, Locale locale) {
        assertEquals(code.code() + " " + FtpReplyMessages.text(code, locale), client.getReplyStrings()[0]);
    }
}

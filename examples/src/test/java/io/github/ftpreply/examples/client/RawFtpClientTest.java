package io.github.ftpreply.examples.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ftpreply.FtpReply;
import io.github.ftpreply.FtpReplyCode;
import io.github.ftpreply.FtpReplyMessages;
import io.github.ftpreply.ReplyDecoder;
import io.github.ftpreply.ReplyParser;
import io.github.ftpreply.examples.server.ExampleFtpServer;
import java.io.EOFException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A control connection on a plain socket, read with ftpreply's parser in blocking and in push mode. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RawFtpClientTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Locale FRENCH = Locale.forLanguageTag("fr");
    private static final Locale TRADITIONAL_CHINESE = Locale.forLanguageTag("zh-TW");

    private static ExampleFtpServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = ExampleFtpServer.start("raw", "socket");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void negotiatesLanguagesAndReadsEachReplyInIt() throws Exception {
        try (RawFtpClient ftp = RawFtpClient.connect(server.host(), server.port(), TIMEOUT)) {
            assertReply(220, FtpReplyMessages.text(FtpReplyCode.SERVICE_READY, Locale.ENGLISH), ftp.greeting());
            assertEquals(331, ftp.send("USER raw").code());
            assertEquals(230, ftp.send("PASS socket").code());

            // fr-CA is not offered: RFC 2640 lets the server answer in French
            assertReply(200, FtpReplyMessages.text(FtpReplyCode.COMMAND_OK, FRENCH), ftp.send("LANG fr-CA"));
            FtpReply features = ftp.send("FEAT");
            assertEquals(211, features.code());
            assertTrue(features.isMultiLine());
            assertTrue(
                    features.lines().contains(" " + ExampleFtpServer.LANGUAGES.featLine(FRENCH)),
                    features.lines().toString());
            assertReply(
                    504, FtpReplyMessages.text(FtpReplyCode.PARAMETER_NOT_IMPLEMENTED, FRENCH), ftp.send("LANG ko"));

            // UTF-8 on the wire, decoded by the parser
            assertReply(
                    200,
                    FtpReplyMessages.text(FtpReplyCode.COMMAND_OK, TRADITIONAL_CHINESE),
                    ftp.send("LANG zh-Hant-TW"));
            FtpReply pwd = ftp.send("PWD");
            assertReply(257, FtpReplyMessages.pathnameCreatedPwd(TRADITIONAL_CHINESE, "/"), pwd);
            assertEquals("/", SessionHandler.unquotePathname(pwd.text()).orElseThrow());

            // LANG without argument: back to the default
            assertReply(200, FtpReplyMessages.text(FtpReplyCode.COMMAND_OK, Locale.ENGLISH), ftp.send("LANG"));
            assertReply(
                    221,
                    FtpReplyMessages.text(FtpReplyCode.SERVICE_CLOSING_CONTROL_CONNECTION, Locale.ENGLISH),
                    ftp.send("QUIT"));
            assertThrows(EOFException.class, ftp::readReply);
        }
    }

    @Test
    void pushModeReadsPipelinedRepliesSplitAnywhere() throws Exception {
        List<FtpReply> replies = new ArrayList<>();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.host(), server.port()), (int) TIMEOUT.toMillis());
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write("USER raw\r\nPASS socket\r\nLANG ja\r\nFEAT\r\nQUIT\r\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            ReplyDecoder decoder = ReplyParser.lenient().newDecoder();
            InputStream in = socket.getInputStream();
            byte[] chunk = new byte[3]; // a reply, a line, even a Japanese character arrives in pieces
            for (int n; (n = in.read(chunk)) >= 0; ) {
                replies.addAll(decoder.feed(chunk, 0, n));
            }
            decoder.finish();
        }
        assertEquals(
                List.of(220, 331, 230, 200, 211, 221),
                replies.stream().map(FtpReply::code).toList());
        Locale japanese = Locale.forLanguageTag("ja");
        assertEquals(
                FtpReplyMessages.text(FtpReplyCode.COMMAND_OK, japanese),
                replies.get(3).text());
        assertTrue(replies.get(4).lines().contains(" " + ExampleFtpServer.LANGUAGES.featLine(japanese)));
        assertEquals(
                FtpReplyMessages.text(FtpReplyCode.SERVICE_CLOSING_CONTROL_CONNECTION, japanese),
                replies.get(5).text());
    }

    private static void assertReply(int code, String text, FtpReply reply) {
        assertEquals(code, reply.code(), reply.toString());
        assertEquals(text, reply.text(), reply.toString());
    }
}

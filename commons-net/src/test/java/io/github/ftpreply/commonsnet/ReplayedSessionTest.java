package io.github.ftpreply.commonsnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ftpreply.FtpReply;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPConnectionClosedException;
import org.junit.jupiter.api.Test;

/** A Commons Net client against scripted raw bytes: every reply reaches the callback and the dispatcher. */
class ReplayedSessionTest {

    private static final byte[] PYFTPDLIB_BANNER =
            "220 pyftpdlib loopback test server.\nSecond banner line.\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FEAT = ("211-Features supported:\r\n MDTM\r\n SIZE\r\n UTF8\r\n" + "211 End FEAT.\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSING =
            "421 Service not available, closing control connection.\r\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void everyReplyOfALatin1SessionReachesTheHandlerWithItsCommandAndLines() throws Exception {
        List<byte[]> script = List.of(
                PYFTPDLIB_BANNER,
                ascii("331 Username ok, send password.\r\n"),
                ascii("230 Login successful.\r\n"),
                FEAT,
                "257 \"/caf\u00e9\" is the current directory.\r\n".getBytes(StandardCharsets.ISO_8859_1),
                ascii("530 Not logged in.\r\n"),
                CLOSING);
        List<CommandReply> replies = new ArrayList<>();
        RecordingHandler handler = new RecordingHandler();
        RecordingHandlerDispatcher dispatcher = new RecordingHandlerDispatcher(handler);
        try (ReplayServer server = ReplayServer.start(script)) {
            FTPClient client = client(StandardCharsets.ISO_8859_1);
            client.addProtocolCommandListener(ReplyListener.of(replies::add));
            client.addProtocolCommandListener(ReplyListener.dispatchingTo(dispatcher::dispatch));
            client.connect("127.0.0.1", server.port());
            client.login("anonymous", "guest@example.org");
            client.features();
            assertEquals("/caf\u00e9", client.printWorkingDirectory());
            client.sendCommand("CWD", "/tmp");
            // Commons Net turns the 421 into an exception; the listener has seen it, and FtpReplies.last still has it.
            assertThrows(FTPConnectionClosedException.class, client::sendNoOp);
            assertEquals(
                    FtpReply.of(421, "Service not available, closing control connection."), FtpReplies.last(client));
            assertEquals(
                    List.of("USER anonymous", "PASS guest@example.org", "FEAT", "PWD", "CWD /tmp", "NOOP"),
                    server.commands());
        }

        // The greeting is one line whose text holds the bare LF, as Commons Net reads it (docs/runtime.md, L1).
        CommandReply greeting = replies.remove(0);
        assertEquals("", greeting.command());
        assertEquals(220, greeting.reply().code());
        assertEquals(
                List.of("pyftpdlib loopback test server.\nSecond banner line."),
                greeting.reply().lines());
        assertEquals(
                List.of(
                        new CommandReply("USER anonymous", FtpReply.of(331, "Username ok, send password.")),
                        new CommandReply("PASS ******", FtpReply.of(230, "Login successful.")),
                        new CommandReply(
                                "FEAT",
                                FtpReply.of(
                                        211, List.of("Features supported:", " MDTM", " SIZE", " UTF8", "End FEAT."))),
                        new CommandReply("PWD", FtpReply.of(257, "\"/caf\u00e9\" is the current directory.")),
                        new CommandReply("CWD /tmp", FtpReply.of(530, "Not logged in.")),
                        new CommandReply(
                                "NOOP", FtpReply.of(421, "Service not available, closing control connection."))),
                replies);
        assertEquals(
                List.of(
                        "completed 220",
                        "other 331",
                        "completed 230",
                        "completed 211",
                        "completed 257",
                        "notLoggedIn 530",
                        "serviceClosing 421"),
                handler.calls);
    }

    @Test
    void utf8PathsKeepTheirCharactersWhenTheClientSpeaksUtf8() throws Exception {
        String path = "/\u65e5\u672c\u8a9e/\u00fcber";
        List<byte[]> script = List.of(
                ascii("220 ready\r\n"),
                ("257-\"" + path + "\"\r\n257 is the current directory.\r\n").getBytes(StandardCharsets.UTF_8));
        List<CommandReply> replies = new ArrayList<>();
        try (ReplayServer server = ReplayServer.start(script)) {
            FTPClient client = client(StandardCharsets.UTF_8);
            client.addProtocolCommandListener(ReplyListener.of(replies::add));
            client.connect("127.0.0.1", server.port());
            client.pwd();
            FtpReply expected = FtpReply.of(257, List.of("\"" + path + "\"", "is the current directory."));
            assertEquals(expected, FtpReplies.last(client));
            assertEquals(new CommandReply("PWD", expected), replies.get(1));
            assertEquals(2, replies.size());
        }
    }

    @Test
    void aReplyBeforeAnyReplyIsAnError() {
        assertThrows(IllegalStateException.class, () -> FtpReplies.last(new FTPClient()));
    }

    private static FTPClient client(Charset controlEncoding) {
        FTPClient client = new FTPClient();
        client.setControlEncoding(controlEncoding.name());
        client.setConnectTimeout(10_000);
        client.setDefaultTimeout(10_000);
        return client;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

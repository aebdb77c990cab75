package io.github.ftpreply.commonsnet;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ftpreply.FtpReply;
import io.github.ftpreply.ReplyParser;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the runtime's recorded real-server sessions (runtime/src/test/resources/transcripts, format in its README)
 * to a real Commons Net client: every reply reaches the listener with its command, read as ftpreply's lenient parser
 * reads the recorded bytes. The parser reads them in ISO-8859-1, the client's control encoding, so both see the same
 * characters. No reply of the ten sessions differs between the two, the pyftpdlib banner with its bare LF included.
 */
class RecordedTranscriptTest {

    private static final Path TRANSCRIPTS = Path.of("../runtime/src/test/resources/transcripts");
    private static final Pattern ESCAPED_BYTE = Pattern.compile("\\\\x([0-9a-f]{2})");
    /** The client speaks ISO-8859-1, one char per byte, so the parser reads the bytes in it too. */
    private static final ReplyParser PARSER = ReplyParser.lenient().withCharset(ISO_8859_1);

    /** One recorded answer: the command line as sent (empty for the greeting) and the replies in its bytes. */
    record Answer(String command, byte[] bytes, List<FtpReply> replies) {}

    static Stream<String> sessions() throws IOException {
        try (Stream<Path> entries = Files.list(TRANSCRIPTS)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void theTranscriptsAreTenSessionsOfFiveServers() throws IOException {
        assertEquals(
                List.of("inetutils-ftpd", "proftpd", "pure-ftpd", "pyftpdlib", "vsftpd"),
                sessions()
                        .map(s -> s.substring(0, s.lastIndexOf('-')))
                        .distinct()
                        .toList());
        assertEquals(10, sessions().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessions")
    void everyRecordedReplyReachesTheListenerWithItsCommand(String session) throws Exception {
        List<Answer> answers = answers(TRANSCRIPTS.resolve(session));
        List<CommandReply> heard = new ArrayList<>();
        List<CommandReply> expected = new ArrayList<>();
        try (ReplayServer server =
                ReplayServer.start(answers.stream().map(Answer::bytes).toList())) {
            FTPClient client = new FTPClient();
            client.setControlEncoding(ISO_8859_1.name());
            client.setConnectTimeout(10_000);
            client.setDefaultTimeout(10_000);
            client.addProtocolCommandListener(ReplyListener.of(heard::add));
            try {
                for (Answer answer : answers) {
                    if (answer.command().isEmpty()) {
                        client.connect("127.0.0.1", server.port());
                    } else {
                        client.sendCommand(answer.command());
                    }
                    // sendCommand reads one reply; the 226 after a 150 is the caller's to read.
                    for (int i = 1; i < answer.replies().size(); i++) {
                        client.getReply();
                    }
                    for (FtpReply reply : answer.replies()) {
                        expected.add(new CommandReply(masked(answer.command()), reply));
                    }
                    assertEquals(
                            answer.replies().get(answer.replies().size() - 1),
                            FtpReplies.last(client),
                            session + " " + answer.command());
                }
            } finally {
                client.disconnect();
            }
            assertEquals(
                    answers.stream().skip(1).map(Answer::command).toList(),
                    server.commands(),
                    "the command lines, byte for byte");
        }
        assertTrue(expected.size() > 40, session + ": replies checked: " + expected.size());
        assertEquals(expected.size(), heard.size(), session + ": replies heard");
        for (int i = 0; i < expected.size(); i++) {
            CommandReply want = expected.get(i);
            CommandReply got = heard.get(i);
            String where = session + " #" + i + " " + want.command();
            assertEquals(want.command(), got.command(), where);
            assertEquals(want.reply().code(), got.reply().code(), where);
            assertEquals(want.reply().lines(), got.reply().lines(), where);
        }
    }

    /** The session's answers up to the first that holds no reply (the server closed the connection there). */
    private static List<Answer> answers(Path session) throws IOException {
        List<Answer> answers = new ArrayList<>();
        for (String entry : Files.readAllLines(session.resolve("index.txt"), US_ASCII)) {
            if (entry.startsWith("#")) {
                continue;
            }
            int space = entry.indexOf(' ');
            String command = entry.substring(space + 1);
            byte[] bytes = Files.readAllBytes(session.resolve(entry.substring(0, space)));
            List<FtpReply> replies = readAll(bytes);
            if (replies.isEmpty()) {
                break;
            }
            answers.add(new Answer(command.equals("(greeting)") ? "" : unescaped(command), bytes, replies));
        }
        return answers;
    }

    /** The index escapes bytes outside printable ASCII as {@code \xNN}; as ISO-8859-1 chars they are those bytes. */
    private static String unescaped(String command) {
        Matcher m = ESCAPED_BYTE.matcher(command);
        StringBuilder line = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    line, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(line).toString();
    }

    private static String masked(String command) {
        return command.startsWith("PASS ") ? "PASS ******" : command;
    }

    private static List<FtpReply> readAll(byte[] bytes) throws IOException {
        InputStream in = new ByteArrayInputStream(bytes);
        List<FtpReply> replies = new ArrayList<>();
        while (true) {
            try {
                replies.add(PARSER.read(in));
            } catch (EOFException e) {
                return replies;
            }
        }
    }
}

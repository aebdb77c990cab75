package io.github.ftpreply;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPConnectionClosedException;
import org.apache.commons.net.io.CRLFLineReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays what real servers sent (src/test/resources/transcripts, recorded by scripts/record-transcripts.sh):
 * lenient mode reads every answer, through every entry point, into the replies Commons Net reads; strict mode reads
 * every greeting and login message.
 */
class RealServerTranscriptTest {

    /** One answer: the server and configuration, the command, the bytes. */
    record Answer(String session, String server, String command, byte[] bytes) {
        @Override
        public String toString() {
            return session + " " + command;
        }
    }

    static List<Answer> answers() {
        try (Stream<Path> sessions = Files.list(transcripts())) {
            List<Answer> answers = new ArrayList<>();
            for (Path session : sessions.filter(Files::isDirectory).sorted().collect(Collectors.toList())) {
                String server = "";
                for (String entry : Files.readAllLines(session.resolve("index.txt"), US_ASCII)) {
                    if (entry.startsWith("# server: ")) {
                        server = entry.substring("# server: ".length());
                    } else if (!entry.startsWith("#")) {
                        String file = entry.substring(0, entry.indexOf(' '));
                        String command = entry.substring(entry.indexOf(' ') + 1);
                        byte[] bytes = Files.readAllBytes(session.resolve(file));
                        answers.add(new Answer(session.getFileName().toString(), server, command, bytes));
                    }
                }
            }
            return answers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path transcripts() {
        try {
            return Path.of(
                    RealServerTranscriptTest.class.getResource("/transcripts").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theCorpusHoldsFiveServerProgramsInTwoConfigurations() {
        Map<String, List<Answer>> byServer = new LinkedHashMap<>();
        answers()
                .forEach(a -> byServer.computeIfAbsent(a.server().split(" ")[0], k -> new ArrayList<>())
                        .add(a));
        assertEquals(List.of("GNU", "ProFTPD", "Pure-FTPd", "pyftpdlib", "vsftpd"), List.copyOf(byServer.keySet()));
        assertEquals(
                10,
                answers().stream().map(Answer::session).distinct().count(),
                "a default and a messages configuration each");
        assertTrue(answers().size() > 400);
    }

    @TestFactory
    Stream<DynamicTest> lenientReadsEveryAnswerAsCommonsNetDoes() {
        return answers().stream()
                .map(a -> DynamicTest.dynamicTest(a.toString(), () -> {
                    List<FtpReply> read = readAll(a.bytes());
                    assertEquals(read, decode(a.bytes(), a.bytes().length), "decoder fed whole");
                    assertEquals(read, decode(a.bytes(), 1), "decoder fed byte by byte");
                    List<CommonsNetReply> commonsNet = commonsNet(a.bytes());
                    assertEquals(
                            commonsNet.stream().map(CommonsNetReply::code).collect(Collectors.toList()),
                            read.stream().map(FtpReply::code).collect(Collectors.toList()),
                            "codes");
                    for (int i = 0; i < read.size(); i++) {
                        // The same closing line, byte for byte: Commons Net decodes ISO-8859-1, one char per byte.
                        FtpReply reply = read.get(i);
                        List<String> raw = commonsNet.get(i).lines();
                        byte[] closing = raw.get(raw.size() - 1).getBytes(ISO_8859_1);
                        byte[] text = Arrays.copyOfRange(closing, Math.min(4, closing.length), closing.length);
                        assertArrayEquals(text, reply.lineBytes(reply.lines().size() - 1), reply.toString());
                        assertEquals(reply.isMultiLine(), raw.size() > 1, reply.toString());
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> strictReadsEveryGreetingAndLoginMessage() {
        return answers().stream()
                .filter(a -> a.command().equals("(greeting)")
                        || a.command().startsWith("PASS ftpreply")
                        || a.command().equals("CWD msgdir"))
                .map(a -> DynamicTest.dynamicTest(a.toString(), () -> {
                    InputStream in = new ByteArrayInputStream(a.bytes());
                    assertEquals(
                            readAll(a.bytes()), List.of(ReplyParser.strict().read(in)));
                }));
    }

    @Test
    void aLatin1PathnameRoundTripsToTheBytesTheServerSent() throws IOException {
        byte[] name = {'c', 'a', 'f', (byte) 0xe9};
        int checked = 0;
        for (Answer a : answers()) {
            // pyftpdlib decodes commands as UTF-8 with replacement: it names the directory caf\ufffd itself.
            if (a.command().equals("MKD caf\\xe9") && indexOf(a.bytes(), name) > 0) {
                FtpReply reply = ReplyParser.lenient().read(new ByteArrayInputStream(a.bytes()));
                if (reply.code() == 257) {
                    byte[] line = reply.lineBytes(0);
                    assertTrue(indexOf(line, name) > 0, a + ": " + reply);
                    assertTrue(reply.isDecodedAsLatin1(0), reply.toString());
                    checked++;
                }
            }
        }
        assertTrue(checked >= 4, "257 replies checked: " + checked);
    }

    @Test
    void pyftpdlibsTwoLineBannerIsOneReplyWithAnLfInItsText() throws IOException {
        Answer banner = answers().stream()
                .filter(a ->
                        a.session().equals("pyftpdlib-messages") && a.command().equals("(greeting)"))
                .findFirst()
                .orElseThrow();
        FtpReply reply = ReplyParser.lenient().read(new ByteArrayInputStream(banner.bytes()));
        assertEquals(List.of("pyftpdlib loopback test server.\nSecond banner line."), reply.lines());
        assertEquals(reply, ReplyParser.strict().read(new ByteArrayInputStream(banner.bytes())));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static List<FtpReply> readAll(byte[] bytes) throws IOException {
        InputStream in = new ByteArrayInputStream(bytes);
        List<FtpReply> replies = new ArrayList<>();
        while (true) {
            try {
                replies.add(ReplyParser.lenient().read(in));
            } catch (EOFException e) {
                return replies;
            }
        }
    }

    private static List<FtpReply> decode(byte[] bytes, int chunk) throws IOException {
        ReplyDecoder decoder = ReplyParser.lenient().newDecoder();
        List<FtpReply> replies = new ArrayList<>();
        for (int at = 0; at < bytes.length; at += chunk) {
            replies.addAll(decoder.feed(bytes, at, Math.min(chunk, bytes.length - at)));
        }
        replies.addAll(decoder.finish());
        return replies;
    }

    record CommonsNetReply(int code, List<String> lines) {}

    /** Commons Net's replies: {@code FTP.getReply()} on the bytes, in its default ISO-8859-1, to the end. */
    private static List<CommonsNetReply> commonsNet(byte[] bytes) throws IOException {
        FTP ftp = new FTP() {
            {
                _controlInput_ = new CRLFLineReader(new InputStreamReader(new ByteArrayInputStream(bytes), ISO_8859_1));
            }
        };
        List<CommonsNetReply> replies = new ArrayList<>();
        while (true) {
            try {
                ftp.getReply();
            } catch (FTPConnectionClosedException e) {
                if (ftp.getReplyCode() != 421 || !e.getMessage().startsWith("FTP response 421")) {
                    return replies;
                }
            }
            replies.add(new CommonsNetReply(ftp.getReplyCode(), Arrays.asList(ftp.getReplyStrings())));
        }
    }
}

package io.github.ftpreply;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ftpreply.MalformedReplyException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.apache.commons.net.MalformedServerReplyException;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPConnectionClosedException;
import org.apache.commons.net.io.CRLFLineReader;
import org.junit.jupiter.api.Test;

/**
 * Reads the same reply streams with Apache Commons Net 3.12.0 ({@link FTP#getReply()}, fed from a stream instead
 * of a socket) and with ftpreply: they agree on well-formed replies, and each disagreement below is deliberate.
 */
class CommonsNetComparisonTest {

    /** Commons Net's own reply reading, on a stream: what {@code FTP._connectAction_} sets up for a socket. */
    static final class StreamFtp extends FTP {
        StreamFtp(String wire) {
            _controlInput_ =
                    new CRLFLineReader(new InputStreamReader(new ByteArrayInputStream(wire.getBytes(UTF_8)), UTF_8));
        }

        /** One reply as code and raw lines; a 421 is returned too, though Commons Net also throws for it. */
        Raw next() throws IOException {
            try {
                getReply();
            } catch (FTPConnectionClosedException e) {
                if (getReplyCode() != 421 || !e.getMessage().startsWith("FTP response 421")) {
                    throw e;
                }
            }
            return new Raw(getReplyCode(), Arrays.asList(getReplyStrings()));
        }
    }

    /** A reply as Commons Net gives it: the code and the lines as on the wire. */
    static final class Raw {
        final int code;
        final List<String> lines;

        Raw(int code, List<String> lines) {
            this.code = code;
            this.lines = lines;
        }
    }

    @Property(tries = 1000)
    void bothReadGeneratedReplyStreamsAlike(@ForAll @Size(min = 1, max = 4) List<@From("replies") FtpReply> replies)
            throws IOException {
        StringBuilder wire = new StringBuilder();
        replies.forEach(r -> wire.append(ReplyFormatter.format(r)));
        StreamFtp commonsNet = new StreamFtp(wire.toString());
        List<FtpReply> ours = ReplyParser.strict().parseAll(wire);
        assertEquals(replies, ours);
        for (FtpReply reply : ours) {
            Raw raw = commonsNet.next();
            assertEquals(reply.code(), raw.code);
            assertEquals(Arrays.asList(ReplyFormatter.format(reply).split("\r\n")), raw.lines);
        }
        assertThrows(FTPConnectionClosedException.class, commonsNet::next);
    }

    @Provide
    Arbitrary<FtpReply> replies() {
        return ReplyArbitraries.replies().filter(r -> !r.lines().get(0).isEmpty());
    }

    @Test
    void rfc959ExampleAgrees() throws IOException {
        String wire = "123-First line\r\nSecond line\r\n  234 A line beginning with numbers\r\n123 The last line\r\n";
        Raw raw = new StreamFtp(wire).next();
        FtpReply ours = ReplyParser.strict().parse(wire);
        assertEquals(123, raw.code);
        assertEquals(raw.code, ours.code());
        assertEquals(4, raw.lines.size());
        assertEquals(raw.lines.size(), ours.lines().size());
    }

    @Test
    void codeAndSpaceWithoutTextAgrees() throws IOException {
        assertEquals(550, new StreamFtp("550 \r\n").next().code);
        assertEquals(FtpReply.of(550, ""), ReplyParser.lenient().parse("550 \r\n"));
    }

    @Test
    void repeatedOpeningCodeAgreesOnCodeAndLines() throws IOException {
        String proftpd = "211-Features:\r\n211-MDTM\r\n211 End\r\n";
        Raw raw = new StreamFtp(proftpd).next();
        assertEquals(211, raw.code);
        assertEquals(List.of("211-Features:", "211-MDTM", "211 End"), raw.lines);
        assertEquals(
                FtpReply.of(211, "Features:\nMDTM\nEnd"), ReplyParser.lenient().parse(proftpd));
    }

    @Test
    void replyFollowedByAnotherAgrees() throws IOException {
        StreamFtp commonsNet = new StreamFtp("220 ok\r\n421 bye\r\n");
        List<FtpReply> ours = ReplyParser.lenient().parseAll("220 ok\r\n421 bye\r\n");
        assertEquals(220, commonsNet.next().code);
        assertEquals(421, commonsNet.next().code);
        assertEquals(List.of(FtpReply.of(220, "ok"), FtpReply.of(421, "bye")), ours);
    }

    @Test
    void socketErrorNumbersAreRejectedByBoth() throws IOException {
        assertThrows(MalformedServerReplyException.class, () -> new StreamFtp("10054 Connection reset\r\n").next());
        assertEquals(
                Reason.BAD_CODE,
                assertThrows(
                                MalformedReplyException.class,
                                () -> ReplyParser.lenient().parse("10054 Connection reset\r\n"))
                        .reason());
        assertThrows(MalformedServerReplyException.class, () -> new StreamFtp("22 x\r\n").next());
    }

    // Deliberate disagreements: where Commons Net is wrong, or where ftpreply chose otherwise.

    @Test
    void unpaddedDigitLineSplitsTheReplyInCommonsNetButNotHere() throws IOException {
        // RFC-valid: "3 files" is not a 3-digit number, and only "211 " ends the reply. Commons Net's lenient
        // check ends the reply at any line that starts with a digit, then reads "211 c" as a reply of its own.
        String wire = "211-a\r\n3 files\r\n211 c\r\n";
        StreamFtp commonsNet = new StreamFtp(wire);
        assertEquals(List.of("211-a", "3 files"), commonsNet.next().lines);
        assertEquals(List.of("211 c"), commonsNet.next().lines);
        assertEquals(
                List.of(FtpReply.of(211, "a\n3 files\nc")), ReplyParser.strict().parseAll(wire));
    }

    @Test
    void codesOutOfRangeAreRepliesInCommonsNetButNotHere() throws IOException {
        assertEquals(700, new StreamFtp("700 x\r\n").next().code);
        assertEquals(20, new StreamFtp("+20 x\r\n").next().code); // Integer.parseInt accepts the sign
        for (String wire : List.of("700 x\r\n", "+20 x\r\n")) {
            assertEquals(
                    Reason.BAD_CODE,
                    assertThrows(
                                    MalformedReplyException.class,
                                    () -> ReplyParser.lenient().parse(wire))
                            .reason());
        }
    }

    @Test
    void codeWithoutTextIsTruncatedInCommonsNetAndAcceptedLeniently() throws IOException {
        MalformedServerReplyException e =
                assertThrows(MalformedServerReplyException.class, () -> new StreamFtp("220\r\n").next());
        assertEquals("Truncated server reply: '220'", e.getMessage());
        assertEquals(FtpReply.of(220, ""), ReplyParser.lenient().parse("220\r\n"));
    }

    @Test
    void lfOnlyLineEndsNeverEndAReplyInCommonsNet() throws IOException {
        assertThrows(FTPConnectionClosedException.class, () -> new StreamFtp("211-a\nb\n211 c\n").next());
        assertEquals(FtpReply.of(211, "a\nb\nc"), ReplyParser.lenient().parse("211-a\nb\n211 c\n"));
    }

    @Test
    void bareOtherCodeNeverEndsTheReplyInCommonsNet() throws IOException {
        // "250" alone is not a closing line to Commons Net's lenient check either, so it reads to the end.
        assertThrows(FTPConnectionClosedException.class, () -> new StreamFtp("250-\r\n550\r\n250\r\n").next());
        assertEquals(FtpReply.of(250, "\n550\n"), ReplyParser.lenient().parse("250-\r\n550\r\n250\r\n"));
    }

    @Test
    void nonAsciiDigitEndsTheReplyInCommonsNetSoTheFormatterPadsIt() throws IOException {
        // Found by the property above: Commons Net tests Character.isDigit, which is true for U+0660.
        String unpadded = "100-0\r\n\u0660 files\r\n100 end\r\n";
        assertEquals(List.of("100-0", "\u0660 files"), new StreamFtp(unpadded).next().lines);
        assertEquals(
                List.of("0", "\u0660 files", "end"),
                ReplyParser.strict().parse(unpadded).lines());
        FtpReply reply = FtpReply.of(100, "0\n\u0660 files\nend");
        String padded = ReplyFormatter.format(reply);
        assertEquals("100-0\r\n \u0660 files\r\n100 end\r\n", padded);
        assertEquals(List.of("100-0", " \u0660 files", "100 end"), new StreamFtp(padded).next().lines);
        assertEquals(reply, ReplyParser.strict().parse(padded));
    }

    @Test
    void mixedCodesEndTheReplyInBothButCommonsNetReportsTheOpeningCode() throws IOException {
        String glftpd = "553-\r\n553- Directory excluded.\r\n150 Opening\r\n";
        Raw raw = new StreamFtp(glftpd).next();
        assertEquals(553, raw.code);
        assertEquals(3, raw.lines.size());
        FtpReply ours = ReplyParser.lenient().parse(glftpd);
        assertEquals(150, ours.code());
        assertEquals(553, ours.openingCode());
        assertEquals(List.of("", " Directory excluded.", "Opening"), ours.lines());
    }
}

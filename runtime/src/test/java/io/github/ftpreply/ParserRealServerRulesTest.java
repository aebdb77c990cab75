package io.github.ftpreply;

import static io.github.ftpreply.ParserAssertions.LENIENT;
import static io.github.ftpreply.ParserAssertions.STRICT;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ftpreply.MalformedReplyException.Reason;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule L1 (a bare LF in lenient mode), the decoder's errors and what real servers' greetings need. */
class ParserRealServerRulesTest {
    private static final String PYFTPDLIB = "220 pyftpdlib loopback test server.\nSecond banner line.\r\n";

    @Test
    void aBareLfNotFollowedByAReplyLineStaysInTheText() throws Exception {
        FtpReply banner = FtpReply.parsed(220, 220, List.of("pyftpdlib loopback test server.\nSecond banner line."));
        assertEquals(banner, LENIENT.parse(PYFTPDLIB));
        assertEquals(List.of(banner), LENIENT.newDecoder().feed(PYFTPDLIB.getBytes(UTF_8)));
        assertEquals(banner, LENIENT.read(new ByteArrayInputStream(PYFTPDLIB.getBytes(UTF_8))));
        // Strict reads it too: every client does. Where lenient would end a line at a bare LF, strict fails.
        assertEquals(banner, STRICT.parse(PYFTPDLIB));
        ParserAssertions.rejects(STRICT, "220 ok\n", Reason.BARE_LF, 1, 6);
        ParserAssertions.rejects(STRICT, "220 ok\n331 x\r\n", Reason.BARE_LF, 1, 6);
        ParserAssertions.rejects(STRICT, "211-a\nb\r\n211 c\r\n", Reason.BARE_LF, 1, 5);
    }

    @Test
    void lfOnlyStreamsStillGiveAReplyPerLine() throws Exception {
        assertEquals(FtpReply.of(220, "ok"), LENIENT.parse("220 ok\n"));
        assertEquals(
                List.of(FtpReply.of(220, "ok"), FtpReply.of(331, "pw"), FtpReply.of(211, "a\n b\nend")),
                LENIENT.parseAll("220 ok\n331 pw\n211-a\n b\n211 end\n"));
        // A decoder needs the byte after the LF, or the end of input.
        ReplyDecoder decoder = LENIENT.newDecoder();
        assertEquals(List.of(), decoder.feed("220 ok\n".getBytes(UTF_8)));
        assertTrue(decoder.hasPartialReply());
        assertEquals(List.of(FtpReply.of(220, "ok")), decoder.feed("3".getBytes(UTF_8)));
        assertEquals(List.of(), decoder.feed("31 pw\n".getBytes(UTF_8)));
        assertEquals(List.of(FtpReply.of(331, "pw")), decoder.finish());
        decoder = LENIENT.newDecoder();
        decoder.feed("220 ok\n".getBytes(UTF_8));
        assertEquals(List.of(FtpReply.of(220, "ok")), decoder.finish());
        // A multi-line reply is complete at its closing line's LF: nothing is left to wait for.
        assertEquals(
                List.of(FtpReply.of(211, "a\nend")), LENIENT.newDecoder().feed("211-a\n211 end\n".getBytes(UTF_8)));
    }

    @Test
    void readDoesNotBlockOnAnLfOnlyServer() throws Exception {
        // The server sends "220 ok\n" and waits for a command: read must return without the next byte.
        PipedOutputStream server = new PipedOutputStream();
        InputStream in = new BufferedInputStream(new PipedInputStream(server));
        server.write("220 ok\n".getBytes(UTF_8));
        server.flush();
        assertEquals(FtpReply.of(220, "ok"), LENIENT.read(in));
        server.write("331 pw\n230 in\n".getBytes(UTF_8));
        assertEquals(FtpReply.of(331, "pw"), LENIENT.read(in));
        assertEquals(FtpReply.of(230, "in"), LENIENT.read(in));
        server.close();
    }

    @Test
    void readNeverTakesTheByteAfterTheReply() throws Exception {
        InputStream buffered = new ByteArrayInputStream("220 a\n331 b\r\n".getBytes(UTF_8));
        assertEquals(FtpReply.of(220, "a"), LENIENT.read(buffered));
        assertEquals(FtpReply.of(331, "b"), LENIENT.read(buffered));
        // Without mark a bare LF always ends the line: the byte after it could not be given back.
        InputStream plain = new FilterInputStream(new ByteArrayInputStream(PYFTPDLIB.getBytes(UTF_8))) {
            @Override
            public boolean markSupported() {
                return false;
            }
        };
        assertEquals(FtpReply.of(220, "pyftpdlib loopback test server."), LENIENT.read(plain));
        assertEquals(
                Reason.BAD_CODE,
                assertThrows(MalformedReplyException.class, () -> LENIENT.read(plain))
                        .reason());
    }

    @Test
    void aBareLfBeforeOtherTextIsTrailingDataOrText() throws Exception {
        ParserAssertions.rejects(LENIENT, "220 a\n331 b\n", Reason.TRAILING_DATA, 2, 6);
        assertEquals(FtpReply.of(220, "a\n"), FtpReply.of(220, "a\n"));
        assertEquals(List.of("a\nb c"), LENIENT.parse("220 a\nb c\r\n").lines());
    }

    @Test
    void repliesCompletedBeforeAMalformedByteComeFirst() throws Exception {
        // 225, then an empty line (BAD_CODE, known at the '1' after its LF): the reply comes, then the error.
        byte[] bytes = {'2', '2', '5', '\n', '\n', '1'};
        ReplyDecoder whole = LENIENT.newDecoder();
        assertEquals(List.of(FtpReply.of(225, "")), whole.feed(bytes));
        MalformedReplyException e = assertThrows(MalformedReplyException.class, () -> whole.feed(new byte[0]));
        assertEquals(Reason.BAD_CODE, e.reason());
        assertEquals(2, e.lineNumber());
        assertEquals(4, e.offset());
        // Then the decoder is failed: every call throws, empty ones too.
        assertThrows(IllegalStateException.class, () -> whole.feed(new byte[0]));
        assertThrows(IllegalStateException.class, () -> whole.feed(bytes, 2, 0));
        assertThrows(IllegalStateException.class, () -> whole.feed(ByteBuffer.allocate(0)));
        assertThrows(IllegalStateException.class, whole::finish);

        ReplyDecoder deferredToFinish = LENIENT.newDecoder();
        assertEquals(List.of(FtpReply.of(225, "")), deferredToFinish.feed(bytes));
        assertEquals(
                Reason.BAD_CODE,
                assertThrows(MalformedReplyException.class, deferredToFinish::finish)
                        .reason());
    }

    @Test
    void aFailedBufferFeedStandsAfterTheLastByteTaken() throws Exception {
        ByteBuffer buffer = ByteBuffer.wrap("220 a\r\n2\rx".getBytes(UTF_8));
        ReplyDecoder decoder = LENIENT.newDecoder();
        assertEquals(List.of(FtpReply.of(220, "a")), decoder.feed(buffer));
        // BARE_CR: the offset is the CR (8); the decoder took the 'x' after it too.
        assertEquals(10, buffer.position());
        MalformedReplyException e = assertThrows(MalformedReplyException.class, () -> decoder.feed(buffer));
        assertEquals(Reason.BARE_CR, e.reason());
        assertEquals(8, e.offset());
        ByteBuffer more = ByteBuffer.wrap(new byte[] {'1'});
        assertThrows(IllegalStateException.class, () -> decoder.feed(more));
        assertEquals(0, more.position());
    }

    @Test
    void truncatedCountsTheLineThatNeverCame() {
        ReplyDecoder decoder = LENIENT.newDecoder();
        MalformedReplyException e = assertThrows(MalformedReplyException.class, () -> {
            decoder.feed("220-start\r\n".getBytes(UTF_8));
            decoder.finish();
        });
        assertEquals(Reason.TRUNCATED, e.reason());
        assertEquals(2, e.lineNumber());
        assertEquals(11, e.offset());
    }

    @Test
    void strictReadsRepeatedOpeningCodesAsServersGreet() throws Exception {
        String pureFtpd =
                "220---------- Welcome to Pure-FTPd ----------\r\n220-You are user number 1 of 50 allowed.\r\n"
                        + "220 You will be disconnected after 15 minutes of inactivity.\r\n";
        FtpReply greeting = STRICT.parse(pureFtpd);
        assertEquals(
                List.of(
                        "--------- Welcome to Pure-FTPd ----------",
                        "You are user number 1 of 50 allowed.",
                        "You will be disconnected after 15 minutes of inactivity."),
                greeting.lines());
        assertEquals(greeting, LENIENT.parse(pureFtpd));
    }

    @Test
    void digitsOutsideTheBmpArePadding() throws Exception {
        String mathDigit = new String(Character.toChars(0x1D7CE)); // MATHEMATICAL BOLD DIGIT ZERO
        assertTrue(Character.isDigit(mathDigit.codePointAt(0)));
        FtpReply reply = FtpReply.of(211, List.of("a", mathDigit + " files", "end"));
        String wire = ReplyFormatter.format(reply);
        assertTrue(wire.contains("\r\n " + mathDigit), wire);
        assertEquals(reply, LENIENT.parse(wire));
        assertEquals(reply, STRICT.parse(wire));
        assertFalse(Character.isDigit(mathDigit.charAt(0)));
    }
}

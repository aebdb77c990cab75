package io.github.ftpreply;

import static io.github.ftpreply.ParserAssertions.LENIENT;
import static io.github.ftpreply.ParserAssertions.STRICT;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ftpreply.MalformedReplyException.Reason;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ReplyParser#read(InputStream)} and {@link ReplyDecoder}: bytes, charsets, chunks. */
class ParserByteInputTest {
    private static final String TWO_REPLIES =
            "257 \"/caf\u00e9 \u4e2d\" created\r\n211-Features:\r\n UTF8\r\n211 End\r\n";
    private static final List<FtpReply> EXPECTED =
            List.of(FtpReply.of(257, "\"/caf\u00e9 \u4e2d\" created"), FtpReply.of(211, "Features:\n UTF8\nEnd"));

    @Test
    void readTakesOneReplyAtATimeAndNeverReadsPastIt() throws Exception {
        InputStream in = new ByteArrayInputStream((TWO_REPLIES + "rest").getBytes(UTF_8));
        assertEquals(EXPECTED.get(0), LENIENT.read(in));
        assertEquals(EXPECTED.get(1), LENIENT.read(in));
        assertEquals("rest", new String(in.readAllBytes(), UTF_8));
    }

    @Test
    void readAtEndOfStreamBetweenRepliesIsEof() throws Exception {
        InputStream in = new ByteArrayInputStream("220 ok\r\n".getBytes(UTF_8));
        assertEquals(FtpReply.of(220, "ok"), LENIENT.read(in));
        EOFException e = assertThrows(EOFException.class, () -> LENIENT.read(in));
        assertEquals("end of stream before a reply", e.getMessage());
    }

    @Test
    void readAtEndOfStreamInsideAReplyIsTruncated() {
        InputStream in = new ByteArrayInputStream("211-a\r\nb\r".getBytes(UTF_8));
        MalformedReplyException e = assertThrows(MalformedReplyException.class, () -> LENIENT.read(in));
        assertEquals(Reason.TRUNCATED, e.reason());
        assertEquals(2, e.lineNumber());
        assertEquals(9, e.offset());
        assertEquals("input ended inside a reply at line 2, byte 9: \"b\"", e.getMessage());
    }

    @Test
    void offsetsOfByteInputCountBytes() throws Exception {
        // "é" is two bytes in UTF-8: the bad code on line 2 starts at byte 11 (it would be char 10).
        InputStream in = new ByteArrayInputStream("220 caf\u00e9\r\n10054 x\r\n".getBytes(UTF_8));
        ReplyDecoder decoder = LENIENT.newDecoder();
        // The reply completed before the bad line comes first; the error comes on the next call.
        assertEquals(List.of(FtpReply.of(220, "caf\u00e9")), decoder.feed(in.readAllBytes()));
        MalformedReplyException e = assertThrows(MalformedReplyException.class, () -> decoder.feed(new byte[0]));
        assertEquals(2, e.lineNumber());
        assertEquals(11, e.offset());
        assertTrue(e.getMessage().endsWith("at line 2, byte 11: \"10054 x\""), e.getMessage());
    }

    @Test
    void lineLengthOfByteInputCountsBytes() throws Exception {
        ReplyParser parser = LENIENT.withMaxLineLength(8);
        byte[] fits = "220 \u00e9\u00e9\r\n".getBytes(UTF_8); // 8 bytes of text, 6 chars
        assertEquals(FtpReply.of(220, "\u00e9\u00e9"), parser.read(new ByteArrayInputStream(fits)));
        byte[] tooLong = "220 \u00e9\u00e9x\r\n".getBytes(UTF_8);
        MalformedReplyException e =
                assertThrows(MalformedReplyException.class, () -> parser.read(new ByteArrayInputStream(tooLong)));
        assertEquals(Reason.LINE_TOO_LONG, e.reason());
        assertEquals(8, e.offset());
        assertEquals("220 \\u00e9\\u00e9", e.excerpt());
    }

    @Test
    void iso88591OnRequest() throws Exception {
        byte[] latin1 = {'2', '5', '7', ' ', '"', '/', 'c', 'a', 'f', (byte) 0xe9, '"', '\r', '\n'};
        assertEquals(
                FtpReply.of(257, "\"/caf\u00e9\""),
                LENIENT.withCharset(ISO_8859_1).read(new ByteArrayInputStream(latin1)));
        assertEquals(ISO_8859_1, LENIENT.withCharset(ISO_8859_1).charset());
        assertEquals(UTF_8, LENIENT.charset());
        // The same bytes are not UTF-8: lenient decodes that line as ISO-8859-1 and says so, strict rejects it and
        // shows each byte of the line as one character.
        FtpReply lenient = LENIENT.read(new ByteArrayInputStream(latin1));
        assertEquals(List.of("\"/caf\u00e9\""), lenient.lines());
        assertTrue(lenient.isDecodedAsLatin1(0));
        assertArrayEquals(Arrays.copyOfRange(latin1, 4, 11), lenient.lineBytes(0));
        MalformedReplyException e =
                assertThrows(MalformedReplyException.class, () -> STRICT.read(new ByteArrayInputStream(latin1)));
        assertEquals(Reason.BAD_ENCODING, e.reason());
        assertEquals(0, e.offset());
        assertEquals(
                "line is not valid in the charset (UTF-8) at line 1, byte 0: \"257 \\\"/caf\\u00e9\\\"\"",
                e.getMessage());
    }

    @Test
    void decoderAcceptsChunksSplitAnywhere() throws Exception {
        byte[] wire = TWO_REPLIES.getBytes(UTF_8);
        for (int cut1 = 0; cut1 <= wire.length; cut1++) {
            for (int cut2 = cut1; cut2 <= wire.length; cut2++) {
                ReplyDecoder decoder = LENIENT.newDecoder();
                List<FtpReply> replies = new ArrayList<>(decoder.feed(wire, 0, cut1));
                replies.addAll(decoder.feed(ByteBuffer.wrap(wire, cut1, cut2 - cut1)));
                replies.addAll(decoder.feed(java.util.Arrays.copyOfRange(wire, cut2, wire.length)));
                decoder.finish();
                assertEquals(EXPECTED, replies, "cut at " + cut1 + " and " + cut2);
            }
        }
    }

    @Test
    void decoderSplitBetweenCrAndLf() throws Exception {
        ReplyDecoder decoder = STRICT.newDecoder();
        assertEquals(List.of(), decoder.feed("220 ok\r".getBytes(UTF_8)));
        assertTrue(decoder.hasPartialReply());
        assertEquals(List.of(FtpReply.of(220, "ok")), decoder.feed(new byte[] {'\n'}));
        assertFalse(decoder.hasPartialReply());
        decoder.finish();
    }

    @Test
    void decoderReportsWholeRepliesOnly() throws Exception {
        ReplyDecoder decoder = LENIENT.newDecoder();
        assertEquals(List.of(), decoder.feed("211-a\r\n".getBytes(UTF_8)));
        assertTrue(decoder.hasPartialReply());
        assertEquals("ReplyDecoder[7 bytes read, partial reply]", decoder.toString());
        MalformedReplyException e = assertThrows(MalformedReplyException.class, decoder::finish);
        assertEquals(Reason.TRUNCATED, e.reason());
        assertEquals(7, e.offset());
        assertEquals(2, e.lineNumber());
    }

    @Test
    void decoderIsFailedAfterAnError() throws Exception {
        ReplyDecoder decoder = LENIENT.newDecoder();
        assertEquals(List.of(FtpReply.of(220, "ok")), decoder.feed("220 ok\r\n".getBytes(UTF_8)));
        MalformedReplyException first =
                assertThrows(MalformedReplyException.class, () -> decoder.feed("2200 x\r\n".getBytes(UTF_8)));
        assertEquals(Reason.BAD_CODE, first.reason());
        IllegalStateException again =
                assertThrows(IllegalStateException.class, () -> decoder.feed("220 ok\r\n".getBytes(UTF_8)));
        assertEquals(first, again.getCause());
        assertThrows(IllegalStateException.class, decoder::finish);
        assertTrue(decoder.toString().endsWith(", failed]"), decoder.toString());
    }

    @Test
    void feedChecksItsBounds() {
        assertThrows(IndexOutOfBoundsException.class, () -> LENIENT.newDecoder().feed(new byte[3], 2, 2));
    }

    @Test
    void byteInputBoundsMemoryOnAnEndlessLine() {
        // An endless line without a line end: the decoder fails at the limit instead of buffering it all.
        ReplyDecoder decoder = LENIENT.newDecoder();
        byte[] chunk = new byte[1024];
        java.util.Arrays.fill(chunk, (byte) 'x');
        MalformedReplyException e = assertThrows(MalformedReplyException.class, () -> {
            for (int i = 0; i < 100_000; i++) {
                decoder.feed(chunk);
            }
        });
        assertEquals(Reason.LINE_TOO_LONG, e.reason());
        assertEquals(8192, e.offset());
    }

    @Test
    void readLeavesEveryKindOfStreamJustAfterTheReplyOrTheOffendingByte() throws Exception {
        // Lines longer than read's block, a multi-line reply, then a bad code: whether read takes blocks and gives
        // back what follows (mark and reset) or takes one byte at a time, the stream must stand at the same place.
        String longLine = "x".repeat(300);
        String wire = "220 " + longLine + "\r\n211-a\r\n " + longLine + "\r\n211 end\r\n150 ok\r\n2200 bad\r\nrest";
        for (java.util.function.Function<byte[], InputStream> open :
                List.<java.util.function.Function<byte[], InputStream>>of(
                        ByteArrayInputStream::new,
                        b -> new java.io.BufferedInputStream(new ByteArrayInputStream(b), 16),
                        b -> new java.io.BufferedInputStream(new ByteArrayInputStream(b)),
                        b -> new java.io.FilterInputStream(new ByteArrayInputStream(b)) {})) {
            InputStream in = open.apply(wire.getBytes(UTF_8));
            assertEquals(FtpReply.of(220, longLine), LENIENT.read(in));
            assertEquals(FtpReply.of(211, List.of("a", " " + longLine, "end")), LENIENT.read(in));
            assertEquals(FtpReply.of(150, "ok"), LENIENT.read(in));
            MalformedReplyException e = assertThrows(MalformedReplyException.class, () -> LENIENT.read(in));
            assertEquals(Reason.BAD_CODE, e.reason());
            assertEquals(
                    "rest", new String(in.readAllBytes(), UTF_8), in.getClass().getName());
        }
    }

    @Test
    void readStopsAfterABareCrAsByteByByteReadingDoes() throws Exception {
        for (boolean buffered : new boolean[] {true, false}) {
            byte[] wire = "220 a\rb rest".getBytes(UTF_8);
            InputStream in = buffered
                    ? new java.io.BufferedInputStream(new ByteArrayInputStream(wire))
                    : new java.io.FilterInputStream(new ByteArrayInputStream(wire)) {};
            MalformedReplyException e = assertThrows(MalformedReplyException.class, () -> LENIENT.read(in));
            assertEquals(Reason.BARE_CR, e.reason());
            assertEquals(" rest", new String(in.readAllBytes(), UTF_8));
        }
    }

    @Test
    void readFromABufferedStreamDoesNotWaitForBytesAfterTheReply() throws Exception {
        // A connection that has sent one reply and waits for the next command: asking it for more would block.
        byte[] sent = "220 ready\r\n".getBytes(UTF_8);
        InputStream connection = new InputStream() {
            private int at;

            @Override
            public int read() {
                if (at == sent.length) {
                    throw new AssertionError("would block: the server is waiting for a command");
                }
                return sent[at++];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                // Like a socket: what has arrived, at least one byte, never waiting for more than that.
                int n = Math.min(len, sent.length - at);
                if (n == 0) {
                    return read();
                }
                System.arraycopy(sent, at, b, off, n);
                at += n;
                return n;
            }

            @Override
            public int available() {
                return sent.length - at;
            }
        };
        assertEquals(FtpReply.of(220, "ready"), LENIENT.read(new java.io.BufferedInputStream(connection)));
    }
}

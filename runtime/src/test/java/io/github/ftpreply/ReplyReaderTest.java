package io.github.ftpreply;

import static io.github.ftpreply.ParserAssertions.LENIENT;
import static io.github.ftpreply.ParserAssertions.STRICT;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ftpreply.MalformedReplyException.Reason;
import io.github.ftpreply.StreamOutcomes.Kind;
import io.github.ftpreply.StreamOutcomes.Positioned;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@link ReplyReader}: the answers of {@link ReplyParser#read(InputStream)}, reply after reply, on one stream. */
class ReplyReaderTest {
    /** Segment sizes for streams whose bytes arrive in pieces: inside a line, at a line end, longer than a block. */
    private static final List<Integer> SEGMENTS = List.of(7, 64, 1, 300, 2);

    @TestFactory
    Stream<DynamicTest> readsEveryRecordedSessionAsReadDoes() {
        Map<String, ByteArrayOutputStream> sessions = new LinkedHashMap<>();
        for (RealServerTranscriptTest.Answer a : RealServerTranscriptTest.answers()) {
            sessions.computeIfAbsent(a.session(), s -> new ByteArrayOutputStream())
                    .writeBytes(a.bytes());
        }
        List<DynamicTest> tests = new ArrayList<>();
        sessions.forEach((session, out) -> {
            for (Kind kind : Kind.values()) {
                for (ReplyParser parser : List.of(LENIENT, STRICT)) {
                    String name = session + " " + kind + (parser.isStrict() ? " strict" : " lenient");
                    tests.add(DynamicTest.dynamicTest(name, () -> readsAsReadDoes(parser, kind, out.toByteArray())));
                }
            }
        });
        return tests.stream();
    }

    private static void readsAsReadDoes(ReplyParser parser, Kind kind, byte[] bytes) {
        List<String> read = readEach(parser, kind, bytes);
        assertEquals(read, readWithReader(parser, kind, bytes));
        if (!parser.isStrict() && kind == Kind.BYTE_ARRAY) {
            // The whole session is read: many replies, then the end of the stream. (Not always from the other
            // streams: rule L1 does not wait for a byte that has not arrived, and pyftpdlib's banner holds a bare LF.)
            assertTrue(read.size() > 40, read.toString());
            assertEquals("EOF @" + bytes.length, read.get(read.size() - 1));
        }
    }

    static List<String> readEach(ReplyParser parser, Kind kind, byte[] bytes) {
        Positioned in = StreamOutcomes.open(kind, bytes, SEGMENTS);
        return StreamOutcomes.outcome(in, () -> parser.read(in.stream()));
    }

    static List<String> readWithReader(ReplyParser parser, Kind kind, byte[] bytes) {
        Positioned in = StreamOutcomes.open(kind, bytes, SEGMENTS);
        return StreamOutcomes.outcome(in, parser.newReader(in.stream())::read);
    }

    @Test
    void aBareLfLineGivesBackTheByteAfterIt() throws Exception {
        // Rule L1 takes the byte after the LF to decide; the reader gives it back, to the stream and in its own state.
        byte[] wire = "220 a\n331 b\n2200 x\r\n".getBytes(UTF_8);
        InputStream in = new ByteArrayInputStream(wire);
        ReplyReader reader = LENIENT.newReader(in);
        assertEquals(FtpReply.of(220, "a"), reader.read());
        assertFalse(reader.hasPartialReply());
        assertEquals(wire.length - 6, in.available());
        assertEquals(FtpReply.of(331, "b"), reader.read());
        MalformedReplyException e = assertThrows(MalformedReplyException.class, reader::read);
        assertEquals(Reason.BAD_CODE, e.reason());
        assertEquals(1, e.lineNumber());
        assertEquals(0, e.offset());
    }

    @Test
    void theStreamIsTheCallersBetweenReplies() throws Exception {
        InputStream in = new ByteArrayInputStream("220 a\n331 b\n230-x\r\n230 y\r\nDATA".getBytes(UTF_8));
        ReplyReader reader = LENIENT.newReader(in);
        assertEquals(FtpReply.of(220, "a"), reader.read());
        assertEquals(FtpReply.of(331, "b"), reader.read());
        assertEquals(FtpReply.of(230, "x\ny"), reader.read());
        assertEquals("DATA", new String(in.readAllBytes(), UTF_8));
    }

    @Test
    void errorsCountFromTheFirstByteOfTheReplyAsReadDoes() throws Exception {
        byte[] wire = "220 ok\r\n211-a\r\n 2\r\n211\r\n".getBytes(UTF_8);
        ReplyReader reader = STRICT.newReader(new ByteArrayInputStream(wire));
        assertEquals(FtpReply.of(220, "ok"), reader.read());
        MalformedReplyException e = assertThrows(MalformedReplyException.class, reader::read);
        assertEquals(Reason.UNPADDED_LINE, e.reason());
        assertEquals(3, e.lineNumber());
        assertEquals(11, e.offset());
    }

    @Test
    void aMalformedReplyFailsTheReader() throws Exception {
        InputStream in = new ByteArrayInputStream("220 ok\r\n2200 x\r\n220 ok\r\n".getBytes(UTF_8));
        ReplyReader reader = LENIENT.newReader(in);
        assertEquals(FtpReply.of(220, "ok"), reader.read());
        MalformedReplyException first = assertThrows(MalformedReplyException.class, reader::read);
        assertEquals(Reason.BAD_CODE, first.reason());
        assertEquals("ReplyReader[between replies, failed]", reader.toString());
        IllegalStateException again = assertThrows(IllegalStateException.class, reader::read);
        assertEquals(first, again.getCause());
        assertEquals("the reader failed earlier: " + first.getMessage(), again.getMessage());
        // The reader takes nothing more: the stream stands after the bad line, as read(InputStream) leaves it.
        assertEquals("220 ok\r\n", new String(in.readAllBytes(), UTF_8));
    }

    @Test
    void aTruncatedReplyFailsTheReaderAndTheEndBetweenRepliesDoesNot() throws Exception {
        ReplyReader between = LENIENT.newReader(new ByteArrayInputStream("220 ok\r\n".getBytes(UTF_8)));
        between.read();
        assertEquals(
                "end of stream before a reply",
                assertThrows(EOFException.class, between::read).getMessage());
        assertThrows(EOFException.class, between::read);

        ReplyReader inside = LENIENT.newReader(new ByteArrayInputStream("220 ok\r\n211-a\r\n".getBytes(UTF_8)));
        inside.read();
        MalformedReplyException e = assertThrows(MalformedReplyException.class, inside::read);
        assertEquals(Reason.TRUNCATED, e.reason());
        assertEquals(2, e.lineNumber());
        assertEquals(7, e.offset());
        assertThrows(IllegalStateException.class, inside::read);
    }

    @Test
    void aTimeoutInsideAReplyLeavesTheReaderReadyToGoOn() throws Exception {
        // "211-a\r\n" arrives, then the server is slow: the read times out, and the next one finishes the reply.
        byte[] wire = "220 ok\r\n211-a\r\n b\r\n211 c\r\n".getBytes(UTF_8);
        for (Kind kind : List.of(Kind.BUFFERED, Kind.PLAIN)) {
            Positioned in = StreamOutcomes.open(kind, wire, List.of(8, 7, 100), Set.of(2));
            ReplyReader reader = LENIENT.newReader(in.stream());
            assertEquals(FtpReply.of(220, "ok"), reader.read());
            assertThrows(SocketTimeoutException.class, reader::read, kind.toString());
            assertTrue(reader.hasPartialReply());
            assertEquals("ReplyReader[partial reply]", reader.toString());
            assertEquals(FtpReply.of(211, "a\n b\nc"), reader.read(), kind.toString());
            assertFalse(reader.hasPartialReply());
        }
    }

    @Test
    void aReaderNeedsAStream() {
        assertThrows(NullPointerException.class, () -> LENIENT.newReader(null));
    }
}

package io.github.ftpreply;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/** Properties: formatting then parsing gives the reply back; no input gives anything but a reply or the exception. */
class ReplyPropertiesTest {

    @Property(tries = 2000)
    void lenientParseOfFormatIsIdentity(@ForAll("replies") FtpReply reply) throws Exception {
        assertEquals(reply, ReplyParser.lenient().parse(ReplyFormatter.format(reply)));
    }

    @Property(tries = 1000)
    void strictParseOfFormatIsIdentityWhenTheFirstLineHasText(@ForAll("replies") FtpReply reply) throws Exception {
        FtpReply withText = reply.lines().get(0).isEmpty() ? withFirstLine(reply, "x") : reply;
        assertEquals(withText, ReplyParser.strict().parse(ReplyFormatter.format(withText)));
    }

    @Property(tries = 500)
    void mixedCodeRepliesRoundTripLeniently(@ForAll("mixedReplies") FtpReply reply) throws Exception {
        assertEquals(reply, ReplyParser.lenient().parse(ReplyFormatter.format(reply)));
    }

    @Property(tries = 500)
    void decoderGivesBackAStreamOfRepliesFedInRandomChunks(
            @ForAll @Size(max = 5) List<@From("replies") FtpReply> replies,
            @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 1, max = 9) Integer> chunkSizes)
            throws Exception {
        StringBuilder wire = new StringBuilder();
        replies.forEach(r -> wire.append(ReplyFormatter.format(r)));
        byte[] bytes = wire.toString().getBytes(UTF_8);
        ReplyDecoder decoder = ReplyParser.lenient().newDecoder();
        List<FtpReply> decoded = new ArrayList<>();
        int at = 0;
        for (int i = 0; at < bytes.length; i++) {
            int n = Math.min(chunkSizes.get(i % chunkSizes.size()), bytes.length - at);
            decoded.addAll(decoder.feed(bytes, at, n));
            at += n;
        }
        decoder.finish();
        assertEquals(replies, decoded);

        InputStream in = new ByteArrayInputStream(bytes);
        for (FtpReply reply : replies) {
            assertEquals(reply, ReplyParser.lenient().read(in));
        }
        assertEquals(-1, in.read());
    }

    @Property(tries = 3000)
    void randomBytesGiveRepliesOrMalformedReplyException(
            @ForAll("wireLikeBytes") byte[] bytes,
            @ForAll boolean strict,
            @ForAll @IntRange(min = 4, max = 40) int maxLineLength,
            @ForAll @IntRange(min = 1, max = 5) int maxLines) {
        ReplyParser parser = (strict ? ReplyParser.strict() : ReplyParser.lenient())
                .withMaxLineLength(maxLineLength)
                .withMaxLines(maxLines);
        ReplyDecoder decoder = parser.newDecoder();
        int replies = 0;
        try {
            for (int i = 0; i < bytes.length; i += 7) {
                List<FtpReply> fed = decoder.feed(bytes, i, Math.min(7, bytes.length - i));
                fed.forEach(r -> checkInvariants(r, parser));
                replies += fed.size();
            }
            decoder.finish();
            Statistics.label("outcome").collect("clean end");
        } catch (MalformedReplyException e) {
            checkException(e, bytes.length);
            Statistics.label("outcome").collect(e.reason());
        }
        Statistics.label("replies").collect(replies > 0);
        Statistics.label("replies").coverage(c -> c.check(true).percentage(p -> p > 5));
        Statistics.label("outcome").coverage(c -> {
            c.check("clean end").count(n -> n > 0);
            c.check(MalformedReplyException.Reason.BAD_CODE).count(n -> n > 0);
            c.check(MalformedReplyException.Reason.LINE_TOO_LONG).count(n -> n > 0);
            c.check(MalformedReplyException.Reason.TRUNCATED).count(n -> n > 0);
        });
        InputStream in = new ByteArrayInputStream(bytes);
        try {
            while (true) {
                checkInvariants(parser.read(in), parser);
            }
        } catch (EOFException e) {
            assertEquals("end of stream before a reply", e.getMessage());
        } catch (MalformedReplyException e) {
            checkException(e, bytes.length);
        } catch (java.io.IOException e) {
            throw new AssertionError("undeclared failure", e);
        }
    }

    @Property(tries = 2000)
    void randomTextGivesRepliesOrMalformedReplyException(@ForAll("wireLikeText") String text, @ForAll boolean strict) {
        ReplyParser parser = strict ? ReplyParser.strict() : ReplyParser.lenient();
        try {
            parser.parseAll(text).forEach(r -> checkInvariants(r, parser));
        } catch (MalformedReplyException e) {
            checkException(e, text.length());
        }
    }

    /**
     * The parser decodes each line's bytes once, from where its text starts, without a {@code CharsetDecoder} unless
     * it must report bad bytes. What it gives must be what the text parser gives for the line decoded whole by a
     * decoder: {@code REPLACE} when lenient, {@code REPORT} (then {@code BAD_ENCODING}) when strict.
     */
    @Property(tries = 3000)
    void byteLinesDecodeAsACharsetDecoderDecodesTheWholeLine(
            @ForAll("lineBytes") byte[] text,
            @ForAll("charsets") java.nio.charset.Charset charset,
            @ForAll boolean strict,
            @ForAll boolean middle)
            throws Exception {
        ReplyParser parser = (strict ? ReplyParser.strict() : ReplyParser.lenient()).withCharset(charset);
        String before = middle ? "211-first\r\n" : "211 ";
        String after = middle ? "\r\n211 end\r\n" : "\r\n";
        java.io.ByteArrayOutputStream wire = new java.io.ByteArrayOutputStream();
        wire.writeBytes(before.getBytes(UTF_8));
        wire.writeBytes(text);
        wire.writeBytes(after.getBytes(UTF_8));
        byte[] bytes = wire.toByteArray();
        java.nio.charset.CodingErrorAction action = java.nio.charset.CodingErrorAction.REPORT;
        String decoded;
        // A non-ASCII line of an ISO-8859-1 parser is decoded as ISO-8859-1, and says so.
        boolean latin1 = charset.equals(java.nio.charset.StandardCharsets.ISO_8859_1)
                && new String(text, java.nio.charset.StandardCharsets.ISO_8859_1)
                        .chars()
                        .anyMatch(c -> c >= 0x80);
        try {
            decoded = charset.newDecoder()
                    .onMalformedInput(action)
                    .onUnmappableCharacter(action)
                    .decode(java.nio.ByteBuffer.wrap(text))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            if (!strict) {
                // Rule L4: the whole line as ISO-8859-1, flagged, its bytes given back as sent.
                decoded = new String(text, java.nio.charset.StandardCharsets.ISO_8859_1);
                latin1 = true;
            } else {
                MalformedReplyException thrown = org.junit.jupiter.api.Assertions.assertThrows(
                        MalformedReplyException.class, () -> parser.newDecoder().feed(bytes));
                assertEquals(MalformedReplyException.Reason.BAD_ENCODING, thrown.reason(), thrown.getMessage());
                return;
            }
        }
        Object expected;
        try {
            expected = parser.parseAll(before + decoded + after);
        } catch (MalformedReplyException e) {
            expected = e.reason();
        }
        Object fed;
        try {
            List<FtpReply> replies = parser.newDecoder().feed(bytes);
            fed = replies.stream().map(FtpReply::lines).collect(java.util.stream.Collectors.toList());
            if (replies.size() == 1) {
                int index = middle ? 1 : 0;
                assertEquals(latin1, replies.get(0).isDecodedAsLatin1(index));
                if (latin1 && !middle) { // (a middle line may lose a space of padding, rule M3)
                    assertArrayEquals(text, replies.get(0).lineBytes(index));
                }
            }
        } catch (MalformedReplyException e) {
            fed = e.reason();
        }
        if (expected instanceof List<?> replies) {
            expected = replies.stream().map(r -> ((FtpReply) r).lines()).collect(java.util.stream.Collectors.toList());
        }
        assertEquals(expected, fed);
        if (fed instanceof List<?> replies) {
            InputStream in = new ByteArrayInputStream(bytes);
            for (Object lines : replies) {
                assertEquals(lines, parser.read(in).lines());
            }
        }
    }

    @Provide
    Arbitrary<byte[]> lineBytes() {
        Arbitrary<byte[]> anyBytes = Arbitraries.bytes()
                .filter(b -> b != '\r' && b != '\n')
                .array(byte[].class)
                .ofMaxSize(6);
        Arbitrary<byte[]> pieces = Arbitraries.of(
                        " ", "  ", "7", "\u0660", "caf\u00e9", "\u4e2d", "\ud83d\ude00", "x", "211-", "211 ", "550 ")
                .map(t -> t.getBytes(UTF_8));
        return Arbitraries.frequencyOf(Tuple.of(1, anyBytes), Tuple.of(2, pieces))
                .list()
                .ofMaxSize(6)
                .map(list -> {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    list.forEach(out::writeBytes);
                    return out.toByteArray();
                });
    }

    @Provide
    Arbitrary<java.nio.charset.Charset> charsets() {
        return Arbitraries.of(
                UTF_8, java.nio.charset.StandardCharsets.ISO_8859_1, java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static void checkInvariants(FtpReply reply, ReplyParser parser) {
        assertTrue(reply.code() >= 100 && reply.code() <= 699, reply.toString());
        assertTrue(reply.openingCode() >= 100 && reply.openingCode() <= 699, reply.toString());
        assertFalse(reply.lines().isEmpty());
        assertTrue(reply.lines().size() <= parser.maxLines(), reply.toString());
        for (String line : reply.lines()) {
            assertFalse(line.contains("\r"), reply.toString());
            // Rule L1: an LF stays in the text of a single-line reply only, and never before a digit.
            if (line.contains("\n")) {
                assertFalse(reply.isMultiLine(), reply.toString());
                assertFalse(line.matches("(?s).*\n[0-9].*"), reply.toString());
            }
            assertTrue(line.length() <= parser.maxLineLength(), reply.toString());
        }
        if (parser.isStrict()) {
            assertFalse(reply.hasMixedCodes(), reply.toString());
        }
    }

    private static void checkException(MalformedReplyException e, long inputLength) {
        assertTrue(e.lineNumber() >= 1, e.getMessage());
        assertTrue(e.offset() >= 0 && e.offset() <= inputLength, e.getMessage());
        assertTrue(e.excerpt().chars().allMatch(c -> c >= 0x20 && c < 0x7f), e.getMessage());
        assertTrue(e.getMessage().startsWith(e.reason().description()), e.getMessage());
    }

    private static FtpReply withFirstLine(FtpReply reply, String first) {
        List<String> lines = new ArrayList<>(reply.lines());
        lines.set(0, first);
        return FtpReply.of(reply.code(), lines);
    }

    @Provide
    Arbitrary<FtpReply> replies() {
        return ReplyArbitraries.replies();
    }

    @Provide
    Arbitrary<FtpReply> mixedReplies() {
        return ReplyArbitraries.mixedReplies();
    }

    @Provide
    Arbitrary<byte[]> wireLikeBytes() {
        // Random bytes alone almost never make a reply; mix them with pieces of real ones.
        Arbitrary<byte[]> anyBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(4);
        Arbitrary<byte[]> wireBytes = Arbitraries.of(
                        "220 ok\r\n",
                        "211-",
                        "211 end\r\n",
                        "150 go\n",
                        "550 \r\n",
                        "\r\n",
                        "\n",
                        "\r",
                        "x",
                        " 7",
                        "10054 ",
                        "caf\u00e9",
                        "\u4e2d")
                .map(t -> t.getBytes(UTF_8));
        Arbitrary<byte[]> badUtf8 = Arbitraries.of(new byte[] {(byte) 0xc3}, new byte[] {(byte) 0xff});
        return Arbitraries.frequencyOf(Tuple.of(2, anyBytes), Tuple.of(8, wireBytes), Tuple.of(1, badUtf8))
                .list()
                .ofMaxSize(30)
                .map(pieces -> {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    pieces.forEach(out::writeBytes);
                    return out.toByteArray();
                });
    }

    @Provide
    Arbitrary<String> wireLikeText() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(
                        "211-", "211 ", "211", "150 ", "553-", "10054 ", "\r\n", "\n", "\r", " ", "  1", "700 ", "x"),
                Arbitraries.strings().all().ofMaxLength(3));
        return piece.list().ofMaxSize(40).map(list -> String.join("", list));
    }
}

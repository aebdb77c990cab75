package io.github.ftpreply;

import static io.github.ftpreply.ParserAssertions.LENIENT;
import static io.github.ftpreply.ParserAssertions.STRICT;
import static io.github.ftpreply.ParserAssertions.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ftpreply.MalformedReplyException.Reason;
import org.junit.jupiter.api.Test;

/** The line-length and lines-per-reply limits. */
class ParserLimitsTest {
    @Test
    void defaults() {
        assertEquals(8192, LENIENT.maxLineLength());
        assertEquals(1000, LENIENT.maxLines());
        assertEquals(8192, STRICT.maxLineLength());
        assertEquals(1000, STRICT.maxLines());
    }

    @Test
    void lineLengthCountsTextWithoutLineEnd() throws Exception {
        ReplyParser parser = LENIENT.withMaxLineLength(10);
        assertEquals(FtpReply.of(220, "012345"), parser.parse("220 012345\r\n"));
        MalformedReplyException e = rejects(parser, "220 0123456\r\n", Reason.LINE_TOO_LONG, 1, 10);
        assertEquals("220 012345", e.excerpt());
        assertEquals(
                "line longer than the maximum line length (maximum 10 chars) at line 1, char 10:" + " \"220 012345\"",
                e.getMessage());
    }

    @Test
    void defaultLineLengthIsEnforced() throws Exception {
        String ok = "220 " + "x".repeat(8188) + "\r\n";
        assertEquals(8188, LENIENT.parse(ok).lines().get(0).length());
        MalformedReplyException e = rejects(LENIENT, "220 " + "x".repeat(8189) + "\r\n", Reason.LINE_TOO_LONG, 1, 8192);
        assertEquals("220 " + "x".repeat(36) + "...", e.excerpt());
    }

    @Test
    void linesPerReply() throws Exception {
        ReplyParser parser = LENIENT.withMaxLines(3);
        assertEquals(3, parser.parse("211-a\r\nb\r\n211 c\r\n").lines().size());
        rejects(parser, "211-a\r\nb\r\nc\r\n211 d\r\n", Reason.TOO_MANY_LINES, 3, 10);
        rejects(LENIENT.withMaxLines(1), "211-a\r\n211 b\r\n", Reason.TOO_MANY_LINES, 1, 0);
        assertEquals(FtpReply.of(200, "ok"), LENIENT.withMaxLines(1).parse("200 ok\r\n"));
    }

    @Test
    void defaultLinesPerReplyIsEnforced() throws Exception {
        String body = "x\r\n".repeat(998);
        assertEquals(
                1000, LENIENT.parse("211-a\r\n" + body + "211 z\r\n").lines().size());
        rejects(LENIENT, "211-a\r\n" + body + "x\r\n211 z\r\n", Reason.TOO_MANY_LINES, 1000, 7 + 3 * 998);
    }

    @Test
    void invalidLimitsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> LENIENT.withMaxLineLength(3));
        assertThrows(IllegalArgumentException.class, () -> LENIENT.withMaxLines(0));
    }
}

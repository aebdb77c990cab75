package io.github.ftpreply;

import static io.github.ftpreply.ParserAssertions.LENIENT;
import static io.github.ftpreply.ParserAssertions.STRICT;
import static io.github.ftpreply.ParserAssertions.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ftpreply.MalformedReplyException.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Line ends, truncation and the one-reply rule of parse(). */
class ParserStructureTest {
    @Test
    void missingLineEndIsTruncated() {
        rejects(LENIENT, "220 ready", Reason.TRUNCATED, 1, 9);
        rejects(LENIENT, "220 ready\r", Reason.TRUNCATED, 1, 10);
        rejects(LENIENT, "211-a\r\nb\r\n", Reason.TRUNCATED, 3, 10);
        rejects(LENIENT, "", Reason.TRUNCATED, 1, 0);
    }

    @Test
    void bareCrIsRejectedInBothModes() {
        for (ReplyParser parser : List.of(LENIENT, STRICT)) {
            MalformedReplyException e = rejects(parser, "220 a\rb\r\n", Reason.BARE_CR, 1, 5);
            assertEquals("220 a", e.excerpt());
        }
    }

    @Test
    void parseWantsExactlyOneReply() throws Exception {
        rejects(LENIENT, "220 a\r\n221 b\r\n", Reason.TRAILING_DATA, 2, 7);
        assertEquals(List.of(FtpReply.of(220, "a"), FtpReply.of(221, "b")), LENIENT.parseAll("220 a\r\n221 b\r\n"));
        assertEquals(List.of(), LENIENT.parseAll(""));
        MalformedReplyException e =
                assertThrows(MalformedReplyException.class, () -> LENIENT.parseAll("220 a\r\n211-b\r\n"));
        assertEquals(Reason.TRUNCATED, e.reason());
        assertEquals(14, e.offset());
    }

    @Test
    void excerptIsEscaped() {
        MalformedReplyException e = rejects(LENIENT, "x\u00e9\t\"\\\u0000\r\n", Reason.BAD_CODE, 1, 0);
        assertEquals("x\\u00e9\\t\\\"\\\\\\u0000", e.excerpt());
    }
}

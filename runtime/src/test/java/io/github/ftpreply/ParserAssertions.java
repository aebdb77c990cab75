package io.github.ftpreply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ftpreply.MalformedReplyException.Reason;

/** Shared assertions for parser tests. */
final class ParserAssertions {
    static final ReplyParser LENIENT = ReplyParser.lenient();
    static final ReplyParser STRICT = ReplyParser.strict();

    private ParserAssertions() {}

    /** Asserts that {@code parser.parse(text)} fails with exactly this reason, line number and offset. */
    static MalformedReplyException rejects(ReplyParser parser, String text, Reason reason, long line, long offset) {
        MalformedReplyException e = assertThrows(MalformedReplyException.class, () -> parser.parse(text));
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(line, e.lineNumber(), "line number: " + e.getMessage());
        assertEquals(offset, e.offset(), "offset: " + e.getMessage());
        return e;
    }
}

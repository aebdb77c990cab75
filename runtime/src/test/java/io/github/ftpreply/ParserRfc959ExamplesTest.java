package io.github.ftpreply;

import static io.github.ftpreply.ParserAssertions.LENIENT;
import static io.github.ftpreply.ParserAssertions.STRICT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of RFC 959 §4.2, in both modes. */
class ParserRfc959ExamplesTest {
    @Test
    void singleLine() throws Exception {
        for (ReplyParser parser : List.of(LENIENT, STRICT)) {
            FtpReply reply = parser.parse("220 Service ready for new user.\r\n");
            assertEquals(FtpReply.of(220, "Service ready for new user."), reply);
        }
    }

    @Test
    void multiLineWithPaddedNumberLine() throws Exception {
        String wire = "123-First line\r\nSecond line\r\n  234 A line beginning with numbers\r\n123 The last line\r\n";
        for (ReplyParser parser : List.of(LENIENT, STRICT)) {
            FtpReply reply = parser.parse(wire);
            assertEquals(123, reply.code());
            assertEquals(123, reply.openingCode());
            // The first of the two padding spaces is RFC 959's padding; the reply keeps the other.
            assertEquals(
                    List.of("First line", "Second line", " 234 A line beginning with numbers", "The last line"),
                    reply.lines());
        }
    }

    @Test
    void closingLineMayHaveNoText() throws Exception {
        assertEquals(
                List.of("Status:", ""), STRICT.parse("211-Status:\r\n211 \r\n").lines());
    }
}

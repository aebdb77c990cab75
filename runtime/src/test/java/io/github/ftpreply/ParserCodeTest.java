package io.github.ftpreply;

import static io.github.ftpreply.ParserAssertions.LENIENT;
import static io.github.ftpreply.ParserAssertions.STRICT;
import static io.github.ftpreply.ParserAssertions.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ftpreply.MalformedReplyException.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a reply code is: three digits, the first 1..6. */
class ParserCodeTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "10054 Connection reset by peer",
                "2200 x",
                "700 x",
                "22 x",
                "022 x",
                "099 x",
                "abc def",
                "",
                " 220 x",
                "220x",
                "22",
                "2",
                "2a0 x",
                "\u0662\u0662\u0660 arabic digits"
            })
    void malformedCodesAreRejectedInBothModes(String line) {
        for (ReplyParser parser : List.of(LENIENT, STRICT)) {
            MalformedReplyException e = rejects(parser, line + "\r\n", Reason.BAD_CODE, 1, 0);
            assertEquals(Escaper.escape(line, 40), e.excerpt());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 199, 260, 299, 631, 699})
    void everyThreeDigitCodeWithFirstDigit1To6IsKept(int code) throws Exception {
        assertEquals(FtpReply.of(code, "x"), STRICT.parse(code + " x\r\n"));
    }

    @Test
    void badCodeLaterInTheStreamIsReportedWhereItIs() {
        MalformedReplyException e =
                assertThrows(MalformedReplyException.class, () -> LENIENT.parseAll("220 ok\r\n10054 reset\r\n"));
        assertEquals(Reason.BAD_CODE, e.reason());
        assertEquals(2, e.lineNumber());
        assertEquals(8, e.offset());
        assertEquals(
                "bad reply code: a reply starts with three digits, the first 1..6, then space or '-'"
                        + " at line 2, char 8: \"10054 reset\"",
                e.getMessage());
    }
}

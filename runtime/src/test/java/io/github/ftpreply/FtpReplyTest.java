package io.github.ftpreply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FtpReplyTest {

    @Test
    void singleLineReply() {
        FtpReply reply = FtpReply.of(550, "No such file");
        assertEquals(550, reply.code());
        assertEquals(550, reply.openingCode());
        assertFalse(reply.hasMixedCodes());
        assertEquals(List.of("No such file"), reply.lines());
        assertEquals("No such file", reply.text());
        assertFalse(reply.isMultiLine());
        assertEquals(ReplyCategory.PERMANENT_NEGATIVE, reply.category());
        assertEquals(Optional.of(ReplyGroup.FILE_SYSTEM), reply.group());
    }

    @Test
    void everyKindOfLineBreakStartsANewLine() {
        FtpReply reply = FtpReply.of(211, "a\r\nb\rc\nd\n");
        assertEquals(List.of("a", "b", "c", "d", ""), reply.lines());
        assertEquals("a\nb\nc\nd\n", reply.text());
        assertTrue(reply.isMultiLine());
        assertEquals(FtpReply.of(211, List.of("a", "b\rc", "d\n")), reply);
    }

    @Test
    void emptyTextIsOneEmptyLine() {
        assertEquals(List.of(""), FtpReply.of(220, "").lines());
    }

    @Test
    void knownCodeIsTheCatalogsConstant() {
        assertEquals(
                Optional.of(FtpReplyCode.FILE_UNAVAILABLE),
                FtpReply.of(550, "No such file").knownCode());
        assertEquals(
                Optional.of(FtpReplyCode.of(150)),
                FtpReply.parsed(553, 150, List.of("", "Opening")).knownCode());
    }

    @Test
    void unknownCodesAreKept() {
        FtpReply reply = FtpReply.of(299, "vendor");
        assertEquals(Optional.empty(), reply.knownCode());
        assertEquals(299, reply.code());
        assertEquals(Optional.empty(), reply.group());
        assertEquals(ReplyCategory.POSITIVE_COMPLETION, reply.category());
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertEquals(
                "not a reply code (100..699): 10054",
                assertThrows(IllegalArgumentException.class, () -> FtpReply.of(10054, "x"))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> FtpReply.of(99, "x"));
        assertThrows(IllegalArgumentException.class, () -> FtpReply.of(700, "x"));
        assertEquals(
                "a reply has at least one line",
                assertThrows(IllegalArgumentException.class, () -> FtpReply.of(200, List.of()))
                        .getMessage());
        assertThrows(NullPointerException.class, () -> FtpReply.of(200, (String) null));
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> FtpReply.of(200, withNull));
    }

    @Test
    void linesAreACopyAndUnmodifiable() {
        List<String> lines = new ArrayList<>(List.of("a", "b"));
        FtpReply reply = FtpReply.of(211, lines);
        lines.add("c");
        assertEquals(List.of("a", "b"), reply.lines());
        assertThrows(UnsupportedOperationException.class, () -> reply.lines().add("x"));
    }

    @Test
    void equalityCoversCodesAndLines() {
        FtpReply a = FtpReply.of(211, "x\ny");
        assertEquals(a, FtpReply.of(211, List.of("x", "y")));
        assertEquals(a.hashCode(), FtpReply.of(211, List.of("x", "y")).hashCode());
        assertNotEquals(a, FtpReply.of(212, "x\ny"));
        assertNotEquals(a, FtpReply.of(211, "x\nz"));
        assertNotEquals(FtpReply.parsed(553, 150, List.of("a", "b")), FtpReply.parsed(150, 150, List.of("a", "b")));
        assertNotEquals(a, "211 x");
    }

    @Test
    void toStringIsOneEscapedLine() {
        assertEquals(
                "FtpReply[550, \"No \\\"such\\\" file\"]",
                FtpReply.of(550, "No \"such\" file").toString());
        assertEquals(
                "FtpReply[211, \"a\", \"\\t\\u00e9\"]",
                FtpReply.of(211, "a\n\t\u00e9").toString());
        assertEquals(
                "FtpReply[553->150, \"\", \"Opening\"]",
                FtpReply.parsed(553, 150, List.of("", "Opening")).toString());
    }

    @Test
    void mixedReplyReportsItsClosingCode() {
        FtpReply reply = FtpReply.parsed(553, 150, List.of("", "Opening"));
        assertEquals(150, reply.code());
        assertEquals(553, reply.openingCode());
        assertTrue(reply.hasMixedCodes());
        assertEquals(ReplyCategory.POSITIVE_PRELIMINARY, reply.category());
        assertEquals(Optional.of(ReplyGroup.FILE_SYSTEM), reply.group());
    }
}

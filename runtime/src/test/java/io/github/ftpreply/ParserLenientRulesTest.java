package io.github.ftpreply;

import static io.github.ftpreply.ParserAssertions.LENIENT;
import static io.github.ftpreply.ParserAssertions.STRICT;
import static io.github.ftpreply.ParserAssertions.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ftpreply.MalformedReplyException.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each lenient rule, and that strict mode rejects it. */
class ParserLenientRulesTest {
    @Test
    void codeWithoutText() throws Exception {
        assertEquals(FtpReply.of(220, ""), LENIENT.parse("220\r\n"));
        MalformedReplyException e = rejects(STRICT, "220\r\n", Reason.MISSING_TEXT, 1, 0);
        assertEquals("220", e.excerpt());
    }

    @Test
    void codeAndSpaceWithoutText() throws Exception {
        // Commons Net once called this "Truncated server reply".
        assertEquals(FtpReply.of(550, ""), LENIENT.parse("550 \r\n"));
        rejects(STRICT, "550 \r\n", Reason.MISSING_TEXT, 1, 0);
    }

    @Test
    void firstLineOfMultiLineWithoutText() throws Exception {
        assertEquals(
                List.of("", "x", "end"),
                LENIENT.parse("211-\r\nx\r\n211 end\r\n").lines());
        rejects(STRICT, "211-\r\nx\r\n211 end\r\n", Reason.MISSING_TEXT, 1, 0);
    }

    @Test
    void lfOnlyLineEnds() throws Exception {
        assertEquals(FtpReply.of(211, "a\nb\nc"), LENIENT.parse("211-a\nb\n211 c\n"));
        assertEquals(FtpReply.of(211, "a\nb\nc"), LENIENT.parse("211-a\r\nb\n211 c\r\n"));
        rejects(STRICT, "220 ready\n", Reason.BARE_LF, 1, 9);
        rejects(STRICT, "211-a\r\nb\n211 c\r\n", Reason.BARE_LF, 2, 8);
    }

    @Test
    void closingLineWithAnotherCodeEndsTheReplyAndWins() throws Exception {
        String glftpd = "553-\r\n553- Directory excluded (precheck).\r\n"
                + "150 Opening BINARY mode data connection for x using SSL/TLS.\r\n";
        FtpReply reply = LENIENT.parse(glftpd);
        assertEquals(150, reply.code());
        assertEquals(553, reply.openingCode());
        assertEquals(
                List.of(
                        "",
                        " Directory excluded (precheck).",
                        "Opening BINARY mode data connection for x using SSL/TLS."),
                reply.lines());
        assertEquals(ReplyCategory.POSITIVE_PRELIMINARY, reply.category());

        String funet = "426-Connection closed; transfer aborted.\r\n226 Transfer complete.\r\n";
        assertEquals(
                FtpReply.parsed(426, 226, List.of("Connection closed; transfer aborted.", "Transfer complete.")),
                LENIENT.parse(funet));
        MalformedReplyException e = rejects(STRICT, funet, Reason.CODE_MISMATCH, 2, 42);
        assertEquals("226 Transfer complete.", e.excerpt());
    }

    @Test
    void aBareOtherCodeDoesNotEndTheReply() throws Exception {
        // Cyberduck #15892: "250-", "550", "250" is one reply.
        assertEquals(List.of(FtpReply.of(250, "\n550\n")), LENIENT.parseAll("250-\r\n550\r\n250\r\n"));
    }

    @Test
    void repeatedOpeningCodeOnMiddleLines() throws Exception {
        String proftpd = "211-Features:\r\n211-MDTM\r\n211-SIZE\r\n211 End\r\n";
        assertEquals(FtpReply.of(211, "Features:\nMDTM\nSIZE\nEnd"), LENIENT.parse(proftpd));
        // Every client reads these, and Pure-FTPd and inetutils ftpd greet this way: strict too (rule M2).
        assertEquals(FtpReply.of(211, "Features:\nMDTM\nSIZE\nEnd"), STRICT.parse(proftpd));
        MalformedReplyException e =
                rejects(STRICT, "211-Features:\r\n150-MDTM\r\n211 End\r\n", Reason.UNPADDED_LINE, 2, 15);
        assertEquals("150-MDTM", e.excerpt());
    }

    @Test
    void anotherCodeWithHyphenIsAMiddleLine() throws Exception {
        assertEquals(
                List.of("a", "150-b", "c"),
                LENIENT.parse("211-a\r\n150-b\r\n211 c\r\n").lines());
        rejects(STRICT, "211-a\r\n150-b\r\n211 c\r\n", Reason.UNPADDED_LINE, 2, 7);
    }

    @Test
    void leadingSpacesOnMiddleLinesAreTextInBothModes() throws Exception {
        // RFC 2389 FEAT lines start with a space; RFC 959's own example pads with spaces.
        String feat = "211-Extensions supported:\r\n MDTM\r\n  SIZE\r\n211 END\r\n";
        for (ReplyParser parser : List.of(LENIENT, STRICT)) {
            assertEquals(
                    List.of("Extensions supported:", " MDTM", "  SIZE", "END"),
                    parser.parse(feat).lines());
        }
    }

    @Test
    void shortDigitLinesAreTextInBothModes() throws Exception {
        String wire = "211-a\r\n3 files\r\n42\r\n211 c\r\n";
        for (ReplyParser parser : List.of(LENIENT, STRICT)) {
            assertEquals(List.of("a", "3 files", "42", "c"), parser.parse(wire).lines());
        }
    }

    @Test
    void aCodeWithFirstDigitOutOfRangeDoesNotEndTheReply() throws Exception {
        assertEquals(
                List.of("a", "700 x", "2001 was", "c"),
                LENIENT.parse("211-a\r\n700 x\r\n2001 was\r\n211 c\r\n").lines());
    }
}

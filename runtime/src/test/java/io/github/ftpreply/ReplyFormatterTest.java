package io.github.ftpreply;

import static io.github.ftpreply.ParserAssertions.LENIENT;
import static io.github.ftpreply.ParserAssertions.STRICT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyFormatterTest {

    @Test
    void singleLine() {
        assertEquals("220 Service ready\r\n", ReplyFormatter.format(FtpReply.of(220, "Service ready")));
        assertEquals("550 \r\n", ReplyFormatter.format(FtpReply.of(550, "")));
    }

    @Test
    void multiLine() {
        assertEquals(
                "211-Features:\r\n MDTM\r\n211 End\r\n",
                ReplyFormatter.format(FtpReply.of(211, "Features:\n MDTM\nEnd")));
        assertEquals("211-\r\n211 \r\n", ReplyFormatter.format(FtpReply.of(211, "\n")));
    }

    @Test
    void multiLineTextWithABodyBeforeItsLastLine() throws Exception {
        String wire = ReplyFormatter.format(211, List.of("Extensions supported:", "End."), List.of(" MDTM", "100 x"));
        // The body's digit-led line is padded like any middle line, so it cannot end the reply early.
        assertEquals("211-Extensions supported:\r\n MDTM\r\n 100 x\r\n211 End.\r\n", wire);
        assertEquals(
                List.of("Extensions supported:", " MDTM", "100 x", "End."),
                STRICT.parse(wire).lines());
        assertEquals("530 Login incorrect.\r\n", ReplyFormatter.format(530, List.of("Login incorrect."), List.of()));
        assertEquals("211-a\r\nb\r\n211 c\r\n", ReplyFormatter.format(211, List.of("a", "c"), List.of("b")));
        assertThrows(IllegalArgumentException.class, () -> ReplyFormatter.format(211, List.of(), List.of("b")));
        assertThrows(IllegalArgumentException.class, () -> ReplyFormatter.format(99, List.of("a"), List.of()));
    }

    @Test
    void rfc959ExampleRoundTrips() throws Exception {
        String wire = "123-First line\r\nSecond line\r\n  234 A line beginning with numbers\r\n123 The last line\r\n";
        assertEquals(wire, ReplyFormatter.format(STRICT.parse(wire)));
    }

    @Test
    void middleLinesStartingWithDigitsArePadded() throws Exception {
        FtpReply reply = FtpReply.of(211, List.of("a", "211 End", "3 files", "  42", "211-x", " x", "end"));
        String wire = ReplyFormatter.format(reply);
        assertEquals("211-a\r\n 211 End\r\n 3 files\r\n   42\r\n 211-x\r\n x\r\n211 end\r\n", wire);
        assertEquals(reply, STRICT.parse(wire));
        assertEquals(reply, LENIENT.parse(wire));
    }

    @Test
    void textWithLineBreaksCannotInjectAReply() throws Exception {
        FtpReply reply = FtpReply.of(550, "denied\r\n226 Transfer complete");
        String wire = ReplyFormatter.format(reply);
        assertEquals("550-denied\r\n550 226 Transfer complete\r\n", wire);
        assertEquals(List.of(reply), LENIENT.parseAll(wire));

        FtpReply middle = FtpReply.of(211, "a\n226 ok\rb");
        assertEquals("211-a\r\n 226 ok\r\n211 b\r\n", ReplyFormatter.format(middle));
        assertEquals(List.of(middle), LENIENT.parseAll(ReplyFormatter.format(middle)));
    }

    @Test
    void mixedReplyKeepsBothCodes() throws Exception {
        FtpReply mixed = FtpReply.parsed(553, 150, List.of("", "Opening"));
        assertEquals("553-\r\n150 Opening\r\n", ReplyFormatter.format(mixed));
        assertEquals(mixed, LENIENT.parse(ReplyFormatter.format(mixed)));
    }

    @Test
    void pathnameQuoting() throws Exception {
        assertEquals("\"/usr/dm\"", ReplyFormatter.quotePathname("/usr/dm"));
        assertEquals("\"/a \"\"b\"\" c\"", ReplyFormatter.quotePathname("/a \"b\" c"));
        assertEquals("\"\"\"\"\"\"", ReplyFormatter.quotePathname("\"\""));
        assertEquals("\"\"", ReplyFormatter.quotePathname(""));
        FtpReply reply = FtpReply.of(257, ReplyFormatter.quotePathname("/say \"hi\"") + " created.");
        assertEquals("257 \"/say \"\"hi\"\"\" created.\r\n", ReplyFormatter.format(reply));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ReplyFormatter.quotePathname("/a\nb"));
        assertEquals("a pathname with CR or LF cannot go in a reply line", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReplyFormatter.quotePathname("/a\rb"));
    }
}

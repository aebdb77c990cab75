package io.github.ftpreply;

import static io.github.ftpreply.ParserAssertions.LENIENT;
import static io.github.ftpreply.ParserAssertions.STRICT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The immutable configuration. */
class ReplyParserConfigurationTest {
    @Test
    void withersReturnNewParsersAndLeaveTheOriginal() {
        ReplyParser custom =
                STRICT.withMaxLineLength(100).withMaxLines(5).withCharset(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals("ReplyParser[strict, maxLineLength=100, maxLines=5, ISO-8859-1]", custom.toString());
        assertEquals("ReplyParser[strict, maxLineLength=8192, maxLines=1000, UTF-8]", STRICT.toString());
        assertEquals(true, custom.isStrict());
        assertEquals(false, LENIENT.isStrict());
        assertEquals(
                custom,
                ReplyParser.strict()
                        .withMaxLines(5)
                        .withMaxLineLength(100)
                        .withCharset(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(
                custom.hashCode(),
                ReplyParser.strict()
                        .withMaxLines(5)
                        .withMaxLineLength(100)
                        .withCharset(java.nio.charset.StandardCharsets.ISO_8859_1)
                        .hashCode());
        assertEquals(false, custom.equals(STRICT));
        assertEquals(false, LENIENT.equals(STRICT));
    }

    @Test
    void onlyAsciiCompatibleCharsets() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> LENIENT.withCharset(java.nio.charset.StandardCharsets.UTF_16));
        assertEquals("unsupported charset UTF-16; use UTF-8, ISO-8859-1 or US-ASCII", e.getMessage());
    }
}

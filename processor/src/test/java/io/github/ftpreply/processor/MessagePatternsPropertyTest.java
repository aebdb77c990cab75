package io.github.ftpreply.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ftpreply.catalog.Placeholder;
import io.github.ftpreply.catalog.PlaceholderType;
import io.github.ftpreply.catalog.TextTemplate;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever mix of literal braces ({@code {{}, {@code }}}), apostrophes and placeholders a catalog text holds, its
 * MessageFormat pattern prints exactly the text written, as the runtime's MessageBundle formats it.
 */
class MessagePatternsPropertyTest {
    private static final List<Placeholder> PLACEHOLDERS = List.of(
            new Placeholder("name", PlaceholderType.STRING, "A name."),
            new Placeholder("port", PlaceholderType.INT, "A port."));

    @Property(tries = 3000)
    void patternPrintsTheTextWritten(@ForAll("texts") String text) {
        assertEquals(expected(text), format(text));
    }

    /** The build's check, which reads the pattern with plain placeholders, passes wherever the pattern is right. */
    @Property(tries = 1000)
    void theBuildsCheckAcceptsEveryPattern(@ForAll("texts") String text) {
        MessagePatterns.verify(TextTemplate.parse(text), PLACEHOLDERS);
    }

    @Example
    void bracesBesideApostrophes() {
        assertEquals("a {} b", format("a {{}} b"));
        assertEquals("}''{", format("}}''{{"));
        assertEquals("'{'}'", format("'{{'}}'"));
        assertEquals("{x} 50000 '", format("{{x}} {port} '"));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("{{", "}}", "'", "''", "{name}", "{port}", "a", " ", "é")
                .list()
                .ofMaxSize(12)
                .map(parts -> String.join("", parts));
    }

    /** The text with {@code {{}/{@code }}} as braces and the placeholders filled: what the catalog means. */
    private static String expected(String text) {
        StringBuilder out = new StringBuilder();
        for (TextTemplate.Segment segment : TextTemplate.parse(text).segments()) {
            if (segment instanceof TextTemplate.Literal literal) {
                out.append(literal.text());
            } else {
                out.append(((TextTemplate.Marker) segment).name().equals("port") ? "50000" : "<n>");
            }
        }
        return out.toString();
    }

    private static String format(String text) {
        String pattern = MessagePatterns.pattern(TextTemplate.parse(text), PLACEHOLDERS);
        return new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"<n>", 50000});
    }
}

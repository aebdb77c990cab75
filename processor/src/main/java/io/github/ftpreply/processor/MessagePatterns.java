package io.github.ftpreply.processor;

import io.github.ftpreply.catalog.Placeholder;
import io.github.ftpreply.catalog.PlaceholderType;
import io.github.ftpreply.catalog.TextTemplate;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns catalog texts into {@link MessageFormat} patterns: placeholders become argument numbers in declaration
 * order ({@code int} ones as {@code {0,number,#}}, so port 50000 never comes out as "50,000"), and literal text is
 * quoted where MessageFormat would read it as syntax (an apostrophe becomes two; a literal run holding a brace is quoted whole).
 */
final class MessagePatterns {
    private MessagePatterns() {}

    /** The pattern for {@code text}, whose markers are all among {@code placeholders}. */
    static String pattern(TextTemplate text, List<Placeholder> placeholders) {
        return pattern(text, placeholders, true);
    }

    /** As {@link #pattern(TextTemplate, List)}; without {@code numberFormats} every placeholder is a plain {@code {0}}. */
    private static String pattern(TextTemplate text, List<Placeholder> placeholders, boolean numberFormats) {
        String source = text.source();
        if (source.indexOf('{') < 0 && source.indexOf('}') < 0) {
            // Most texts: one literal run, the source itself. Not splitting it spares an extension's compilation
            // the parse of every canonical text in every language.
            return source.replace("'", "''");
        }
        StringBuilder pattern = new StringBuilder();
        for (TextTemplate.Segment segment : text.segments()) {
            if (segment instanceof TextTemplate.Literal literal) {
                literal(literal.text(), pattern);
            } else {
                String name = ((TextTemplate.Marker) segment).name();
                int index = indexOf(placeholders, name);
                boolean number =
                        numberFormats && isNumber(placeholders.get(index).type());
                pattern.append('{').append(index).append(number ? ",number,#}" : "}");
            }
        }
        return pattern.toString();
    }

    /**
     * A literal run with every apostrophe doubled; a run holding a brace is quoted whole ({@code 'a {} b'}). Quoting
     * brace by brace cannot work: a quote that closes beside another or beside a doubled apostrophe ({@code '{''}'})
     * reads as one apostrophe inside a longer quoted section.
     */
    private static void literal(String text, StringBuilder pattern) {
        String doubled = text.replace("'", "''");
        if (text.indexOf('{') >= 0 || text.indexOf('}') >= 0) {
            pattern.append('\'').append(doubled).append('\'');
        } else {
            pattern.append(doubled);
        }
    }

    /**
     * Checks that MessageFormat reads the pattern of {@code text} back as {@code text}: a pattern that it reads
     * differently from the catalog (a lost apostrophe, a swallowed brace) fails here, at build time, instead of in a
     * user's reply. What it reads is the pattern with plain {@code {0}} where the bundle has {@code {0,number,#}},
     * formatted with a string for each argument. The literal text and its quoting, the part that depends on the
     * catalog, are the same in both, and a number format would load {@code DecimalFormat} and the JDK's locale data,
     * 10 to 20 ms of a cold {@code javac}, to check a suffix that never changes; {@code MessagePatternsPropertyTest}
     * checks that suffix, and whole patterns, against MessageFormat with numbers.
     *
     * @throws IllegalArgumentException with what differs, if it does
     */
    static void verify(TextTemplate text, List<Placeholder> placeholders) {
        check(pattern(text, placeholders, false), text, placeholders, false);
    }

    /**
     * Checks that {@code pattern}, given whole, parses and formats back to {@code text} with sample values, numbers
     * for number placeholders, as the runtime's {@code MessageBundle} formats it (in {@link Locale#ROOT}). The build
     * uses {@link #verify(TextTemplate, List)}; this one lets a test show what a hand-made pattern gets wrong.
     *
     * @throws IllegalArgumentException with what differs, if it does
     */
    static void verify(String pattern, TextTemplate text, List<Placeholder> placeholders) {
        check(pattern, text, placeholders, true);
    }

    private static void check(
            String pattern, TextTemplate text, List<Placeholder> placeholders, boolean numberSamples) {
        Object[] samples = new Object[placeholders.size()];
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < samples.length; i++) {
            PlaceholderType type = placeholders.get(i).type();
            samples[i] = numberSamples && type == PlaceholderType.LONG
                    ? (Object) 5_000_000_000L
                    : numberSamples && type == PlaceholderType.INT ? (Object) 65535 : "<" + i + ">";
        }
        for (TextTemplate.Segment segment : text.segments()) {
            if (segment instanceof TextTemplate.Literal literal) {
                expected.append(literal.text());
            } else {
                expected.append(samples[indexOf(placeholders, ((TextTemplate.Marker) segment).name())]);
            }
        }
        String actual;
        try {
            actual = new MessageFormat(pattern, Locale.ROOT).format(samples);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "'" + pattern + "' is not a valid MessageFormat pattern: " + e.getMessage(), e);
        }
        if (!actual.equals(expected.toString())) {
            throw new IllegalArgumentException(
                    "MessageFormat reads '" + pattern + "' as \"" + actual + "\", not \"" + expected + "\"");
        }
    }

    /** Whether a placeholder is written as a number, in plain digits without grouping. */
    static boolean isNumber(PlaceholderType type) {
        return type == PlaceholderType.INT || type == PlaceholderType.LONG;
    }

    /** Each placeholder's argument number, by name. */
    static Map<String, Integer> indexes(List<Placeholder> placeholders) {
        java.util.Map<String, Integer> indexes = new java.util.LinkedHashMap<>();
        for (int i = 0; i < placeholders.size(); i++) {
            indexes.put(placeholders.get(i).name(), i);
        }
        return indexes;
    }

    private static int indexOf(List<Placeholder> placeholders, String name) {
        Integer index = indexes(placeholders).get(name);
        if (index == null) {
            throw new IllegalArgumentException("{" + name + "} is not declared"); // the catalog validator prevents it
        }
        return index;
    }
}

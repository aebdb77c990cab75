package io.github.ftpreply.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A reply text split into literal runs and {@code {name}} markers. {@code {{} and {@code }}} stand for literal
 * braces. Generators walk {@link #segments()} instead of re-parsing the text, so every output format (enum
 * Javadoc, {@code MessageFormat} bundles, accessors) agrees on what a marker is.
 */
public final class TextTemplate {

    private static final Pattern MARKER_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    /** A part of a text: a literal run or a marker. */
    public sealed interface Segment permits Literal, Marker {}

    /**
     * Literal text, braces already unescaped.
     *
     * @param text the text
     */
    public record Literal(String text) implements Segment {}

    /**
     * A {@code {name}} marker.
     *
     * @param name the placeholder's name
     */
    public record Marker(String name) implements Segment {}

    /** A text that cannot be split: an unbalanced brace or a marker name that is not lowerCamelCase. */
    public static final class SyntaxException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int offset;

        SyntaxException(String message, int offset) {
            super(message);
            this.offset = offset;
        }

        /** The 0-based offset in the text where the problem is. */
        public int offset() {
            return offset;
        }
    }

    private final String source;
    /**
     * Null until first asked for a {@link #trusted} text. Racy single-check, as {@code String.hashCode}: the list is
     * immutable and every thread that parses gets an equal one.
     */
    private List<Segment> segments;

    private TextTemplate(String source, List<Segment> segments) {
        this.source = source;
        this.segments = segments == null ? null : List.copyOf(segments);
    }

    /**
     * A text already checked by the validator when the canonical catalog's Java data was generated: split on first
     * use of {@link #segments()}, since a compilation with handlers only never asks (parsing every text of every
     * language was a cost of each compilation's cold start).
     */
    static TextTemplate trusted(String source) {
        return new TextTemplate(Objects.requireNonNull(source, "source == null"), null);
    }

    /**
     * Splits a text into segments.
     *
     * @throws SyntaxException if a brace is unbalanced or a marker name is not lowerCamelCase
     */
    public static TextTemplate parse(String text) {
        Objects.requireNonNull(text, "text == null");
        List<Segment> segments = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '{') {
                int close = text.indexOf('}', i + 1);
                if (close < 0) {
                    throw new SyntaxException(
                            "'{' at offset " + i + " is never closed; write '{{' for a literal brace", i);
                }
                String name = text.substring(i + 1, close);
                if (!MARKER_NAME.matcher(name).matches()) {
                    throw new SyntaxException(
                            "'{" + name + "}' is not a placeholder: names are lowerCamelCase identifiers"
                                    + " such as {pathname}; write '{{' and '}}' for literal braces",
                            i);
                }
                if (literal.length() > 0) {
                    segments.add(new Literal(literal.toString()));
                    literal.setLength(0);
                }
                segments.add(new Marker(name));
                i = close + 1;
            } else if (c == '}') {
                throw new SyntaxException("'}' at offset " + i + " closes nothing; write '}}' for a literal brace", i);
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            segments.add(new Literal(literal.toString()));
        }
        return new TextTemplate(text, segments);
    }

    /** The text as written in the catalog. */
    public String source() {
        return source;
    }

    /** Literal runs and markers, in order. */
    public List<Segment> segments() {
        List<Segment> parsed = segments;
        if (parsed == null) {
            parsed = parse(source).segments;
            segments = parsed;
        }
        return parsed;
    }

    /** The distinct marker names, in order of first use. */
    public Set<String> markerNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Segment segment : segments()) {
            if (segment instanceof Marker marker) {
                names.add(marker.name());
            }
        }
        return names;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextTemplate other && other.source.equals(source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return source;
    }
}

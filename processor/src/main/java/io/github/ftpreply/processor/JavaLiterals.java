package io.github.ftpreply.processor;

/**
 * Java string literals as JavaPoet's {@code $S} wrote them, so that generators moved off JavaPoet keep their bytes:
 * quotes and backslashes escaped, control characters as escapes, everything else (non-ASCII included) as it is, and
 * a text with a line break inside split after it into {@code "...\n"} and a continuation line {@code + "..."}.
 */
final class JavaLiterals {
    /** What JavaPoet put before the {@code +} of a continuation line, on top of the line's own indentation. */
    private static final String CONTINUATION = "        + \"";

    private JavaLiterals() {}

    /** {@code value} as a literal, with its quotes. */
    static String string(String value) {
        // Scanned first: most values need no escape and are copied whole.
        int i = 0;
        while (i < value.length() && isPlain(value.charAt(i))) {
            i++;
        }
        StringBuilder literal =
                new StringBuilder(value.length() + 2).append('"').append(value, 0, i);
        for (; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\b' -> literal.append("\\b");
                case '\t' -> literal.append("\\t");
                case '\f' -> literal.append("\\f");
                case '\r' -> literal.append("\\r");
                case '\n' -> {
                    literal.append("\\n");
                    if (i + 1 < value.length()) {
                        literal.append("\"\n").append(CONTINUATION);
                    }
                }
                default -> {
                    if (Character.isISOControl(c)) {
                        unicodeEscape(c, literal);
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return literal.append('"').toString();
    }

    /** Whether {@link #string} writes {@code c} as it is. */
    private static boolean isPlain(char c) {
        return c >= ' ' && c != '"' && c != '\\' && !Character.isISOControl(c);
    }

    /**
     * Appends {@code c} as a backslash, {@code u} and four lower-case hex digits: the form of string literals, of
     * generated sources in ASCII ({@link GeneratedSourceFiles}) and of {@code .properties} values
     * ({@link BundleGenerator}). By hand: {@code String.format} cost a cold compilation tens of milliseconds.
     */
    static void unicodeEscape(char c, StringBuilder out) {
        out.append('\\').append('u');
        for (int shift = 12; shift >= 0; shift -= 4) {
            out.append(Character.forDigit((c >> shift) & 0xf, 16));
        }
    }
}

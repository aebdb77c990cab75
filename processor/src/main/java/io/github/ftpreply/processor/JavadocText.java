package io.github.ftpreply.processor;

/** Makes catalog text safe inside a generated Javadoc comment. */
final class JavadocText {
    /** Longest Javadoc line, without the leading {@code " * "} and indentation. */
    static final int WIDTH = 108;

    private JavadocText() {}

    /**
     * Escapes text for Javadoc HTML: {@code & < >} as entities, {@code @} so that no text becomes a tag,
     * backslash so that javac never reads a {@code \}{@code u} escape, and {@code * /} so the comment cannot end.
     */
    static String escape(String text) {
        // Scanned first, copied only from the first character that changes: most texts need nothing.
        int i = 0;
        while (i < text.length() && isPlain(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@link #escape} writes {@code c} as it is. A '/' counts: only one after '*' changes. */
    private static boolean isPlain(char c) {
        return c != '&' && c != '<' && c != '>' && c != '@' && c != '\\' && c != '*';
    }

    /** Breaks text into lines of at most {@link #WIDTH} characters at spaces (a longer word stays whole). */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        for (String word : text.split(" ")) {
            if (out.length() > lineStart && out.length() - lineStart + 1 + word.length() > WIDTH) {
                out.append('\n');
                lineStart = out.length();
            } else if (out.length() > lineStart) {
                out.append(' ');
            }
            out.append(word);
        }
        return out.toString();
    }
}

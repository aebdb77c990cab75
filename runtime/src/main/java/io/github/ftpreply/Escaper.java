package io.github.ftpreply;

/** Escapes untrusted text so that it fits on one line of a message or log. */
final class Escaper {
    private Escaper() {}

    /**
     * Escapes {@code text}: backslash, double quote, CR, LF and TAB as {@code \\ \" \r \n \t}, other control and
     * non-ASCII characters as {@code \}{@code uXXXX}; printable ASCII stays. Output beyond {@code maxChars} input
     * characters is cut and marked with {@code ...}.
     */
    static String escape(CharSequence text, int maxChars) {
        StringBuilder out = new StringBuilder();
        int n = Math.min(text.length(), maxChars);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\':
                    out.append("\\\\");
                    break;
                case '"':
                    out.append("\\\"");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c >= 0x20 && c < 0x7f) {
                        out.append(c);
                    } else {
                        out.append(String.format("\\u%04x", (int) c));
                    }
            }
        }
        if (text.length() > n) {
            out.append("...");
        }
        return out.toString();
    }
}

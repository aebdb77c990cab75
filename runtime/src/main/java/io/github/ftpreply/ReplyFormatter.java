package io.github.ftpreply;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes replies as they go on the wire (RFC 959 §4.2): each line ends with CRLF; a multi-line reply opens with
 * {@code code-} and closes with {@code code SP}. Text can never end a reply early or inject one: {@link FtpReply}
 * lines hold no CR or LF, and a middle line that starts with a digit (after any spaces; any Unicode decimal digit)
 * gets one more leading space, which {@link ReplyParser} removes again.
 *
 * <pre>{@code
 * ReplyFormatter.format(FtpReply.of(211, "Features:\n MDTM\n100 lines\nEnd"))
 * // "211-Features:\r\n MDTM\r\n 100 lines\r\n211 End\r\n"
 * ReplyFormatter.format(FtpReply.of(257, ReplyFormatter.quotePathname("/a \"b\"") + " created"))
 * // "257 \"/a \"\"b\"\"\" created\r\n"
 * }</pre>
 */
public final class ReplyFormatter {
    private ReplyFormatter() {}

    /**
     * Formats a reply for the wire. A reply whose first line is empty comes out as {@code 550 \r\n} or
     * {@code 211-\r\n}, which a lenient parser reads back but a strict one rejects.
     *
     * @param reply the reply
     * @return its wire form, ending with CRLF
     */
    public static String format(FtpReply reply) {
        StringBuilder out = new StringBuilder();
        var lines = reply.lines();
        int last = lines.size() - 1;
        if (last > 0) {
            out.append(reply.openingCode()).append('-').append(lines.get(0)).append("\r\n");
            for (String middle : lines.subList(1, last)) {
                if (needsPadding(middle)) {
                    out.append(' ');
                }
                out.append(middle).append("\r\n");
            }
        }
        return out.append(reply.code())
                .append(' ')
                .append(lines.get(last))
                .append("\r\n")
                .toString();
    }

    /**
     * Formats a multi-line text, such as a catalog variant's lines ({@code FtpReplyMessages.systemStatusFeat}), as
     * one reply, with {@code body} between its first lines and its last: the lines a server lists itself, such as
     * FEAT's features or HELP's commands. The text's lines come from the bundles, the body from the server.
     *
     * <pre>{@code
     * ReplyFormatter.format(211, FtpReplyMessages.systemStatusFeat(Locale.GERMAN), List.of(" MDTM", " SIZE"))
     * // "211-Unterstützte Erweiterungen:\r\n MDTM\r\n SIZE\r\n211 Ende.\r\n"
     * }</pre>
     *
     * @param code  the reply code, 100..699
     * @param lines the text's lines, at least one; the body goes before the last
     * @param body  the lines to insert, possibly none
     * @return the wire form, ending with CRLF
     * @throws IllegalArgumentException if {@code code} is not 100..699 or {@code lines} is empty
     */
    public static String format(int code, List<String> lines, List<String> body) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a reply has at least one line");
        }
        List<String> all = new ArrayList<>(lines.size() + body.size());
        all.addAll(lines.subList(0, lines.size() - 1));
        all.addAll(body);
        all.add(lines.get(lines.size() - 1));
        return format(FtpReply.of(code, all));
    }

    /**
     * Quotes a pathname for a 257 reply (RFC 959 Appendix II): wraps it in double quotes and doubles every double
     * quote inside, so {@code /a "b"} becomes {@code "/a ""b"""}.
     *
     * @param pathname the pathname
     * @return the quoted pathname
     * @throws IllegalArgumentException if {@code pathname} contains CR or LF, which no reply line can carry
     */
    public static String quotePathname(String pathname) {
        if (pathname.indexOf('\r') >= 0 || pathname.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a pathname with CR or LF cannot go in a reply line");
        }
        return '"' + pathname.replace("\"", "\"\"") + '"';
    }

    /**
     * Whether a middle line starts with spaces then a digit, and so needs a space of padding. Any Unicode decimal
     * digit counts, not only ASCII, including those outside the BMP ({@link Character#isDigit(int)} of the code
     * point): Commons Net ends a reply at a line whose first char is {@code Character.isDigit}.
     */
    static boolean needsPadding(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i < line.length() && Character.isDigit(line.codePointAt(i));
    }
}

package io.github.ftpreply;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.regex.Pattern;

/**
 * One FTP reply: a three-digit code and one or more lines of text (RFC 959 §4.2). Immutable.
 *
 * <p>The code is an {@code int}, so a code that no catalog knows (say {@code 299}) is kept, never lost;
 * {@link #knownCode()} gives the catalog's {@link FtpReplyCode} constant when there is one. The lines
 * hold the text only, without the code, the separator or the line end; no line ever contains CR, and only a lenient
 * parser puts an LF in one (rule L1: a bare LF that does not start a new reply line is text). For a
 * middle line of a multi-line reply, {@link #lines()} holds the text as the sender meant it: the one space that
 * RFC 959 asks a server to put before a middle line that starts with a digit is padding on the wire, added by
 * {@link ReplyFormatter} and removed by {@link ReplyParser}.
 *
 * <p>No byte of a parsed reply is lost: a line that is not valid in the parser's charset was decoded as ISO-8859-1
 * ({@link #isDecodedAsLatin1(int)}), and {@link #lineBytes(int)} gives every line's bytes back, such as the path
 * of a 257 reply to send back in a command.
 *
 * <p>Build one with {@link #of(int, String)} or {@link #of(int, List)}, or get one from a {@link ReplyParser}.
 *
 * <pre>{@code
 * FtpReply reply = FtpReply.of(211, "Features:\n MDTM\nEnd");
 * reply.code();        // 211
 * reply.lines();       // ["Features:", " MDTM", "End"]
 * reply.isMultiLine(); // true
 * }</pre>
 */
public final class FtpReply {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private final int openingCode;
    private final int code;
    /** The lines; a {@link Latin1Lines} when some were decoded as ISO-8859-1, so the common reply has no field for it. */
    private final List<String> lines;

    private FtpReply(int openingCode, int code, List<String> lines) {
        this.openingCode = openingCode;
        this.code = code;
        this.lines = lines;
    }

    /**
     * Unmodifiable lines that know which of them were decoded as ISO-8859-1; every other line is ASCII or UTF-8, so
     * that no charset needs keeping.
     */
    private static final class Latin1Lines extends AbstractList<String> implements RandomAccess {
        private final List<String> lines;
        private final BitSet latin1;

        Latin1Lines(List<String> lines, BitSet latin1) {
            this.lines = lines;
            this.latin1 = latin1;
        }

        @Override
        public String get(int index) {
            return lines.get(index);
        }

        @Override
        public int size() {
            return lines.size();
        }
    }

    private static List<String> flag(List<String> lines, BitSet latin1Lines) {
        return latin1Lines == null ? lines : new Latin1Lines(lines, latin1Lines);
    }

    /**
     * Creates a reply from its code and text. Every CR, LF or CRLF in {@code text} starts a new line, so text
     * with {@code n} line breaks gives a reply of {@code n + 1} lines; text can never inject a reply of its own.
     *
     * @param code the reply code, 100..699
     * @param text the text, possibly empty
     * @return the reply
     * @throws IllegalArgumentException if {@code code} is not 100..699
     */
    public static FtpReply of(int code, String text) {
        Objects.requireNonNull(text, "text == null");
        return of(code, List.of(text));
    }

    /**
     * Creates a reply from its code and lines. Each line is split further at every CR, LF or CRLF it contains, as
     * {@link #of(int, String)} does.
     *
     * @param code the reply code, 100..699
     * @param lines the lines, at least one; a single line gives a single-line reply
     * @return the reply
     * @throws IllegalArgumentException if {@code code} is not 100..699 or {@code lines} is empty
     */
    public static FtpReply of(int code, List<String> lines) {
        ReplyCodes.requireValid(code);
        Objects.requireNonNull(lines, "lines == null");
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a reply has at least one line");
        }
        List<String> split = new ArrayList<>(lines.size());
        for (String line : lines) {
            Objects.requireNonNull(line, "line == null");
            Collections.addAll(split, LINE_BREAK.split(line, -1));
        }
        return new FtpReply(code, code, Collections.unmodifiableList(split));
    }

    /**
     * Creates a parsed one-line reply, no copy: the parser has checked the code, and the text holds no CR.
     * {@code latin1Lines} is {@code null} or holds the indexes of lines decoded as ISO-8859-1; it is not copied.
     */
    static FtpReply parsed(int code, String text, BitSet latin1Lines) {
        return new FtpReply(code, code, flag(Collections.singletonList(text), latin1Lines));
    }

    /** A parsed reply of valid UTF-8 lines, as text input gives: for a mixed-code reply, which {@code of} cannot make. */
    static FtpReply parsed(int openingCode, int closingCode, List<String> lines) {
        return parsed(openingCode, closingCode, lines, null);
    }

    /** Creates a parsed reply; the parser has already checked the codes and that no line holds CR. */
    static FtpReply parsed(int openingCode, int closingCode, List<String> lines, BitSet latin1Lines) {
        return new FtpReply(
                openingCode, closingCode, flag(Collections.unmodifiableList(new ArrayList<>(lines)), latin1Lines));
    }

    /**
     * Returns the reply code. For a multi-line reply this is the code of the closing line, the line that ends
     * the reply; it differs from {@link #openingCode()} only when a lenient parser accepted a reply whose closing
     * line carried another code.
     *
     * @return 100..699
     */
    public int code() {
        return code;
    }

    /**
     * Returns the code of the first line. Equal to {@link #code()} except in a mixed-code reply read by a lenient
     * parser, such as glftpd's {@code 553-...} closed by {@code 150 ...}.
     *
     * @return 100..699
     */
    public int openingCode() {
        return openingCode;
    }

    /**
     * Tells whether the closing line's code differs from the opening line's code.
     *
     * @return {@code code() != openingCode()}
     */
    public boolean hasMixedCodes() {
        return code != openingCode;
    }

    /**
     * Returns the text of each line, in order: the first line's text after the code and separator, the middle
     * lines, then the closing line's text after the code and separator.
     *
     * @return an unmodifiable list of at least one line; no line contains CR or LF
     */
    public List<String> lines() {
        return lines;
    }

    /**
     * Tells whether a line was decoded as ISO-8859-1, one character per byte: a non-ASCII line that was not valid
     * in a lenient parser's charset (rule L4), or any non-ASCII line of a parser set to ISO-8859-1. Always
     * {@code false} for an ASCII line and for a reply made with {@code of}.
     *
     * @param index the line's index in {@link #lines()}
     * @return whether that line was decoded as ISO-8859-1
     * @throws IndexOutOfBoundsException if there is no such line
     */
    public boolean isDecodedAsLatin1(int index) {
        Objects.checkIndex(index, lines.size());
        return lines instanceof Latin1Lines && ((Latin1Lines) lines).latin1.get(index);
    }

    /**
     * Returns the bytes of a line as the server sent them, without code, separator, padding or line end: the line
     * encoded back as ISO-8859-1 if it {@linkplain #isDecodedAsLatin1(int) was decoded so}, else as UTF-8 (which
     * gives back an ASCII or UTF-8 line exactly). For a reply made with {@code of}, its UTF-8 encoding.
     *
     * @param index the line's index in {@link #lines()}
     * @return a new array
     * @throws IndexOutOfBoundsException if there is no such line
     */
    public byte[] lineBytes(int index) {
        return lines.get(index)
                .getBytes(isDecodedAsLatin1(index) ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /**
     * Returns the whole text: the {@link #lines()} joined with {@code "\n"}.
     *
     * @return the text, possibly empty
     */
    public String text() {
        return String.join("\n", lines);
    }

    /**
     * Tells whether this reply takes more than one line.
     *
     * @return {@code lines().size() > 1}
     */
    public boolean isMultiLine() {
        return lines.size() > 1;
    }

    /**
     * Returns the category of {@link #code()}.
     *
     * @return the category its first digit names
     */
    public ReplyCategory category() {
        return ReplyCategory.of(code);
    }

    /**
     * Returns the function group of {@link #code()}, if its second digit (0..5) names one.
     *
     * @return the group, or empty for a second digit of 6..9
     */
    public Optional<ReplyGroup> group() {
        return ReplyGroup.of(code);
    }

    /**
     * Returns the catalog's constant for {@link #code()}, if the catalog has the code. A reply with an unknown code
     * is still a reply: it keeps its {@code int} code, and this returns empty.
     *
     * @return the constant, or empty for a code outside the catalog
     */
    public Optional<FtpReplyCode> knownCode() {
        return FtpReplyCode.find(code);
    }

    /**
     * Two replies are equal when they have the same code, the same opening code and the same lines; how the lines
     * were decoded ({@link #isDecodedAsLatin1(int)}) does not count.
     *
     * @param other any object
     * @return whether {@code other} is an equal reply
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof FtpReply
                && ((FtpReply) other).code == code
                && ((FtpReply) other).openingCode == openingCode
                && ((FtpReply) other).lines.equals(lines);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(code, openingCode, lines);
    }

    /**
     * Returns a readable form for logs, such as {@code FtpReply[550, "No such file"]}; the opening code is shown
     * too when it differs. Line text is escaped, so the form is one line.
     *
     * @return the readable form
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("FtpReply[");
        if (hasMixedCodes()) {
            out.append(openingCode).append("->");
        }
        out.append(code);
        for (String line : lines) {
            out.append(", \"").append(Escaper.escape(line, Integer.MAX_VALUE)).append('"');
        }
        return out.append(']').toString();
    }
}

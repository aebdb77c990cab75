package io.github.ftpreply;

import java.io.IOException;

/**
 * Thrown when input is not a well-formed FTP reply under the parser's rules, or breaks one of its limits.
 *
 * <p>The message says what and where, for example:
 * <pre>
 * bad reply code: a reply starts with three digits, the first 1..6, then space or '-' at line 1, byte 0: "10054 Connection reset"
 * </pre>
 * {@link #reason()}, {@link #lineNumber()}, {@link #offset()} and {@link #excerpt()} give the same facts to code.
 * After this exception the control connection is out of step with the server: close it.
 */
public final class MalformedReplyException extends IOException {
    private static final long serialVersionUID = 1L;

    /** What was wrong. */
    public enum Reason {
        /** The line does not start with a reply code: three digits, the first 1..6, then space or '-'. */
        BAD_CODE("bad reply code: a reply starts with three digits, the first 1..6, then space or '-'"),
        /** Strict mode: a code with no text after it, such as {@code 220} or {@code 550 }. */
        MISSING_TEXT("missing text: strict mode wants a space or '-' and text after the code"),
        /** Strict mode: a middle line starts with three digits without the padding RFC 959 asks for. */
        UNPADDED_LINE("middle line starts with three digits: RFC 959 asks the server to pad it"),
        /** Strict mode: the line that would close the reply has a code other than the opening one. */
        CODE_MISMATCH("closing line has another code than the opening line"),
        /** Strict mode: a line ends with LF alone instead of CRLF. */
        BARE_LF("line ends with LF without CR"),
        /** A CR not followed by LF. */
        BARE_CR("CR not followed by LF"),
        /** Strict mode: a line is not valid in the parser's charset; the excerpt shows one character per byte. */
        BAD_ENCODING("line is not valid in the charset"),
        /** A line is longer than the parser's maximum line length. */
        LINE_TOO_LONG("line longer than the maximum line length"),
        /** A reply has more lines than the parser's maximum. */
        TOO_MANY_LINES("reply has more lines than the maximum"),
        /** The input ended inside a line or inside a multi-line reply. */
        TRUNCATED("input ended inside a reply"),
        /** {@link ReplyParser#parse(CharSequence)} found more input after the one reply. */
        TRAILING_DATA("more input after the reply");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        /**
         * Returns a one-line description in English, as used in the exception's message.
         *
         * @return the description
         */
        public String description() {
            return description;
        }
    }

    /** What was wrong. */
    private final Reason reason;
    /** The 1-based line of the input where it was found. */
    private final long lineNumber;
    /** The 0-based offset in the input where it was found. */
    private final long offset;
    /** The offending input, escaped. */
    private final String excerpt;

    MalformedReplyException(
            Reason reason, String detail, long lineNumber, long offset, String unit, CharSequence excerptSource) {
        this(reason, detail, lineNumber, offset, unit, Escaper.escape(excerptSource, EXCERPT_CHARS));
    }

    private MalformedReplyException(
            Reason reason, String detail, long lineNumber, long offset, String unit, String excerpt) {
        super(reason.description() + (detail.isEmpty() ? "" : " (" + detail + ")") + " at line " + lineNumber + ", "
                + unit + " " + offset + ": \"" + excerpt + "\"");
        this.reason = reason;
        this.lineNumber = lineNumber;
        this.offset = offset;
        this.excerpt = excerpt;
    }

    /** How many characters of the offending line {@link #excerpt()} shows at most. */
    static final int EXCERPT_CHARS = 40;

    /**
     * Returns what was wrong.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the number of the offending line, counted from 1 at the start of the input the parser was given
     * (for a {@link ReplyDecoder}, since it was created; for {@link ReplyParser#read}, since the call began; for a
     * {@link ReplyReader}, since the first byte of the reply being read). For
     * {@link Reason#TRUNCATED}, the line being read when the input ended, which is one past the last whole line
     * when the input ended between lines.
     *
     * @return the line number, 1 or more
     */
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * Returns where the problem is, counted from 0 at the start of the input: in bytes for byte input, in
     * {@code char}s for text input. For a problem with a whole line it is the line's first byte or char; for a
     * line that grows too long, the first unit over the limit; for a bare CR or LF, the CR or LF (for a bare CR
     * the parser has taken the unit after it too); for truncated input, the end of the input. Every case is in
     * docs/runtime.md.
     *
     * @return the offset, 0 or more
     */
    public long offset() {
        return offset;
    }

    /**
     * Returns the start of the offending line (at most 40 characters), escaped so that it is printable ASCII:
     * {@code \r}, {@code \n}, {@code \t}, {@code \\}, {@code \"} and {@code \}{@code uXXXX}, with {@code ...}
     * when cut.
     *
     * @return the escaped excerpt, possibly empty
     */
    public String excerpt() {
        return excerpt;
    }
}

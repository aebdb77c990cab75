package io.github.ftpreply;

import io.github.ftpreply.MalformedReplyException.Reason;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads FTP replies off the wire (RFC 959 §4.2). Immutable and thread-safe: configure once, share freely.
 *
 * <pre>{@code
 * ReplyParser parser = ReplyParser.lenient();             // for real servers
 * FtpReply reply = parser.read(bufferedInput);             // one reply, blocking
 * ReplyReader reader = parser.newReader(bufferedInput);   // the same, for a whole connection
 * FtpReply banner = parser.parse("220 ready\r\n");        // from text
 * ReplyDecoder decoder = parser.newDecoder();             // push mode, for non-blocking clients
 * }</pre>
 *
 * <p>{@linkplain #strict() Strict} mode accepts RFC 959 and the middle lines that repeat the opening code, which
 * every client reads and real servers send in greetings; {@linkplain #lenient() lenient} mode, the one to use
 * against real servers, also accepts a code without text, LF-only line ends, a closing line whose code differs
 * from the opening one, and lines invalid in the charset (decoded as ISO-8859-1, flagged on the reply). Both
 * modes bound memory: a line of
 * more than {@link #maxLineLength()} units or a reply of more than {@link #maxLines()} lines is an error. Every
 * rule is in docs/runtime.md.
 */
public final class ReplyParser {
    /** The default {@link #maxLineLength()}: 8192 bytes (or chars, for text input), without the line end. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 8192;
    /** The default {@link #maxLines()}: 1000 lines in one reply. */
    public static final int DEFAULT_MAX_LINES = 1000;

    private static final Set<Charset> CHARSETS =
            Set.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII);
    private static final ReplyParser LENIENT =
            new ReplyParser(false, DEFAULT_MAX_LINE_LENGTH, DEFAULT_MAX_LINES, StandardCharsets.UTF_8);
    private static final ReplyParser STRICT =
            new ReplyParser(true, DEFAULT_MAX_LINE_LENGTH, DEFAULT_MAX_LINES, StandardCharsets.UTF_8);

    private final boolean strict;
    private final int maxLineLength;
    private final int maxLines;
    private final Charset charset;

    private ReplyParser(boolean strict, int maxLineLength, int maxLines, Charset charset) {
        this.strict = strict;
        this.maxLineLength = maxLineLength;
        this.maxLines = maxLines;
        this.charset = charset;
    }

    /**
     * Returns the lenient parser with default limits and UTF-8: RFC 959 plus what real servers send.
     *
     * @return the lenient parser
     */
    public static ReplyParser lenient() {
        return LENIENT;
    }

    /**
     * Returns the strict parser with default limits and UTF-8: RFC 959 and what every major client accepts.
     *
     * @return the strict parser
     */
    public static ReplyParser strict() {
        return STRICT;
    }

    /**
     * Returns a parser like this one with another maximum line length.
     *
     * @param maxLineLength the most bytes (or chars, for text input) in one line, not counting CR and LF; 4 or more
     * @return the new parser
     * @throws IllegalArgumentException if {@code maxLineLength} is less than 4
     */
    public ReplyParser withMaxLineLength(int maxLineLength) {
        if (maxLineLength < 4) {
            throw new IllegalArgumentException("maxLineLength < 4: " + maxLineLength);
        }
        return new ReplyParser(strict, maxLineLength, maxLines, charset);
    }

    /**
     * Returns a parser like this one with another maximum number of lines per reply.
     *
     * @param maxLines the most lines in one reply, 1 or more; 1 rejects every multi-line reply
     * @return the new parser
     * @throws IllegalArgumentException if {@code maxLines} is less than 1
     */
    public ReplyParser withMaxLines(int maxLines) {
        if (maxLines < 1) {
            throw new IllegalArgumentException("maxLines < 1: " + maxLines);
        }
        return new ReplyParser(strict, maxLineLength, maxLines, charset);
    }

    /**
     * Returns a parser like this one that decodes bytes with another charset. UTF-8, the default, is what RFC 2640
     * asks for; ISO-8859-1 reads any byte as one character, for servers that send legacy 8-bit names.
     *
     * @param charset UTF-8, ISO-8859-1 or US-ASCII: charsets in which CR and LF are always the bytes 13 and 10
     * @return the new parser
     * @throws IllegalArgumentException for any other charset
     */
    public ReplyParser withCharset(Charset charset) {
        Objects.requireNonNull(charset, "charset == null");
        if (!CHARSETS.contains(charset)) {
            throw new IllegalArgumentException(
                    "unsupported charset " + charset + "; use UTF-8, ISO-8859-1 or US-ASCII");
        }
        return new ReplyParser(strict, maxLineLength, maxLines, charset);
    }

    /**
     * Tells whether this parser is strict.
     *
     * @return {@code true} for strict (RFC 959 and what every major client accepts), {@code false} for lenient
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Returns the most bytes (or chars, for text input) in one line, without the line end.
     *
     * @return the maximum line length; {@value #DEFAULT_MAX_LINE_LENGTH} unless changed
     */
    public int maxLineLength() {
        return maxLineLength;
    }

    /**
     * Returns the most lines in one reply.
     *
     * @return the maximum number of lines; {@value #DEFAULT_MAX_LINES} unless changed
     */
    public int maxLines() {
        return maxLines;
    }

    /**
     * Returns the charset that byte input is decoded with.
     *
     * @return UTF-8 unless changed
     */
    public Charset charset() {
        return charset;
    }

    /**
     * Parses text that holds exactly one reply, line end included.
     *
     * @param text for example {@code "550 No such file\r\n"}
     * @return the reply
     * @throws MalformedReplyException if {@code text} is not one well-formed reply; reason
     *     {@link Reason#TRAILING_DATA} if more follows it, {@link Reason#TRUNCATED} if it is unfinished
     */
    public FtpReply parse(CharSequence text) throws MalformedReplyException {
        LineSplitter splitter = LineSplitter.forChars(strict, maxLineLength);
        ReplyAssembler assembler = newAssembler();
        for (int i = 0; i < text.length(); i++) {
            FtpReply reply = accept(splitter, assembler, text.charAt(i));
            if (reply != null) {
                // After a bare LF (rule L1) the char that ended the line is already the next line's first.
                int next = splitter.carried() ? i : i + 1;
                if (next < text.length()) {
                    throw splitter.error(Reason.TRAILING_DATA, "", next);
                }
                return reply;
            }
        }
        FtpReply reply = endOfInput(splitter, assembler);
        if (reply != null) {
            return reply;
        }
        throw splitter.error(Reason.TRUNCATED, "", text.length());
    }

    /**
     * Parses text that holds zero or more complete replies, such as a recorded control-connection transcript.
     *
     * @param text the replies, each with its line ends
     * @return the replies in order; empty for empty text
     * @throws MalformedReplyException if any reply is malformed, or the text ends inside one
     */
    public List<FtpReply> parseAll(CharSequence text) throws MalformedReplyException {
        LineSplitter splitter = LineSplitter.forChars(strict, maxLineLength);
        ReplyAssembler assembler = newAssembler();
        List<FtpReply> replies = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            FtpReply reply = accept(splitter, assembler, text.charAt(i));
            if (reply != null) {
                replies.add(reply);
            }
        }
        FtpReply last = endOfInput(splitter, assembler);
        if (last != null) {
            replies.add(last);
        }
        if (splitter.inLine() || assembler.inReply()) {
            throw splitter.error(Reason.TRUNCATED, "", text.length());
        }
        return replies;
    }

    /**
     * Reads one reply from a stream, blocking until it is complete. Never consumes past the reply's last line end,
     * so the next call reads the next reply. Give it a {@link BufferedInputStream}: from one (or from a
     * {@link ByteArrayInputStream}) it reads a block at a time and, through {@link InputStream#mark mark} and
     * {@link InputStream#reset reset}, gives back the bytes after the reply (so a mark set before the call is
     * replaced); from any other stream it reads one byte at a time. To read a whole connection, a
     * {@link #newReader(InputStream) reader} does the same without making its buffers again for every reply.
     *
     * @param in the control connection's input
     * @return the reply
     * @throws EOFException if the stream ends before the first byte of a reply: the server closed the connection
     * @throws MalformedReplyException if the reply is malformed, or the stream ends inside it (reason
     *     {@link Reason#TRUNCATED}); line numbers and byte offsets count from the start of this call
     * @throws IOException if reading fails
     */
    public FtpReply read(InputStream in) throws IOException {
        boolean blocks = ReplyReader.readsAhead(in);
        return ReplyReader.readReply(
                in, newByteSplitter(blocks), newAssembler(), blocks ? new byte[ReplyReader.BLOCK] : null);
    }

    /**
     * Creates a reader of the replies of one control connection, with this parser's rules, limits and charset: what
     * {@link #read(InputStream)} does, reply after reply, with buffers made once. It never consumes past the reply
     * it returns either; give it a {@link BufferedInputStream}.
     *
     * @param in the control connection's input, which the reader reads and never closes
     * @return a new reader, not thread-safe
     */
    public ReplyReader newReader(InputStream in) {
        return new ReplyReader(this, Objects.requireNonNull(in, "in == null"));
    }

    /**
     * Creates a push-mode parser with this parser's rules, limits and charset.
     *
     * @return a new decoder, at the start of its input
     */
    public ReplyDecoder newDecoder() {
        return new ReplyDecoder(this);
    }

    private static FtpReply accept(LineSplitter splitter, ReplyAssembler assembler, char c)
            throws MalformedReplyException {
        return splitter.accept(c) ? assembler.accept(splitter) : null;
    }

    /** Ends the input: the reply that a line waiting after a bare LF (rule L1) completes, or {@code null}. */
    static FtpReply endOfInput(LineSplitter splitter, ReplyAssembler assembler) throws MalformedReplyException {
        return splitter.endOfInput() ? assembler.accept(splitter) : null;
    }

    /**
     * A splitter for byte input; {@code lookahead} for a reader that can give a byte back (lenient rule L1), which
     * a decoder always can.
     */
    LineSplitter newByteSplitter(boolean lookahead) {
        return LineSplitter.forBytes(strict, lookahead, maxLineLength, charset);
    }

    ReplyAssembler newAssembler() {
        return new ReplyAssembler(strict, maxLines);
    }

    /**
     * Two parsers are equal when they have the same mode, limits and charset.
     *
     * @param other any object
     * @return whether {@code other} is an equal parser
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ReplyParser)) {
            return false;
        }
        ReplyParser that = (ReplyParser) other;
        return strict == that.strict
                && maxLineLength == that.maxLineLength
                && maxLines == that.maxLines
                && charset.equals(that.charset);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(strict, maxLineLength, maxLines, charset);
    }

    /**
     * Describes the configuration, such as {@code ReplyParser[lenient, maxLineLength=8192, maxLines=1000, UTF-8]}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "ReplyParser[" + (strict ? "strict" : "lenient") + ", maxLineLength=" + maxLineLength + ", maxLines="
                + maxLines + ", " + charset + "]";
    }
}

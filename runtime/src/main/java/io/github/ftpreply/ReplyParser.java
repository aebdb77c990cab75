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
 * FtpReply reply = parser.read(socket.getInputStream());  // one reply, blocking
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

    /** Bytes that {@link #read(InputStream)} reads ahead at a time: most replies fit, and it is made per call. */
    private static final int READ_BLOCK = 128;

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
     * replaced); from any other stream it reads one byte at a time.
     *
     * @param in the control connection's input
     * @return the reply
     * @throws EOFException if the stream ends before the first byte of a reply: the server closed the connection
     * @throws MalformedReplyException if the reply is malformed, or the stream ends inside it (reason
     *     {@link Reason#TRUNCATED}); line numbers and byte offsets count from the start of this call
     * @throws IOException if reading fails
     */
    public FtpReply read(InputStream in) throws IOException {
        boolean blocks = readsAhead(in);
        LineSplitter splitter = LineSplitter.forBytes(strict, blocks, maxLineLength, charset);
        ReplyAssembler assembler = newAssembler();
        FtpReply reply = blocks ? readBlocks(in, splitter, assembler) : readBytes(in, splitter, assembler);
        if (reply == null) {
            reply = endOfInput(splitter, assembler);
        }
        if (reply != null) {
            return reply;
        }
        if (!splitter.inLine() && !assembler.inReply()) {
            throw new EOFException("end of stream before a reply");
        }
        throw splitter.error(Reason.TRUNCATED, "", splitter.position());
    }

    /**
     * Whether {@code in} can be read ahead and rewound: its {@code read(byte[], int, int)} returns the bytes at hand
     * without waiting for more (which {@code InputStream}'s own implementation does not promise), and it supports
     * {@code mark}.
     */
    private static boolean readsAhead(InputStream in) {
        return (in instanceof BufferedInputStream || in instanceof ByteArrayInputStream) && in.markSupported();
    }

    private static FtpReply readBytes(InputStream in, LineSplitter splitter, ReplyAssembler assembler)
            throws IOException {
        int b;
        while ((b = in.read()) >= 0) {
            if (splitter.accept(b)) {
                FtpReply reply = assembler.accept(splitter);
                if (reply != null) {
                    return reply;
                }
            }
        }
        return null;
    }

    /**
     * Reads blocks after a mark; once the reply (or an error) ends inside a block, rewinds to the mark and skips
     * exactly the bytes taken, so the stream stands where byte-by-byte reading would have left it.
     */
    private static FtpReply readBlocks(InputStream in, LineSplitter splitter, ReplyAssembler assembler)
            throws IOException {
        byte[] block = new byte[READ_BLOCK];
        while (true) {
            in.mark(READ_BLOCK);
            int n = in.read(block, 0, READ_BLOCK);
            if (n < 0) {
                return null;
            }
            long blockStart = splitter.position();
            try {
                for (int i = 0; i < n; ) {
                    i = splitter.accept(block, i, n);
                    FtpReply reply = splitter.lineEnded() ? assembler.accept(splitter) : null;
                    if (reply != null) {
                        // A unit carried after a bare LF belongs to the next reply: give it back.
                        rewind(in, splitter.carried() ? i - 1 : i, n);
                        return reply;
                    }
                }
                // Rule L1 waits for the byte after a bare LF; if none has arrived, the line ends (never block).
                if (splitter.waitsAfterLf() && in.available() == 0) {
                    FtpReply reply = endOfInput(splitter, assembler);
                    if (reply != null) {
                        return reply;
                    }
                }
            } catch (MalformedReplyException e) {
                rewind(in, (int) (splitter.position() - blockStart), n);
                throw e;
            }
        }
    }

    /** Gives back the last {@code read - taken} bytes read since the mark. */
    private static void rewind(InputStream in, int taken, int read) throws IOException {
        if (taken < read) {
            in.reset();
            in.skipNBytes(taken);
        }
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

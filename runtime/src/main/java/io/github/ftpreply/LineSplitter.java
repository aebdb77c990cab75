package io.github.ftpreply;

import io.github.ftpreply.MalformedReplyException.Reason;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;

/**
 * Splits bytes or chars into lines, one unit at a time: checks line ends (CRLF; in lenient mode LF alone too, see
 * below; CR alone never) and the line-length limit, and counts lines and offsets for error messages. A completed
 * line stays readable ({@link #lineLength()}, {@link #unitAt(int)}, {@link #text(int)}) until the next line is
 * completed, so that its text is decoded once, from where the reply text starts. Byte input can also be taken a
 * block at a time ({@link #accept(byte[], int, int)}): a line that lies whole inside the block is then read where
 * it lies. Not thread-safe.
 *
 * <p>Rule L1: a bare LF ends a line at once inside a multi-line reply ({@link #replyOpen(boolean)}) and on
 * a line that opens one ({@code ddd-}); on a line that would complete a single-line reply it ends the line only
 * when what follows can start a line (an ASCII digit, CR, LF or the end of input). That needs the unit after the
 * LF, which is then taken as the first unit of the next line ({@link #carried()}), or the LF becomes text;
 * {@link #endOfInput()} ends a line left waiting. Strict mode makes the same decision, and where lenient mode would
 * end the line it fails with {@code BARE_LF}: an LF in the text of a CRLF line is what every client reads.
 */
final class LineSplitter {
    /** Eight bytes of an array at once, in little-endian order, so the lowest byte of a word comes first. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final boolean strict;
    /** Whether a bare LF waits for the next unit (lenient rule L1); without it a bare LF always ends a line. */
    private final boolean lookahead;

    private final int maxLineLength;
    private final LineBuffer buffer;
    /** {@link #buffer} when it holds bytes, for block input; {@code null} for chars. */
    private final LineBuffer.Bytes bytes;

    private long position;
    private long lineNumber = 1;
    private long lineStart;
    private boolean pendingCr;
    /** A bare LF has been taken, and the next unit decides whether it ends the line. */
    private boolean pendingLf;

    private boolean lineEnded;
    private boolean carried;
    /** Whether the next line is inside a multi-line reply, as the assembler last said. */
    private boolean replyOpen;

    /** Offset of the line completed last; its number is one less than {@link #lineNumber}. */
    private long lastLineStart;

    private LineSplitter(
            boolean strict, boolean lookahead, int maxLineLength, LineBuffer buffer, LineBuffer.Bytes bytes) {
        this.strict = strict;
        this.lookahead = lookahead;
        this.maxLineLength = maxLineLength;
        this.buffer = buffer;
        this.bytes = bytes;
    }

    /**
     * A splitter for bytes; {@code lookahead} lets a bare LF wait for the next byte (lenient rule L1), which a
     * reader that cannot give a byte back must not do.
     */
    static LineSplitter forBytes(boolean strict, boolean lookahead, int maxLineLength, Charset charset) {
        LineBuffer.Bytes bytes = new LineBuffer.Bytes(charset, strict);
        return new LineSplitter(strict, lookahead, maxLineLength, bytes, bytes);
    }

    static LineSplitter forChars(boolean strict, int maxLineLength) {
        return new LineSplitter(strict, true, maxLineLength, new LineBuffer.Chars(), null);
    }

    /**
     * Takes the bytes of {@code units[from..to)} up to the line end of the first line they complete; a splitter made
     * {@link #forBytes} only. A line that starts and ends inside the range, within the length limit, is read where
     * it lies, without copying (a bare LF then ends it only if the byte after it, inside the range, can start a
     * line); everything else goes through {@link #accept(int)}, so both take the same units, count the same
     * positions and raise the same errors.
     *
     * @return the index after the last unit taken: just after the line end (or the carried unit) if
     *     {@link #lineEnded()}, else {@code to}
     */
    int accept(byte[] units, int from, int to) throws MalformedReplyException {
        lineEnded = false;
        carried = false;
        if (!pendingCr && !pendingLf && bytes.length() == 0) {
            long scan = scanLine(units, from, to);
            int end = (int) scan;
            boolean nonAscii = scan < 0;
            int lineEnd = end == to
                    ? 0
                    : units[end] == '\n'
                            ? bareLfEnds(units, from, end, to) ? 1 : 0
                            : end + 1 < to && units[end + 1] == '\n' ? 2 : 0;
            if (lineEnd > 0 && end - from <= maxLineLength && bytes.completeIn(units, from, end - from, nonAscii)) {
                position += end - from + lineEnd;
                lineEnded = true;
                return nextLine(end + lineEnd);
            }
        }
        for (int i = from; i < to; ) {
            if (accept(units[i++] & 0xff)) {
                return i;
            }
        }
        return to;
    }

    /**
     * Finds the first CR or LF in {@code units[from..to)}, eight bytes at a time: the line scan is most of what push
     * mode does per reply. Returns its index ({@code to} if none) in the low 32 bits, and a negative value if a byte
     * before it is non-ASCII.
     */
    static long scanLine(byte[] units, int from, int to) {
        int i = from;
        long seen = 0;
        for (; i <= to - Long.BYTES; i += Long.BYTES) {
            long word = (long) WORDS.get(units, i);
            long lf = word ^ (LOW_BITS * '\n');
            long cr = word ^ (LOW_BITS * '\r');
            // A byte's high bit is set where lf or cr has a zero byte; exact for the lowest such byte, which is all
            // that is used (a borrow can only mark bytes above it).
            long ends = ((lf - LOW_BITS) & ~lf | (cr - LOW_BITS) & ~cr) & HIGH_BITS;
            if (ends != 0) {
                int before = Long.numberOfTrailingZeros(ends) >>> 3;
                seen |= word & ((1L << (before * Byte.SIZE)) - 1);
                return lineScan(i + before, seen);
            }
            seen |= word;
        }
        for (; i < to && units[i] != '\r' && units[i] != '\n'; i++) {
            seen |= units[i] & 0xff;
        }
        return lineScan(i, seen);
    }

    private static long lineScan(int end, long seen) {
        return (seen & HIGH_BITS) != 0 ? end | Long.MIN_VALUE : end;
    }

    /** Whether a bare LF at {@code units[lf]} ends the line {@code units[from..lf)}, judged without taking more. */
    private boolean bareLfEnds(byte[] units, int from, int lf, int to) {
        if (strict) {
            return false;
        }
        boolean opens = lf - from >= 4
                && units[from + 3] == '-'
                && ReplyCodes.leadingCode(units[from], units[from + 1], units[from + 2]) >= 0;
        return !lookahead || replyOpen || opens || lf + 1 < to && startsLine(units[lf + 1]);
    }

    /** Tells the splitter whether the lines that follow are inside a multi-line reply (rule L1). */
    void replyOpen(boolean open) {
        replyOpen = open;
    }

    /** Whether the line being read opens a multi-line reply: a code and '-'. */
    private boolean opensReply() {
        return buffer.length() >= 4
                && buffer.unit(3) == '-'
                && ReplyCodes.leadingCode(buffer.unit(0), buffer.unit(1), buffer.unit(2)) >= 0;
    }

    /** Whether a unit after a bare LF makes it a line end: what can start a reply line, or end an empty one. */
    private static boolean startsLine(int unit) {
        return ReplyCodes.isDigit(unit) || unit == '\r' || unit == '\n';
    }

    /** Whether the last {@code accept} call completed a line. */
    boolean lineEnded() {
        return lineEnded;
    }

    /**
     * Whether the last {@code accept} call completed a line by a unit that it then took as the first unit of the
     * next line (the unit after a bare LF, rule L1): the completed line ended one unit before.
     */
    boolean carried() {
        return carried;
    }

    /**
     * Takes one unit (a byte 0..255 or a char).
     *
     * @return whether this unit completes a line; its units, without the line end, are then readable through
     *     {@link #lineLength()}, {@link #unitAt(int)} and {@link #text(int)} until the next line is completed
     */
    boolean accept(int unit) throws MalformedReplyException {
        lineEnded = false;
        carried = false;
        long at = position++;
        if (pendingLf) {
            pendingLf = false;
            if (startsLine(unit)) {
                if (strict) {
                    throw error(Reason.BARE_LF, "", at - 1);
                }
                endLine();
                lineStart = at;
                carried = true;
                take(unit, at);
                return true;
            }
            append('\n', at - 1);
        }
        return take(unit, at);
    }

    /**
     * Declares the end of the input: a line that waits after a bare LF (rule L1) ends there.
     *
     * @return whether a line was completed
     */
    boolean endOfInput() throws MalformedReplyException {
        lineEnded = false;
        carried = false;
        if (!pendingLf) {
            return false;
        }
        pendingLf = false;
        if (strict) {
            throw error(Reason.BARE_LF, "", position - 1);
        }
        return endLine();
    }

    /**
     * Starts again between replies, for a reader that reads replies one at a time: drops a unit carried after the
     * last line end (rule L1), which the reader gives back to its stream, and counts lines and offsets from zero.
     */
    void restart() {
        position = 0;
        lineNumber = 1;
        lineStart = 0;
        pendingCr = false;
        pendingLf = false;
        carried = false;
        buffer.discard();
    }

    /** Whether a line waits after a bare LF for the next unit (rule L1). */
    boolean waitsAfterLf() {
        return pendingLf;
    }

    private boolean take(int unit, long at) throws MalformedReplyException {
        if (pendingCr) {
            pendingCr = false;
            if (unit == '\n') {
                return endLine();
            }
            throw error(Reason.BARE_CR, "", at - 1);
        }
        if (unit == '\r') {
            pendingCr = true;
            return false;
        }
        if (unit == '\n') {
            if (lookahead && !replyOpen && !opensReply()) {
                pendingLf = true;
                return false;
            }
            if (strict) {
                throw error(Reason.BARE_LF, "", at);
            }
            return endLine();
        }
        append(unit, at);
        return false;
    }

    private void append(int unit, long at) throws MalformedReplyException {
        if (buffer.length() >= maxLineLength) {
            throw error(Reason.LINE_TOO_LONG, "maximum " + maxLineLength + " " + unit() + "s", at);
        }
        buffer.append(unit);
    }

    /** Units in the line the last {@link #accept} call completed. */
    int lineLength() {
        return buffer.completedLength();
    }

    /**
     * The unit at {@code index} of the completed line: a byte 0..255 or a char. The parser's charsets are ASCII
     * compatible, so an ASCII unit is the character it decodes to, and a unit of 128 or more is never an ASCII
     * character; while all the units before {@code index} are ASCII, a unit's index is its character's index too.
     */
    int unitAt(int index) {
        return buffer.completedUnit(index);
    }

    /**
     * The text of the completed line from unit {@code from} on, decoded. Every unit before {@code from} must be
     * ASCII (a code, a separator, spaces), so that the result is the whole line's text without its first
     * {@code from} characters.
     */
    String text(int from) {
        return buffer.text(from);
    }

    /** Whether the completed line is non-ASCII and was decoded as ISO-8859-1 (the charset, or lenient rule L4). */
    boolean decodedAsLatin1() {
        return buffer.decodedAsLatin1();
    }

    /** Tells whether part of a line has been taken but not yet ended. */
    boolean inLine() {
        return pendingCr || pendingLf || buffer.length() > 0;
    }

    /** Number of the line the last {@link #accept} call completed. */
    long lastLineNumber() {
        return lineNumber - 1;
    }

    /** Offset of the first unit of the line the last {@link #accept} call completed. */
    long lastLineStart() {
        return lastLineStart;
    }

    /** Units taken so far. */
    long position() {
        return position;
    }

    /** Number of the line now being read. */
    long lineNumber() {
        return lineNumber;
    }

    /** "byte" or "char": the unit of offsets and lengths. */
    String unit() {
        return buffer.unit();
    }

    /** An error about the line now being read (not yet ended), with what has been read of it as excerpt. */
    MalformedReplyException error(Reason reason, String detail, long offset) {
        return new MalformedReplyException(reason, detail, lineNumber, offset, unit(), buffer.excerpt());
    }

    private boolean endLine() throws MalformedReplyException {
        try {
            buffer.complete();
        } catch (CharacterCodingException e) {
            throw new MalformedReplyException(
                    Reason.BAD_ENCODING, buffer.charsetName(), lineNumber, lineStart, unit(), buffer.rawExcerpt());
        }
        lineEnded = true;
        nextLine(0);
        return true;
    }

    /** Counts the line just completed; returns {@code next}. */
    private int nextLine(int next) {
        lastLineStart = lineStart;
        lineNumber++;
        lineStart = position;
        return next;
    }
}

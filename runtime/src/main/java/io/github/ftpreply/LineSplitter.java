package io.github.ftpreply;

import io.github.ftpreply.MalformedReplyException.Reason;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits bytes or chars into lines, one unit at a time: checks line ends (CRLF; LF alone when lenient; CR alone
 * never) and the line-length limit, and counts lines and offsets for error messages. A completed line stays
 * readable ({@link #lineLength()}, {@link #unitAt(int)}, {@link #text(int)}) until the next unit is taken, so that
 * its text is decoded once, from where the reply text starts. Byte input can also be taken a block at a time
 * ({@link #accept(byte[], int, int)}): a line that lies whole inside the block is then read where it lies. Not
 * thread-safe.
 */
final class LineSplitter {
    private final boolean strict;
    private final int maxLineLength;
    private final LineBuffer buffer;
    /** {@link #buffer} when it holds bytes, for block input; {@code null} for chars. */
    private final ByteLineBuffer bytes;

    private long position;
    private long lineNumber = 1;
    private long lineStart;
    private boolean pendingCr;
    private boolean lineEnded;

    private long lastLineNumber;
    private long lastLineStart;

    private LineSplitter(boolean strict, int maxLineLength, LineBuffer buffer, ByteLineBuffer bytes) {
        this.strict = strict;
        this.maxLineLength = maxLineLength;
        this.buffer = buffer;
        this.bytes = bytes;
    }

    static LineSplitter forBytes(boolean strict, int maxLineLength, Charset charset) {
        ByteLineBuffer bytes = new ByteLineBuffer(charset, strict);
        return new LineSplitter(strict, maxLineLength, bytes, bytes);
    }

    static LineSplitter forChars(boolean strict, int maxLineLength) {
        return new LineSplitter(strict, maxLineLength, new CharLineBuffer(), null);
    }

    /**
     * Takes the bytes of {@code units[from..to)} up to the line end of the first line they complete; a splitter made
     * {@link #forBytes} only. A line that starts and ends inside the range, within the length limit, is read where
     * it lies, without copying; everything else (a line begun earlier or going on after {@code to}, a bare CR, an LF
     * alone in strict mode, a line too long, a non-ASCII line to be checked) goes through {@link #accept(int)}, so
     * both take the same units, count the same positions and raise the same errors.
     *
     * @return the index after the last unit taken: just after the line end if {@link #lineEnded()}, else {@code to}
     */
    int accept(byte[] units, int from, int to) throws MalformedReplyException {
        lineEnded = false;
        if (!pendingCr && bytes.length() == 0) {
            int end = from;
            boolean nonAscii = false;
            while (end < to && units[end] != '\r' && units[end] != '\n') {
                nonAscii |= units[end] < 0;
                end++;
            }
            int lineEnd = end == to
                    ? 0
                    : units[end] == '\n' ? (strict ? 0 : 1) : end + 1 < to && units[end + 1] == '\n' ? 2 : 0;
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

    /** Whether the last {@code accept} call completed a line. */
    boolean lineEnded() {
        return lineEnded;
    }

    /**
     * Takes one unit (a byte 0..255 or a char).
     *
     * @return whether this unit completes a line; its units, without the line end, are then readable through
     *     {@link #lineLength()}, {@link #unitAt(int)} and {@link #text(int)} until the next call
     */
    boolean accept(int unit) throws MalformedReplyException {
        lineEnded = false;
        long at = position++;
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
            if (strict) {
                throw error(Reason.BARE_LF, "", at);
            }
            return endLine();
        }
        if (buffer.length() >= maxLineLength) {
            throw error(Reason.LINE_TOO_LONG, "maximum " + maxLineLength + " " + unit() + "s", at);
        }
        buffer.append(unit);
        return false;
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

    /** Tells whether part of a line has been taken but not yet ended. */
    boolean inLine() {
        return pendingCr || buffer.length() > 0;
    }

    /** Number of the line the last {@link #accept} call completed. */
    long lastLineNumber() {
        return lastLineNumber;
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
                    Reason.BAD_ENCODING, buffer.charsetName(), lineNumber, lineStart, unit(), buffer.excerpt());
        } finally {
            buffer.clear();
        }
        lineEnded = true;
        nextLine(0);
        return true;
    }

    /** Counts the line just completed; returns {@code next}. */
    private int nextLine(int next) {
        lastLineNumber = lineNumber;
        lastLineStart = lineStart;
        lineNumber++;
        lineStart = position;
        return next;
    }

    /**
     * Holds the units of the line being read, and those of the line completed last until {@link #append} overwrites
     * them.
     */
    private interface LineBuffer {
        void append(int unit);

        /** Units of the line being read. */
        int length();

        /** Makes the line being read the completed line; checks its encoding where the parser is strict. */
        void complete() throws CharacterCodingException;

        /** Starts the next line; the completed line stays readable. */
        void clear();

        int completedLength();

        int completedUnit(int index);

        String text(int from);

        CharSequence excerpt();

        String unit();

        String charsetName();
    }

    private static final class CharLineBuffer implements LineBuffer {
        private char[] chars = new char[64];
        private int length;
        private int completed;

        @Override
        public void append(int unit) {
            if (length == chars.length) {
                chars = Arrays.copyOf(chars, chars.length * 2);
            }
            chars[length++] = (char) unit;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public void complete() {
            completed = length;
        }

        @Override
        public void clear() {
            length = 0;
        }

        @Override
        public int completedLength() {
            return completed;
        }

        @Override
        public int completedUnit(int index) {
            return chars[index];
        }

        @Override
        public String text(int from) {
            return new String(chars, from, completed - from);
        }

        @Override
        public CharSequence excerpt() {
            return new String(chars, 0, Math.min(length, MalformedReplyException.EXCERPT_CHARS + 1));
        }

        @Override
        public String unit() {
            return "char";
        }

        @Override
        public String charsetName() {
            return "UTF-16";
        }
    }

    /**
     * Decodes each line with {@code new String(bytes, offset, length, charset)}: ASCII goes straight into a compact
     * string, and bytes that are not valid in the charset become U+FFFD exactly as a {@code REPLACE} decoder makes
     * them. A strict parser instead needs the error, so a line holding a byte of 128 or more goes through a
     * {@link CharsetDecoder} that reports it; that decoder is made on the first such line.
     */
    private static final class ByteLineBuffer implements LineBuffer {
        private static final byte[] EMPTY = {};

        private final Charset charset;
        private final boolean check;
        private CharsetDecoder decoder;
        /** The line being read, when it is not read in place; made for the first such line. */
        private byte[] bytes;

        private int length;
        private boolean nonAscii;
        /** The completed line: {@code completedLength} units of {@code line} from {@code lineOffset}. */
        private byte[] line = EMPTY;

        private int lineOffset;
        private int completedLength;
        /** The completed line, decoded whole, when it had to be checked; {@code null} otherwise. */
        private String checked;

        ByteLineBuffer(Charset charset, boolean strict) {
            this.charset = charset;
            // ISO-8859-1 maps every byte to a character: nothing to check.
            this.check = strict && !charset.equals(StandardCharsets.ISO_8859_1);
        }

        @Override
        public void append(int unit) {
            if (bytes == null) {
                bytes = new byte[64];
            } else if (length == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[length++] = (byte) unit;
            nonAscii |= unit >= 0x80;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public void complete() throws CharacterCodingException {
            line = length > 0 ? bytes : EMPTY;
            lineOffset = 0;
            completedLength = length;
            checked = null;
            if (check && nonAscii) {
                if (decoder == null) {
                    decoder = charset.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT);
                }
                checked = decoder.reset()
                        .decode(ByteBuffer.wrap(bytes, 0, length))
                        .toString();
            }
        }

        /**
         * Makes {@code length} units of {@code units} from {@code from} the completed line, where they lie, unless
         * the line must be checked; then returns {@code false} and changes nothing.
         */
        boolean completeIn(byte[] units, int from, int length, boolean nonAscii) {
            if (check && nonAscii) {
                return false;
            }
            line = units;
            lineOffset = from;
            completedLength = length;
            checked = null;
            return true;
        }

        @Override
        public void clear() {
            length = 0;
            nonAscii = false;
        }

        @Override
        public int completedLength() {
            return completedLength;
        }

        @Override
        public int completedUnit(int index) {
            return line[lineOffset + index] & 0xff;
        }

        @Override
        public String text(int from) {
            return checked != null
                    ? checked.substring(from)
                    : new String(line, lineOffset + from, completedLength - from, charset);
        }

        @Override
        public CharSequence excerpt() {
            // Lossy on purpose: the excerpt is for people, and must not fail on the bytes it reports.
            int n = Math.min(length, MalformedReplyException.EXCERPT_CHARS * 4);
            CharBuffer chars = charset.decode(ByteBuffer.wrap(n > 0 ? bytes : EMPTY, 0, n));
            return chars.length() <= MalformedReplyException.EXCERPT_CHARS
                    ? chars
                    : chars.subSequence(0, MalformedReplyException.EXCERPT_CHARS + 1);
        }

        @Override
        public String unit() {
            return "byte";
        }

        @Override
        public String charsetName() {
            return charset.name();
        }
    }
}

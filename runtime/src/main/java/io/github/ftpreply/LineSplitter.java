package io.github.ftpreply;

import io.github.ftpreply.MalformedReplyException.Reason;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * Splits bytes or chars into lines, one unit at a time: checks line ends (CRLF; LF alone when lenient; CR alone
 * never) and the line-length limit, and counts lines and offsets for error messages. Not thread-safe.
 */
final class LineSplitter {
    private final boolean strict;
    private final int maxLineLength;
    private final LineBuffer buffer;

    private long position;
    private long lineNumber = 1;
    private long lineStart;
    private boolean pendingCr;

    private long lastLineNumber;
    private long lastLineStart;

    private LineSplitter(boolean strict, int maxLineLength, LineBuffer buffer) {
        this.strict = strict;
        this.maxLineLength = maxLineLength;
        this.buffer = buffer;
    }

    static LineSplitter forBytes(boolean strict, int maxLineLength, Charset charset) {
        return new LineSplitter(strict, maxLineLength, new ByteLineBuffer(charset, strict));
    }

    static LineSplitter forChars(boolean strict, int maxLineLength) {
        return new LineSplitter(strict, maxLineLength, new CharLineBuffer());
    }

    /**
     * Takes one unit (a byte 0..255 or a char).
     *
     * @return the text of the line this unit completes, without its line end; {@code null} if none
     */
    String accept(int unit) throws MalformedReplyException {
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
            return null;
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
        return null;
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

    private String endLine() throws MalformedReplyException {
        String text;
        try {
            text = buffer.take();
        } catch (CharacterCodingException e) {
            throw new MalformedReplyException(
                    Reason.BAD_ENCODING, buffer.charsetName(), lineNumber, lineStart, unit(), buffer.excerpt());
        } finally {
            buffer.clear();
        }
        lastLineNumber = lineNumber;
        lastLineStart = lineStart;
        lineNumber++;
        lineStart = position;
        return text;
    }

    /** Holds the units of the line being read. */
    private interface LineBuffer {
        void append(int unit);

        int length();

        String take() throws CharacterCodingException;

        void clear();

        CharSequence excerpt();

        String unit();

        String charsetName();
    }

    private static final class CharLineBuffer implements LineBuffer {
        private final StringBuilder chars = new StringBuilder();

        @Override
        public void append(int unit) {
            chars.append((char) unit);
        }

        @Override
        public int length() {
            return chars.length();
        }

        @Override
        public String take() {
            return chars.toString();
        }

        @Override
        public void clear() {
            chars.setLength(0);
        }

        @Override
        public CharSequence excerpt() {
            return chars.length() <= MalformedReplyException.EXCERPT_CHARS
                    ? chars.toString()
                    : chars.substring(0, MalformedReplyException.EXCERPT_CHARS + 1);
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

    private static final class ByteLineBuffer implements LineBuffer {
        private final Charset charset;
        private final CharsetDecoder decoder;
        private byte[] bytes = new byte[128];
        private int length;

        ByteLineBuffer(Charset charset, boolean strict) {
            this.charset = charset;
            CodingErrorAction action = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
            this.decoder = charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
        }

        @Override
        public void append(int unit) {
            if (length == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[length++] = (byte) unit;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public String take() throws CharacterCodingException {
            return decoder.reset().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        }

        @Override
        public void clear() {
            length = 0;
        }

        @Override
        public CharSequence excerpt() {
            // Lossy on purpose: the excerpt is for people, and must not fail on the bytes it reports.
            int n = Math.min(length, MalformedReplyException.EXCERPT_CHARS * 4);
            CharBuffer chars = charset.decode(ByteBuffer.wrap(bytes, 0, n));
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

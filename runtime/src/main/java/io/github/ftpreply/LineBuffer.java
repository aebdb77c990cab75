package io.github.ftpreply;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Holds the units of the line being read, and those of the line completed last until the next line is completed:
 * two arrays that swap at each completed line, so that the unit after a bare LF (rule L1) can start the next line
 * while the completed one is still being read. The second array is made only when a second line needs it.
 */
interface LineBuffer {
    void append(int unit);

    /** Units of the line being read. */
    int length();

    /** Drops the units of the line being read. */
    void discard();

    /** The unit at {@code index} of the line being read. */
    int unit(int index);

    /**
     * Makes the line being read the completed line, and starts an empty line; checks its encoding where the parser
     * is strict, and then, on failure, throws before changing anything.
     */
    void complete() throws CharacterCodingException;

    int completedLength();

    int completedUnit(int index);

    String text(int from);

    /** Whether the completed line is non-ASCII and was decoded as ISO-8859-1: the charset, or invalid in it. */
    boolean decodedAsLatin1();

    /** The start of the line being read, for an error message. */
    CharSequence excerpt();

    /** The start of the line being read with each byte as one character (ISO-8859-1), so no byte is lost. */
    default CharSequence rawExcerpt() {
        return excerpt();
    }

    String unit();

    String charsetName();

    final class Chars implements LineBuffer {
        private char[] chars = new char[64];
        private char[] spare;
        private int length;
        private char[] line;
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
        public void discard() {
            length = 0;
        }

        @Override
        public int unit(int index) {
            return chars[index];
        }

        @Override
        public void complete() {
            line = chars;
            completed = length;
            chars = spare != null ? spare : new char[64];
            spare = line;
            length = 0;
        }

        @Override
        public int completedLength() {
            return completed;
        }

        @Override
        public int completedUnit(int index) {
            return line[index];
        }

        @Override
        public String text(int from) {
            return new String(line, from, completed - from);
        }

        @Override
        public boolean decodedAsLatin1() {
            return false;
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
     * Decodes each line with {@code new String(bytes, offset, length, charset)} while it is ASCII, which goes
     * straight into a compact string. A line holding a byte of 128 or more goes through a {@link CharsetDecoder}
     * that reports invalid input (made on the first such line): strict mode then fails with the line; lenient mode
     * decodes the whole line as ISO-8859-1 instead (rule L4), so that no byte is lost and
     * {@link FtpReply#lineBytes(int)} gives back exactly what the server sent.
     */
    final class Bytes implements LineBuffer {
        private static final byte[] EMPTY = {};

        private final Charset charset;
        private final boolean strict;
        /** Whether a non-ASCII line needs checking: every byte is a character in ISO-8859-1. */
        private final boolean check;

        private CharsetDecoder decoder;
        /** The line being read, when it is not read in place; made for the first such line. */
        private byte[] bytes;
        /** The array the next line will be read into; the completed line's array until then. */
        private byte[] spare;

        private int length;
        private boolean nonAscii;
        /** The completed line: {@code completedLength} units of {@code line} from {@code lineOffset}. */
        private byte[] line = EMPTY;

        private int lineOffset;
        private int completedLength;
        /** The completed line, decoded whole, when it was not ASCII; {@code null} otherwise. */
        private String decoded;

        private boolean latin1;

        Bytes(Charset charset, boolean strict) {
            this.charset = charset;
            this.strict = strict;
            this.check = !charset.equals(StandardCharsets.ISO_8859_1);
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
        public void discard() {
            length = 0;
            nonAscii = false;
        }

        @Override
        public int unit(int index) {
            return bytes[index] & 0xff;
        }

        @Override
        public void complete() throws CharacterCodingException {
            byte[] units = length > 0 ? bytes : EMPTY;
            String text = nonAscii ? decode(units, 0, length) : null;
            if (nonAscii && text == null) {
                throw new CharacterCodingException();
            }
            setLine(units, 0, length, text);
            if (length > 0) {
                bytes = spare;
                spare = units;
            }
            length = 0;
            nonAscii = false;
        }

        /**
         * Makes {@code length} units of {@code units} from {@code from} the completed line, where they lie, unless
         * a strict parser finds them invalid; then returns {@code false} and changes nothing.
         */
        boolean completeIn(byte[] units, int from, int length, boolean nonAscii) {
            String text = nonAscii ? decode(units, from, length) : null;
            if (nonAscii && text == null) {
                return false;
            }
            setLine(units, from, length, text);
            return true;
        }

        private void setLine(byte[] units, int from, int length, String text) {
            line = units;
            lineOffset = from;
            completedLength = length;
            decoded = text;
        }

        /**
         * Decodes a non-ASCII line: in the charset, else (lenient) as ISO-8859-1, and notes which; {@code null} if
         * strict mode finds it invalid.
         */
        private String decode(byte[] units, int from, int length) {
            latin1 = true;
            if (check) {
                if (decoder == null) {
                    decoder = charset.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT);
                }
                try {
                    String text = decoder.reset()
                            .decode(ByteBuffer.wrap(units, from, length))
                            .toString();
                    latin1 = false;
                    return text;
                } catch (CharacterCodingException e) {
                    if (strict) {
                        return null;
                    }
                }
            }
            return new String(units, from, length, StandardCharsets.ISO_8859_1);
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
            return decoded != null
                    ? decoded.substring(from)
                    : new String(line, lineOffset + from, completedLength - from, StandardCharsets.ISO_8859_1);
        }

        @Override
        public boolean decodedAsLatin1() {
            return decoded != null && latin1;
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
        public CharSequence rawExcerpt() {
            return new String(
                    length > 0 ? bytes : EMPTY,
                    0,
                    Math.min(length, MalformedReplyException.EXCERPT_CHARS + 1),
                    StandardCharsets.ISO_8859_1);
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

package io.github.ftpreply;

import io.github.ftpreply.MalformedReplyException.Reason;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Assembles complete lines into replies under RFC 959 §4.2, strictly or leniently; see docs/runtime.md for every
 * rule. Reads each line from the {@link LineSplitter} that completed it: the code and separator as units, and only
 * the text it keeps decoded, once. Not thread-safe.
 */
final class ReplyAssembler {
    private final boolean strict;
    private final int maxLines;

    /** The lines of the multi-line reply being read; made for the first one. */
    private List<String> lines;

    private int openingCode = -1;
    /** The lines of the reply being read that were decoded as ISO-8859-1; made for the first one. */
    private BitSet latin1Lines;

    ReplyAssembler(boolean strict, int maxLines) {
        this.strict = strict;
        this.maxLines = maxLines;
    }

    /** Tells whether a multi-line reply has been opened and not yet closed. */
    boolean inReply() {
        return openingCode >= 0;
    }

    /**
     * Takes the line that {@code line} has just completed.
     *
     * @return the reply this line completes, or {@code null} if the reply goes on
     */
    FtpReply accept(LineSplitter line) throws MalformedReplyException {
        FtpReply reply = inReply() ? acceptNext(line) : acceptFirst(line);
        line.replyOpen(inReply());
        return reply;
    }

    private FtpReply acceptFirst(LineSplitter line) throws MalformedReplyException {
        int length = line.lineLength();
        int code = leadingCode(line);
        int separator = length > 3 ? line.unitAt(3) : 0;
        if (code < 0 || length > 3 && separator != ' ' && separator != '-') {
            throw error(Reason.BAD_CODE, "", line);
        }
        if (strict && length <= 4) {
            throw error(Reason.MISSING_TEXT, "", line);
        }
        String text = length > 4 ? line.text(4) : "";
        if (line.decodedAsLatin1()) {
            latin1Lines = new BitSet();
            latin1Lines.set(0);
        }
        if (separator != '-') {
            BitSet latin1 = latin1Lines;
            latin1Lines = null;
            return FtpReply.parsed(code, text, latin1);
        }
        openingCode = code;
        if (lines == null) {
            lines = new ArrayList<>();
        }
        lines.add(text);
        checkLineCount(line);
        return null;
    }

    private FtpReply acceptNext(LineSplitter line) throws MalformedReplyException {
        int length = line.lineLength();
        int code = leadingCode(line);
        boolean spaceAfterCode = length > 3 && line.unitAt(3) == ' ';
        boolean closing = strict
                ? code == openingCode && spaceAfterCode
                : code == openingCode && (length == 3 || spaceAfterCode) || code >= 0 && spaceAfterCode;
        if (line.decodedAsLatin1()) {
            if (latin1Lines == null) {
                latin1Lines = new BitSet();
            }
            latin1Lines.set(lines.size());
        }
        if (closing) {
            lines.add(length > 4 ? line.text(4) : "");
            FtpReply reply = FtpReply.parsed(openingCode, code, lines, latin1Lines);
            lines.clear();
            latin1Lines = null;
            openingCode = -1;
            return reply;
        }
        boolean repeatedCode = code == openingCode && length > 3 && line.unitAt(3) == '-';
        if (strict && !repeatedCode && startsWithThreeDigits(line)) {
            boolean mismatch = code >= 0 && spaceAfterCode;
            throw error(
                    mismatch ? Reason.CODE_MISMATCH : Reason.UNPADDED_LINE,
                    mismatch ? "opening code " + openingCode : "",
                    line);
        }
        lines.add(repeatedCode ? line.text(4) : middleText(line));
        checkLineCount(line);
        return null;
    }

    /** The text of a middle line: a line of spaces then a digit loses one space, the padding the formatter adds. */
    private static String middleText(LineSplitter line) {
        int length = line.lineLength();
        if (length > 0 && line.unitAt(0) == ' ') {
            int i = 1;
            while (i < length && line.unitAt(i) == ' ') {
                i++;
            }
            if (i < length && isDigitAt(line, i)) {
                return line.text(1);
            }
        }
        return line.text(0);
    }

    /** {@link Character#isDigit(int)} of the code point at unit {@code index}, after ASCII units only. */
    private static boolean isDigitAt(LineSplitter line, int index) {
        int unit = line.unitAt(index);
        return unit < 0x80
                ? ReplyCodes.isDigit(unit)
                : Character.isDigit(line.text(index).codePointAt(0));
    }

    /** The code that the line's first three units spell; -1 if none. */
    private static int leadingCode(LineSplitter line) {
        if (line.lineLength() < 3) {
            return -1;
        }
        return ReplyCodes.leadingCode(line.unitAt(0), line.unitAt(1), line.unitAt(2));
    }

    private static boolean startsWithThreeDigits(LineSplitter line) {
        return line.lineLength() >= 3
                && ReplyCodes.isDigit(line.unitAt(0))
                && ReplyCodes.isDigit(line.unitAt(1))
                && ReplyCodes.isDigit(line.unitAt(2));
    }

    private void checkLineCount(LineSplitter line) throws MalformedReplyException {
        if (lines.size() >= maxLines) {
            throw error(Reason.TOO_MANY_LINES, "maximum " + maxLines + " lines", line);
        }
    }

    /** An error about the completed line, with its text as excerpt. */
    private static MalformedReplyException error(Reason reason, String detail, LineSplitter line) {
        return new MalformedReplyException(
                reason, detail, line.lastLineNumber(), line.lastLineStart(), line.unit(), line.text(0));
    }
}

package io.github.ftpreply;

import io.github.ftpreply.MalformedReplyException.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles complete lines into replies under RFC 959 §4.2, strictly or leniently; see docs/runtime.md for every
 * rule. Not thread-safe.
 */
final class ReplyAssembler {
    private final boolean strict;
    private final int maxLines;

    private final List<String> lines = new ArrayList<>();
    private int openingCode = -1;

    ReplyAssembler(boolean strict, int maxLines) {
        this.strict = strict;
        this.maxLines = maxLines;
    }

    /** Tells whether a multi-line reply has been opened and not yet closed. */
    boolean inReply() {
        return openingCode >= 0;
    }

    /**
     * Takes the next complete line.
     *
     * @return the reply this line completes, or {@code null} if the reply goes on
     */
    FtpReply accept(String line, long lineNumber, long offset, String unit) throws MalformedReplyException {
        return inReply() ? acceptNext(line, lineNumber, offset, unit) : acceptFirst(line, lineNumber, offset, unit);
    }

    private FtpReply acceptFirst(String line, long lineNumber, long offset, String unit)
            throws MalformedReplyException {
        int code = ReplyCodes.leadingCode(line);
        char separator = line.length() > 3 ? line.charAt(3) : 0;
        if (code < 0 || line.length() > 3 && separator != ' ' && separator != '-') {
            throw new MalformedReplyException(Reason.BAD_CODE, "", lineNumber, offset, unit, line);
        }
        String text = line.length() > 3 ? line.substring(4) : "";
        if (strict && text.isEmpty()) {
            throw new MalformedReplyException(Reason.MISSING_TEXT, "", lineNumber, offset, unit, line);
        }
        if (separator != '-') {
            return FtpReply.parsed(code, code, List.of(text));
        }
        openingCode = code;
        lines.add(text);
        checkLineCount(lineNumber, offset, unit, line);
        return null;
    }

    private FtpReply acceptNext(String line, long lineNumber, long offset, String unit) throws MalformedReplyException {
        int code = ReplyCodes.leadingCode(line);
        boolean closing = strict
                ? code == openingCode && line.length() > 3 && line.charAt(3) == ' '
                : code == openingCode && (line.length() == 3 || line.charAt(3) == ' ')
                        || code >= 0 && line.length() > 3 && line.charAt(3) == ' ';
        if (closing) {
            lines.add(line.length() > 3 ? line.substring(4) : "");
            FtpReply reply = FtpReply.parsed(openingCode, code, lines);
            lines.clear();
            openingCode = -1;
            return reply;
        }
        if (strict && ReplyCodes.startsWithThreeDigits(line)) {
            boolean mismatch = code >= 0 && line.length() > 3 && line.charAt(3) == ' ';
            throw new MalformedReplyException(
                    mismatch ? Reason.CODE_MISMATCH : Reason.UNPADDED_LINE,
                    mismatch ? "opening code " + openingCode : "",
                    lineNumber,
                    offset,
                    unit,
                    line);
        }
        lines.add(middleText(line));
        checkLineCount(lineNumber, offset, unit, line);
        return null;
    }

    /**
     * The text of a middle line: lenient mode drops a repeated opening code and '-' (old ProFTPD FEAT); a line
     * of spaces then a digit loses one space, the padding that {@link ReplyFormatter} adds.
     */
    private String middleText(String line) {
        if (!strict && line.length() > 3 && line.charAt(3) == '-' && ReplyCodes.leadingCode(line) == openingCode) {
            return line.substring(4);
        }
        return line.startsWith(" ") && ReplyFormatter.needsPadding(line) ? line.substring(1) : line;
    }

    private void checkLineCount(long lineNumber, long offset, String unit, String line) throws MalformedReplyException {
        if (lines.size() >= maxLines) {
            throw new MalformedReplyException(
                    Reason.TOO_MANY_LINES, "maximum " + maxLines + " lines", lineNumber, offset, unit, line);
        }
    }
}

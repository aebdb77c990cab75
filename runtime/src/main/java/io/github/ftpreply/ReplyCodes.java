package io.github.ftpreply;

/** The one definition of a valid reply code, shared by the model, the enums and the parser. */
final class ReplyCodes {
    static final int MIN = 100;
    static final int MAX = 699;

    private ReplyCodes() {}

    static boolean isValid(int code) {
        return code >= MIN && code <= MAX;
    }

    static int requireValid(int code) {
        if (!isValid(code)) {
            throw new IllegalArgumentException("not a reply code (100..699): " + code);
        }
        return code;
    }

    /**
     * Reads a reply code from the first three characters of {@code line}: three ASCII digits, the first 1..6.
     *
     * @return the code, or -1 if the line does not start with one
     */
    static int leadingCode(CharSequence line) {
        if (line.length() < 3) {
            return -1;
        }
        char a = line.charAt(0);
        char b = line.charAt(1);
        char c = line.charAt(2);
        if (a < '1' || a > '6' || !isDigit(b) || !isDigit(c)) {
            return -1;
        }
        return (a - '0') * 100 + (b - '0') * 10 + (c - '0');
    }

    /** Tells whether the first three characters of {@code line} are ASCII digits. */
    static boolean startsWithThreeDigits(CharSequence line) {
        return line.length() >= 3 && isDigit(line.charAt(0)) && isDigit(line.charAt(1)) && isDigit(line.charAt(2));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

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
     * Reads a reply code from the first three characters of a line: three ASCII digits, the first 1..6.
     *
     * @return the code, or -1 if {@code a}, {@code b} and {@code c} are not one
     */
    static int leadingCode(int a, int b, int c) {
        if (a < '1' || a > '6' || !isDigit(b) || !isDigit(c)) {
            return -1;
        }
        return (a - '0') * 100 + (b - '0') * 10 + (c - '0');
    }

    /** Tells whether {@code c} is an ASCII digit. */
    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}

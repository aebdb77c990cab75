package io.github.ftpreply;

import java.util.Optional;

/**
 * The function group of a reply, fixed by the second digit of its code (RFC 959 §4.2.1).
 *
 * <p>RFC 959 defines the second digits 0..5. Codes with a second digit of 6..9 (such as {@code 260}) are valid
 * on the wire but belong to no group: {@link #of(int)} then returns an empty {@code Optional} rather than
 * inventing a seventh constant or throwing, so a {@code switch} over this enum stays exactly the catalog's six
 * groups.
 */
public enum ReplyGroup {
    /** x0z: syntax errors, syntactically correct but unimplemented or superfluous commands. */
    SYNTAX(0, "syntax"),
    /** x1z: replies to requests for information, such as status or help. */
    INFORMATION(1, "information"),
    /** x2z: the control and data connections. */
    CONNECTIONS(2, "connections"),
    /** x3z: the login process and accounting. */
    AUTHENTICATION(3, "authentication"),
    /** x4z: unspecified as yet. */
    UNSPECIFIED(4, "unspecified"),
    /** x5z: the state of the server's file system for the requested transfer or action. */
    FILE_SYSTEM(5, "file-system");

    private final int digit;
    private final String key;

    ReplyGroup(int digit, String key) {
        this.digit = digit;
        this.key = key;
    }

    /**
     * Returns the second digit of the codes in this group.
     *
     * @return 0..5
     */
    public int digit() {
        return digit;
    }

    /**
     * Returns this group's key in the catalog, such as {@code syntax} or {@code file-system}.
     *
     * @return the catalog key, in kebab-case
     */
    public String key() {
        return key;
    }

    /**
     * Returns the group of a reply code, if its second digit names one.
     *
     * @param code a reply code, 100..699
     * @return the group for second digits 0..5; empty for 6..9
     * @throws IllegalArgumentException if {@code code} is not 100..699
     */
    public static Optional<ReplyGroup> of(int code) {
        ReplyCodes.requireValid(code);
        int second = code / 10 % 10;
        return second < 6 ? Optional.of(values()[second]) : Optional.empty();
    }
}

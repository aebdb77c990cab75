package io.github.ftpreply;

/**
 * The category of a reply, fixed by the first digit of its code (RFC 959 §4.2.1; 6 is RFC 2228's protected reply).
 *
 * <p>Every valid reply code (100..699) has a category. The static predicates mirror Commons Net's {@code FTPReply}
 * helpers, but return {@code false} for anything that is not a valid reply code: {@code isPositivePreliminary(10054)}
 * is {@code false}, because 10054 is a Windows Sockets error, not a reply.
 */
public enum ReplyCategory {
    /** 1yz: the action is being started; expect another reply before sending a new command. */
    POSITIVE_PRELIMINARY(1, "positive-preliminary"),
    /** 2yz: the action completed successfully. */
    POSITIVE_COMPLETION(2, "positive-completion"),
    /** 3yz: the command was accepted, but the server needs another command before it acts. */
    POSITIVE_INTERMEDIATE(3, "positive-intermediate"),
    /** 4yz: the command failed, but the same command may succeed if tried again. */
    TRANSIENT_NEGATIVE(4, "transient-negative"),
    /** 5yz: the command failed and will fail again if repeated unchanged. */
    PERMANENT_NEGATIVE(5, "permanent-negative"),
    /** 6yz: a protected reply (RFC 2228) whose text carries an encoded reply. */
    PROTECTED(6, "protected");

    /** {@link #values()} clones its array on every call; {@link #of(int)} indexes this one. */
    private static final ReplyCategory[] BY_DIGIT = values();

    private final int digit;
    private final String key;

    ReplyCategory(int digit, String key) {
        this.digit = digit;
        this.key = key;
    }

    /**
     * Returns the first digit of the codes in this category.
     *
     * @return 1..6
     */
    public int digit() {
        return digit;
    }

    /**
     * Returns this category's key in the catalog, such as {@code positive-preliminary} or {@code protected}.
     *
     * @return the catalog key, in kebab-case
     */
    public String key() {
        return key;
    }

    /**
     * Returns the category of a reply code.
     *
     * @param code a reply code, 100..699
     * @return the category its first digit names
     * @throws IllegalArgumentException if {@code code} is not 100..699
     */
    public static ReplyCategory of(int code) {
        ReplyCodes.requireValid(code);
        return BY_DIGIT[code / 100 - 1];
    }

    /**
     * Tells whether {@code code} is a positive preliminary reply (1yz).
     *
     * @param code any integer
     * @return {@code true} exactly when {@code code} is 100..199
     */
    public static boolean isPositivePreliminary(int code) {
        return is(code, POSITIVE_PRELIMINARY);
    }

    /**
     * Tells whether {@code code} is a positive completion reply (2yz).
     *
     * @param code any integer
     * @return {@code true} exactly when {@code code} is 200..299
     */
    public static boolean isPositiveCompletion(int code) {
        return is(code, POSITIVE_COMPLETION);
    }

    /**
     * Tells whether {@code code} is a positive intermediate reply (3yz).
     *
     * @param code any integer
     * @return {@code true} exactly when {@code code} is 300..399
     */
    public static boolean isPositiveIntermediate(int code) {
        return is(code, POSITIVE_INTERMEDIATE);
    }

    /**
     * Tells whether {@code code} is a transient negative reply (4yz).
     *
     * @param code any integer
     * @return {@code true} exactly when {@code code} is 400..499
     */
    public static boolean isNegativeTransient(int code) {
        return is(code, TRANSIENT_NEGATIVE);
    }

    /**
     * Tells whether {@code code} is a permanent negative reply (5yz). A protected reply (6yz) is not, whatever
     * the reply encoded inside it says.
     *
     * @param code any integer
     * @return {@code true} exactly when {@code code} is 500..599
     */
    public static boolean isNegativePermanent(int code) {
        return is(code, PERMANENT_NEGATIVE);
    }

    /**
     * Tells whether {@code code} is a protected reply (6yz, RFC 2228), such as 631, 632 or 633.
     *
     * @param code any integer
     * @return {@code true} exactly when {@code code} is 600..699
     */
    public static boolean isProtectedReplyCode(int code) {
        return is(code, PROTECTED);
    }

    private static boolean is(int code, ReplyCategory category) {
        return ReplyCodes.isValid(code) && code / 100 == category.digit;
    }
}

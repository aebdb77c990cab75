package io.github.ftpreply;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose {@link OnReply}, {@link OnCategory} and {@link OnAnyReply} methods handle FTP replies. The
 * ftpreply annotation processor generates a {@code FooDispatcher} next to a handler {@code Foo} (for a nested
 * {@code Outer.Inner}, {@code Outer_InnerDispatcher}) that routes each reply to the most specific method: the
 * method for its code, else the one for its category, else the catch-all.
 *
 * <p>Every code of the catalog must reach a method, or the class does not compile; the error lists each missing
 * code with its {@link FtpReplyCode} constant. Codes outside the catalog reach the category method of their first
 * digit, else the catch-all; with neither, {@code dispatch} throws {@link UnhandledReplyException}.
 *
 * <pre>{@code
 * @FtpReplyHandler
 * class LoginHandler {
 *     @OnReply(230) void loggedIn() { ... }
 *     @OnReply({331, 332}) void needMore(FtpReplyCode code) { ... }
 *     @OnCategory({ReplyCategory.TRANSIENT_NEGATIVE, ReplyCategory.PERMANENT_NEGATIVE})
 *     void failed(FtpReply reply) throws LoginException { ... }
 *     @OnAnyReply void unexpected(int code) { ... }
 * }
 *
 * new LoginHandlerDispatcher(new LoginHandler()).dispatch(reply);
 * }</pre>
 *
 * <p>The class must be reachable from its package: not private, not inside a private class, and static if nested.
 * docs/handlers.md gives every rule and diagnostic.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface FtpReplyHandler {

    /**
     * Returns which methods count towards exhaustiveness.
     *
     * @return {@link Exhaustiveness#DEFAULT} to follow the {@code -Aftpreply.exhaustiveness} option
     */
    Exhaustiveness exhaustiveness() default Exhaustiveness.DEFAULT;

    /**
     * Returns how a catalog code that reaches no counting method is reported.
     *
     * @return {@link MissingCodeSeverity#DEFAULT} to follow the {@code -Aftpreply.missingCodes} option
     */
    MissingCodeSeverity missing() default MissingCodeSeverity.DEFAULT;

    /**
     * Returns the catalog this class handles: the type annotated {@link FtpReplyCatalog} whose merged catalog (the
     * canonical one with your extension) the processor checks exhaustiveness against and routes. Methods then take
     * that catalog's generated enum instead of {@link FtpReplyCode}.
     *
     * @return the {@code @FtpReplyCatalog} type, such as {@code AcmeCatalog.class}; {@code void.class} (the
     *     default) for the canonical catalog
     */
    Class<?> catalog() default void.class;

    /** Which methods count when the processor checks that every catalog code is handled. */
    enum Exhaustiveness {
        /** The {@code -Aftpreply.exhaustiveness} option ({@code categories} or {@code every-code}), else {@link #CATEGORIES_COUNT}. */
        DEFAULT,
        /** A code is handled if it reaches any method: its {@link OnReply}, its {@link OnCategory} or {@link OnAnyReply}. */
        CATEGORIES_COUNT,
        /** Every catalog code needs an {@link OnReply} method of its own; category and catch-all methods do not count. */
        EVERY_CODE
    }

    /** How missing codes are reported. */
    enum MissingCodeSeverity {
        /** The {@code -Aftpreply.missingCodes} option ({@code error} or {@code warning}), else {@link #ERROR}. */
        DEFAULT,
        /** A compile error: no dispatcher is generated. */
        ERROR,
        /** A warning: the dispatcher is generated, and a missing code throws {@link UnhandledReplyException}. */
        WARNING
    }
}

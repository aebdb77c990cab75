package io.github.ftpreply;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Handles the replies with these codes, in a {@link FtpReplyHandler} class. Each code must be in the catalog
 * (see {@link FtpReplyCode}) and handled by one method only.
 *
 * <p>The method is not private, not static and not generic, and takes nothing, the {@link FtpReply}, its
 * {@link FtpReplyCode} or its {@code int} code: {@code @OnReply(530) void notLoggedIn(FtpReplyCode code)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnReply {

    /**
     * Returns the codes this method handles.
     *
     * @return catalog reply codes, such as {@code {331, 332}}
     */
    int[] value();
}

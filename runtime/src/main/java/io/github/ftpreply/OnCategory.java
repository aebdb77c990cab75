package io.github.ftpreply;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Handles the replies of these categories that no {@link OnReply} method handles, in a {@link FtpReplyHandler}
 * class, including codes that are not in the catalog (a {@code 299} reaches the
 * {@link ReplyCategory#POSITIVE_COMPLETION} method).
 *
 * <p>The method is not private, not static and not generic, and takes nothing, the {@link FtpReply} or its
 * {@code int} code. It cannot take a {@link FtpReplyCode}: a code outside the catalog has no constant.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnCategory {

    /**
     * Returns the categories this method handles.
     *
     * @return one or more categories, each handled by one method only
     */
    ReplyCategory[] value();
}

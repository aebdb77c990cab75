package io.github.ftpreply;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Handles every reply that no {@link OnReply} or {@link OnCategory} method of the same {@link FtpReplyHandler}
 * class handles, including codes that are not in the catalog. At most one method per class.
 *
 * <p>The method is not private, not static and not generic, and takes nothing, the {@link FtpReply} or its
 * {@code int} code. It cannot take a {@link FtpReplyCode}: a code outside the catalog has no constant.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnAnyReply {}

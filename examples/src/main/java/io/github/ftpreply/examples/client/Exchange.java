package io.github.ftpreply.examples.client;

import io.github.ftpreply.FtpReply;
import java.util.Objects;

/**
 * One reply of a session: the command that asked for it, the reply as ftpreply parsed it, and the
 * {@link SessionHandler} method that the dispatcher called for it.
 *
 * @param command the command line as sent ({@code PASS} masked), {@code (connect)} for the greeting, or empty for
 *     a second reply to the same command (the 226 after a 150)
 * @param reply the reply
 * @param handlerMethod the name of the handler method that ran
 */
public record Exchange(String command, FtpReply reply, String handlerMethod) {
    public Exchange {
        Objects.requireNonNull(command, "command == null");
        Objects.requireNonNull(reply, "reply == null");
        Objects.requireNonNull(handlerMethod, "handlerMethod == null");
    }
}

package io.github.ftpreply.commonsnet;

import io.github.ftpreply.FtpReply;
import java.util.Objects;

/**
 * A reply and the command that caused it.
 *
 * @param command the command line as the client sent it, without its line end and with the argument of
 *     {@code PASS} replaced by {@code ******}; empty for the server's greeting. A command answered by two replies
 *     (a {@code 150} and then a {@code 226}) gives both the same command.
 * @param reply the reply
 */
public record CommandReply(String command, FtpReply reply) {

    /**
     * Checks the components.
     *
     * @param command the command line
     * @param reply the reply
     */
    public CommandReply {
        Objects.requireNonNull(command, "command == null");
        Objects.requireNonNull(reply, "reply == null");
    }
}

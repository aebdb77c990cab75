package io.github.ftpreply.commonsnet;

import io.github.ftpreply.FtpReply;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.commons.net.ProtocolCommandEvent;
import org.apache.commons.net.ProtocolCommandListener;
import org.apache.commons.net.ftp.FTP;

/**
 * Hands every reply a Commons Net client receives to a callback, parsed as {@link FtpReplies#last} does, with the
 * command that caused it. Commons Net tells its listeners of every reply, also those it handles on its own (the
 * {@code 227} of {@code PASV}, the {@code 150} and {@code 226} around a transfer) and a {@code 421} before it throws
 * {@code FTPConnectionClosedException}.
 *
 * <pre>{@code
 * client.addProtocolCommandListener(ReplyListener.dispatchingTo(dispatcher::dispatch));
 * client.addProtocolCommandListener(ReplyListener.of(exchange -> log.info(exchange.command() + " -> " + exchange.reply())));
 * }</pre>
 *
 * <p>The callback runs on the thread that called the client, inside the client's call: an exception it throws
 * leaves that call. Add the listener to one client only.
 */
public final class ReplyListener implements ProtocolCommandListener {

    private final Consumer<? super CommandReply> callback;
    private volatile String command = "";

    private ReplyListener(Consumer<? super CommandReply> callback) {
        this.callback = Objects.requireNonNull(callback, "callback == null");
    }

    /**
     * A listener that hands each reply and its command to {@code callback}.
     *
     * @param callback receives each reply, in order
     * @return the listener, to add with {@code client.addProtocolCommandListener}
     */
    public static ReplyListener of(Consumer<? super CommandReply> callback) {
        return new ReplyListener(callback);
    }

    /**
     * A listener that hands each reply to a dispatcher, such as {@code dispatcher::dispatch} of a generated
     * dispatcher whose handler methods throw no checked exception.
     *
     * @param dispatcher receives each reply, in order
     * @return the listener, to add with {@code client.addProtocolCommandListener}
     */
    public static ReplyListener dispatchingTo(Consumer<? super FtpReply> dispatcher) {
        Objects.requireNonNull(dispatcher, "dispatcher == null");
        return new ReplyListener(exchange -> dispatcher.accept(exchange.reply()));
    }

    /**
     * Remembers the command, to go with the replies that follow.
     *
     * @param event the command sent
     */
    @Override
    public void protocolCommandSent(ProtocolCommandEvent event) {
        command = masked(event.getMessage().strip());
    }

    /**
     * Parses the reply and hands it on.
     *
     * @param event the reply received; its source is the client
     * @throws IllegalArgumentException if the listener was added to something other than an FTP client
     */
    @Override
    public void protocolReplyReceived(ProtocolCommandEvent event) {
        if (!(event.getSource() instanceof FTP client)) {
            throw new IllegalArgumentException("a ReplyListener listens to an FTP client, not to " + event.getSource());
        }
        callback.accept(new CommandReply(command, FtpReplies.last(client)));
    }

    private static String masked(String commandLine) {
        return commandLine.toUpperCase(Locale.ROOT).startsWith("PASS ") ? "PASS ******" : commandLine;
    }
}

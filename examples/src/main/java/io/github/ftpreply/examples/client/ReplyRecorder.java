package io.github.ftpreply.examples.client;

import io.github.ftpreply.FtpReply;
import io.github.ftpreply.MalformedReplyException;
import io.github.ftpreply.ReplyParser;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.net.ProtocolCommandEvent;
import org.apache.commons.net.ProtocolCommandListener;

/**
 * Listens to a Commons Net client: parses each reply it receives with ftpreply's {@link ReplyParser}, dispatches it
 * through the generated {@code SessionHandlerDispatcher} and records an {@link Exchange}. Commons Net tells its
 * listeners of every reply, also those it handles on its own (the 227 of PASV, the 150 and 226 around a transfer).
 */
public final class ReplyRecorder implements ProtocolCommandListener {

    private final ReplyParser parser = ReplyParser.lenient();
    private final SessionHandler handler;
    private final SessionHandlerDispatcher dispatcher;
    private final List<Exchange> exchanges = new ArrayList<>();
    private String command = "(connect)";

    /**
     * A recorder that dispatches to {@code handler}.
     *
     * @param handler the handler
     */
    public ReplyRecorder(SessionHandler handler) {
        this.handler = handler;
        this.dispatcher = new SessionHandlerDispatcher(handler);
    }

    @Override
    public void protocolCommandSent(ProtocolCommandEvent event) {
        command = mask(event.getMessage().strip());
    }

    @Override
    public void protocolReplyReceived(ProtocolCommandEvent event) {
        FtpReply reply;
        try {
            // The whole reply as Commons Net read it, code prefixes included: its lines joined with CRLF, without
            // the last line end, which the parser needs to see that the reply is complete.
            String message = event.getMessage();
            reply = parser.parse(message.endsWith("\n") ? message : message + "\r\n");
        } catch (MalformedReplyException e) {
            throw new UncheckedIOException(e);
        }
        exchanges.add(new Exchange(command, reply, dispatcher.dispatch(reply)));
        command = "";
    }

    /** The exchanges so far, in order. */
    public List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** The handler the replies go to. */
    public SessionHandler handler() {
        return handler;
    }

    private static String mask(String commandLine) {
        return commandLine.toUpperCase(Locale.ROOT).startsWith("PASS ") ? "PASS ******" : commandLine;
    }
}

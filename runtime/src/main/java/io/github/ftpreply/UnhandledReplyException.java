package io.github.ftpreply;

import java.util.Objects;

/**
 * Thrown by a generated dispatcher for a reply that reaches no method of its handler: a code outside the catalog
 * when the handler has neither an {@link OnCategory} method for its category nor an {@link OnAnyReply} method, or
 * a catalog code that a handler compiled with {@code missing = WARNING} does not handle.
 */
public final class UnhandledReplyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The reply code no method handles. */
    private final int code;
    /** The handler class, by name. */
    private final String handler;

    private final transient FtpReply reply;

    /**
     * Creates the exception; generated dispatchers call this.
     *
     * @param reply the reply that no method handles
     * @param handler the handler class
     */
    public UnhandledReplyException(FtpReply reply, Class<?> handler) {
        super(handler.getName() + " has no method for reply code " + reply.code()
                + FtpReplyCode.find(reply.code())
                        .map(known -> " (" + known.name() + ")")
                        .orElse(" (not in the catalog)")
                + ": " + reply + "; add @OnReply(" + reply.code() + "), @OnCategory("
                + reply.category().name()
                + ") or @OnAnyReply");
        this.code = reply.code();
        this.handler = handler.getName();
        this.reply = Objects.requireNonNull(reply, "reply == null");
    }

    /**
     * Returns the code of the unhandled reply.
     *
     * @return 100..699
     */
    public int code() {
        return code;
    }

    /**
     * Returns the binary name of the handler class, such as {@code com.example.Outer$Inner}.
     *
     * @return the handler class's name
     */
    public String handler() {
        return handler;
    }

    /**
     * Returns the unhandled reply; {@code null} after the exception has been serialized and read back.
     *
     * @return the reply
     */
    public FtpReply reply() {
        return reply;
    }
}

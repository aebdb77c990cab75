package io.github.ftpreply;

import io.github.ftpreply.MalformedReplyException.Reason;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Push-mode parser for non-blocking clients: feed it the bytes of the control connection as they arrive, in
 * chunks split anywhere (inside a UTF-8 sequence, between CR and LF), and get back each reply once it is
 * complete. Created by {@link ReplyParser#newDecoder()}, with that parser's rules and limits.
 *
 * <pre>{@code
 * ReplyDecoder decoder = ReplyParser.lenient().newDecoder();
 * for (FtpReply reply : decoder.feed(buffer)) {
 *     handle(reply);
 * }
 * // when the server closes the connection:
 * for (FtpReply reply : decoder.finish()) {
 *     handle(reply);
 * }
 * }</pre>
 *
 * <p>The replies and the error are the same however the bytes are split. A call that completes replies and then
 * meets a malformed byte returns those replies, and the next call (even an empty {@code feed}, or {@code finish})
 * throws the {@link MalformedReplyException}; a call that completes none throws it at once. From then on the
 * decoder is failed and every call throws {@link IllegalStateException}: the connection is out of step with the
 * server and should be closed. Memory is bounded by the parser's limits whatever the input. Not thread-safe.
 */
public final class ReplyDecoder {
    private final LineSplitter splitter;
    private final ReplyAssembler assembler;
    private MalformedReplyException failure;
    /** Whether {@link #failure} was found in a call that returned replies, and is still to be thrown. */
    private boolean failureDeferred;

    ReplyDecoder(ReplyParser parser) {
        this.splitter = parser.newByteSplitter(true);
        this.assembler = parser.newAssembler();
    }

    /**
     * Feeds all the bytes of an array.
     *
     * @param bytes the bytes received
     * @return the replies these bytes complete, in order; often empty
     * @throws MalformedReplyException if the bytes break the parser's rules or limits before completing a reply,
     *     or an earlier call returned replies and then met a malformed byte
     * @throws IllegalStateException if an earlier call threw {@link MalformedReplyException}
     */
    public List<FtpReply> feed(byte[] bytes) throws MalformedReplyException {
        return feed(bytes, 0, bytes.length);
    }

    /**
     * Feeds {@code length} bytes of an array, starting at {@code offset}.
     *
     * @param bytes the array holding the bytes received
     * @param offset where the bytes start
     * @param length how many bytes to feed
     * @return the replies these bytes complete, in order; often empty
     * @throws MalformedReplyException if the bytes break the parser's rules or limits before completing a reply,
     *     or an earlier call returned replies and then met a malformed byte
     * @throws IndexOutOfBoundsException if {@code offset} and {@code length} do not fit {@code bytes}
     * @throws IllegalStateException if an earlier call threw {@link MalformedReplyException}
     */
    public List<FtpReply> feed(byte[] bytes, int offset, int length) throws MalformedReplyException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        checkNotFailed();
        // Room for a reply per 32 bytes fed, so that a socket read's worth of short replies is not copied as the
        // list grows; a reply is rarely shorter, and the list still grows if one is.
        List<FtpReply> replies = new ArrayList<>(Math.min(length >>> 5, 1024) + 1);
        int end = offset + length;
        try {
            for (int i = offset; i < end; ) {
                i = splitter.accept(bytes, i, end);
                FtpReply reply = splitter.lineEnded() ? assembler.accept(splitter) : null;
                if (reply != null) {
                    replies.add(reply);
                }
            }
        } catch (MalformedReplyException e) {
            return fail(e, replies);
        }
        return replies;
    }

    /**
     * Feeds the remaining bytes of a buffer, advancing its position to its limit.
     *
     * @param bytes the bytes received
     * @return the replies these bytes complete, in order; often empty
     * @throws MalformedReplyException if the bytes break the parser's rules or limits before completing a reply,
     *     or an earlier call returned replies and then met a malformed byte; the buffer's position is then just
     *     after the last byte taken (see docs/runtime.md for which byte that is)
     * @throws IllegalStateException if an earlier call threw {@link MalformedReplyException}
     */
    public List<FtpReply> feed(ByteBuffer bytes) throws MalformedReplyException {
        checkNotFailed();
        if (bytes.hasArray()) {
            int start = bytes.position();
            long taken = splitter.position();
            try {
                return feed(bytes.array(), bytes.arrayOffset() + start, bytes.remaining());
            } finally {
                bytes.position(start + (int) (splitter.position() - taken));
            }
        }
        List<FtpReply> replies = new ArrayList<>(1);
        try {
            while (bytes.hasRemaining()) {
                FtpReply reply = splitter.accept(bytes.get() & 0xff) ? assembler.accept(splitter) : null;
                if (reply != null) {
                    replies.add(reply);
                }
            }
        } catch (MalformedReplyException e) {
            return fail(e, replies);
        }
        return replies;
    }

    /**
     * Tells whether bytes of an unfinished reply are pending: a partial line (including a line that waits after a
     * bare LF for the next byte, lenient rule L1), or the first lines of a multi-line reply.
     *
     * @return {@code true} between replies only when nothing is pending
     */
    public boolean hasPartialReply() {
        return splitter.inLine() || assembler.inReply();
    }

    /**
     * Declares the end of the input (the server closed the connection): a line that waits after a bare LF ends
     * there (lenient rule L1), and the input must then fall between replies.
     *
     * @return the reply that the end of input completes, if any: empty, or one reply
     * @throws MalformedReplyException with reason {@link Reason#TRUNCATED} if a reply was unfinished, or the error
     *     an earlier call met after returning replies
     * @throws IllegalStateException if an earlier call threw {@link MalformedReplyException}
     */
    public List<FtpReply> finish() throws MalformedReplyException {
        checkNotFailed();
        List<FtpReply> replies = new ArrayList<>(1);
        try {
            FtpReply reply = ReplyParser.endOfInput(splitter, assembler);
            if (reply != null) {
                replies.add(reply);
            }
            if (hasPartialReply()) {
                throw splitter.error(Reason.TRUNCATED, "", splitter.position());
            }
        } catch (MalformedReplyException e) {
            return fail(e, replies);
        }
        return replies;
    }

    /** Fails the decoder; throws {@code e} at once if no reply came before it in this call, else defers it. */
    private List<FtpReply> fail(MalformedReplyException e, List<FtpReply> replies) throws MalformedReplyException {
        failure = e;
        if (replies.isEmpty()) {
            throw e;
        }
        failureDeferred = true;
        return replies;
    }

    private void checkNotFailed() throws MalformedReplyException {
        if (failure == null) {
            return;
        }
        if (failureDeferred) {
            failureDeferred = false;
            throw failure;
        }
        throw new IllegalStateException("the decoder failed earlier: " + failure.getMessage(), failure);
    }

    /**
     * Describes the decoder's progress, for logs.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        return "ReplyDecoder[" + splitter.position() + " " + splitter.unit() + "s read"
                + (hasPartialReply() ? ", partial reply" : "") + (failure != null ? ", failed" : "") + "]";
    }
}

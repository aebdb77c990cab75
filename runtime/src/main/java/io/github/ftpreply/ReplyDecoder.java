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
 * decoder.finish();
 * }</pre>
 *
 * <p>Memory is bounded by the parser's limits whatever the input. Once a call has thrown
 * {@link MalformedReplyException} the decoder is failed and every later call throws {@link IllegalStateException}:
 * the connection is out of step with the server and should be closed. Not thread-safe.
 */
public final class ReplyDecoder {
    private final LineSplitter splitter;
    private final ReplyAssembler assembler;
    private MalformedReplyException failure;

    ReplyDecoder(ReplyParser parser) {
        this.splitter = LineSplitter.forBytes(parser.isStrict(), parser.maxLineLength(), parser.charset());
        this.assembler = new ReplyAssembler(parser.isStrict(), parser.maxLines());
    }

    /**
     * Feeds all the bytes of an array.
     *
     * @param bytes the bytes received
     * @return the replies these bytes complete, in order; often empty
     * @throws MalformedReplyException if the bytes break the parser's rules or limits
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
     * @throws MalformedReplyException if the bytes break the parser's rules or limits
     * @throws IndexOutOfBoundsException if {@code offset} and {@code length} do not fit {@code bytes}
     * @throws IllegalStateException if an earlier call threw {@link MalformedReplyException}
     */
    public List<FtpReply> feed(byte[] bytes, int offset, int length) throws MalformedReplyException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        List<FtpReply> replies = new ArrayList<>(1);
        int end = offset + length;
        for (int i = offset; i < end; ) {
            checkNotFailed();
            FtpReply reply;
            try {
                i = splitter.accept(bytes, i, end);
                reply = splitter.lineEnded() ? assembler.accept(splitter) : null;
            } catch (MalformedReplyException e) {
                throw fail(e);
            }
            if (reply != null) {
                replies.add(reply);
            }
        }
        return replies;
    }

    /**
     * Feeds the remaining bytes of a buffer, advancing its position to its limit.
     *
     * @param bytes the bytes received
     * @return the replies these bytes complete, in order; often empty
     * @throws MalformedReplyException if the bytes break the parser's rules or limits; the buffer's position is
     *     then just after the offending byte
     * @throws IllegalStateException if an earlier call threw {@link MalformedReplyException}
     */
    public List<FtpReply> feed(ByteBuffer bytes) throws MalformedReplyException {
        if (bytes.hasArray()) {
            int start = bytes.position();
            long taken = splitter.position();
            // Byte by byte, a failed decoder would take the first byte before throwing IllegalStateException.
            int refused = failure != null && bytes.hasRemaining() ? 1 : 0;
            try {
                return feed(bytes.array(), bytes.arrayOffset() + start, bytes.remaining());
            } finally {
                bytes.position(start + (int) (splitter.position() - taken) + refused);
            }
        }
        List<FtpReply> replies = new ArrayList<>(1);
        while (bytes.hasRemaining()) {
            FtpReply reply = accept(bytes.get());
            if (reply != null) {
                replies.add(reply);
            }
        }
        return replies;
    }

    /**
     * Tells whether bytes of an unfinished reply are pending: a partial line, or the first lines of a multi-line
     * reply.
     *
     * @return {@code true} between replies only when nothing is pending
     */
    public boolean hasPartialReply() {
        return splitter.inLine() || assembler.inReply();
    }

    /**
     * Declares the end of the input (the server closed the connection) and checks that it fell between replies.
     *
     * @throws MalformedReplyException with reason {@link Reason#TRUNCATED} if a reply was unfinished
     * @throws IllegalStateException if an earlier call threw {@link MalformedReplyException}
     */
    public void finish() throws MalformedReplyException {
        checkNotFailed();
        if (hasPartialReply()) {
            throw fail(splitter.error(Reason.TRUNCATED, "", splitter.position()));
        }
    }

    /** Feeds one byte; the reply it completes, or {@code null}. */
    FtpReply accept(byte b) throws MalformedReplyException {
        checkNotFailed();
        try {
            return splitter.accept(b & 0xff) ? assembler.accept(splitter) : null;
        } catch (MalformedReplyException e) {
            throw fail(e);
        }
    }

    private MalformedReplyException fail(MalformedReplyException e) {
        failure = e;
        return e;
    }

    private void checkNotFailed() {
        if (failure != null) {
            throw new IllegalStateException("the decoder failed earlier: " + failure.getMessage(), failure);
        }
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

package io.github.ftpreply;

import io.github.ftpreply.MalformedReplyException.Reason;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the replies of one control connection from its input stream, one reply per call, blocking: what
 * {@link ReplyParser#read(InputStream)} does, with its buffers made once for the connection instead of once per
 * reply. Created by {@link ReplyParser#newReader(InputStream)}, with that parser's rules, limits and charset.
 *
 * <pre>{@code
 * InputStream in = new BufferedInputStream(socket.getInputStream());
 * ReplyReader replies = ReplyParser.lenient().newReader(in);
 * FtpReply banner = replies.read();
 * out.write("USER alice\r\n".getBytes(StandardCharsets.US_ASCII));
 * FtpReply user = replies.read();
 * }</pre>
 *
 * <p>It takes bytes from the stream exactly as {@code read(InputStream)} does, and holds none between replies: a
 * call consumes the reply it returns and nothing after it, so between calls you may read the stream yourself (the
 * bytes after a reply that switches protocols) and the next call starts where the stream stands. Its exceptions
 * are {@code read(InputStream)}'s, line numbers and offsets included: they count from the first byte of the reply
 * being read. A {@link MalformedReplyException} fails the reader, as it fails a {@link ReplyDecoder}: every later
 * call throws {@link IllegalStateException}, since the connection is out of step with the server. An
 * {@code EOFException} between replies does not (the stream stays at its end). An {@code IOException} thrown by
 * the stream's {@code read}, such as a {@link java.net.SocketTimeoutException}, leaves the reader as it was: the
 * next call goes on with the same reply. Not thread-safe: one reader per connection, used by one thread at a time.
 */
public final class ReplyReader {
    /** Bytes read ahead at a time, then given back: most replies fit. */
    static final int BLOCK = 128;

    private final InputStream in;
    private final LineSplitter splitter;
    private final ReplyAssembler assembler;
    /** {@code null} where the stream cannot give bytes back: it is then read one byte at a time. */
    private final byte[] block;

    private IOException failure;

    ReplyReader(ReplyParser parser, InputStream in) {
        this.in = in;
        boolean blocks = readsAhead(in);
        this.splitter = parser.newByteSplitter(blocks);
        this.assembler = parser.newAssembler();
        this.block = blocks ? new byte[BLOCK] : null;
    }

    /**
     * Reads the next reply, blocking until it is complete; never consumes past its last line end.
     *
     * @return the reply
     * @throws EOFException if the stream ends before the first byte of a reply: the server closed the connection
     * @throws MalformedReplyException if the reply is malformed, or the stream ends inside it (reason
     *     {@link Reason#TRUNCATED}); line numbers and byte offsets count from the first byte of this reply
     * @throws IllegalStateException if an earlier call threw {@link MalformedReplyException}
     * @throws IOException if reading fails; if the stream's {@code read} failed (a timeout, say), the reader is
     *     unchanged, and the next call goes on with the reply
     */
    public FtpReply read() throws IOException {
        if (failure != null) {
            throw new IllegalStateException("the reader failed earlier: " + failure.getMessage(), failure);
        }
        try {
            return readReply(in, splitter, assembler, block);
        } catch (MalformedReplyException e) {
            failure = e;
            throw e;
        }
    }

    /**
     * Tells whether bytes of an unfinished reply have been taken: after an {@code IOException} of the stream in the
     * middle of a reply, which the next {@link #read()} goes on with.
     *
     * @return {@code true} only between a reply's first byte and its return
     */
    public boolean hasPartialReply() {
        return splitter.inLine() || assembler.inReply();
    }

    /**
     * Describes the reader's state, for logs.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        return "ReplyReader[" + (hasPartialReply() ? "partial reply" : "between replies")
                + (failure != null ? ", failed" : "") + "]";
    }

    /**
     * Whether {@code in} can be read ahead and rewound: its {@code read(byte[], int, int)} returns the bytes at hand
     * without waiting for more (which {@code InputStream}'s own implementation does not promise), and it supports
     * {@code mark}.
     */
    static boolean readsAhead(InputStream in) {
        return (in instanceof BufferedInputStream || in instanceof ByteArrayInputStream) && in.markSupported();
    }

    /**
     * Reads one reply with the splitter and assembler given, a block at a time into {@code block} if it is not
     * {@code null}, else a byte at a time; leaves the splitter ready for the next reply, counting from zero.
     */
    static FtpReply readReply(InputStream in, LineSplitter splitter, ReplyAssembler assembler, byte[] block)
            throws IOException {
        FtpReply reply =
                block != null ? readBlocks(in, splitter, assembler, block) : readBytes(in, splitter, assembler);
        if (reply == null) {
            reply = ReplyParser.endOfInput(splitter, assembler);
        }
        if (reply != null) {
            splitter.restart();
            return reply;
        }
        if (!splitter.inLine() && !assembler.inReply()) {
            throw new EOFException("end of stream before a reply");
        }
        throw splitter.error(Reason.TRUNCATED, "", splitter.position());
    }

    private static FtpReply readBytes(InputStream in, LineSplitter splitter, ReplyAssembler assembler)
            throws IOException {
        int b;
        while ((b = in.read()) >= 0) {
            if (splitter.accept(b)) {
                FtpReply reply = assembler.accept(splitter);
                if (reply != null) {
                    return reply;
                }
            }
        }
        return null;
    }

    /**
     * Reads blocks after a mark; once the reply (or an error) ends inside a block, rewinds to the mark and skips
     * exactly the bytes taken, so the stream stands where byte-by-byte reading would have left it.
     */
    private static FtpReply readBlocks(InputStream in, LineSplitter splitter, ReplyAssembler assembler, byte[] block)
            throws IOException {
        while (true) {
            in.mark(block.length);
            int n = in.read(block, 0, block.length);
            if (n < 0) {
                return null;
            }
            long blockStart = splitter.position();
            try {
                for (int i = 0; i < n; ) {
                    i = splitter.accept(block, i, n);
                    FtpReply reply = splitter.lineEnded() ? assembler.accept(splitter) : null;
                    if (reply != null) {
                        // A unit carried after a bare LF belongs to the next reply: give it back.
                        rewind(in, splitter.carried() ? i - 1 : i, n);
                        return reply;
                    }
                }
                // Rule L1 waits for the byte after a bare LF; if none has arrived, the line ends (never block).
                if (splitter.waitsAfterLf() && in.available() == 0) {
                    FtpReply reply = ReplyParser.endOfInput(splitter, assembler);
                    if (reply != null) {
                        return reply;
                    }
                }
            } catch (MalformedReplyException e) {
                rewind(in, (int) (splitter.position() - blockStart), n);
                throw e;
            }
        }
    }

    /** Gives back the last {@code read - taken} bytes read since the mark. */
    private static void rewind(InputStream in, int taken, int read) throws IOException {
        if (taken < read) {
            in.reset();
            in.skipNBytes(taken);
        }
    }
}

package io.github.ftpreply;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The three kinds of stream that {@link ReplyParser#read(InputStream)} tells apart, each able to say how many bytes
 * its reader has consumed, and what a run of reads gives on one: each reply or error, and where the stream stands
 * after it.
 */
final class StreamOutcomes {
    private StreamOutcomes() {}

    /** How a stream hands out its bytes. */
    enum Kind {
        /** A {@code ByteArrayInputStream}: everything at hand, read a block at a time and rewound. */
        BYTE_ARRAY,
        /** A small {@code BufferedInputStream} over bytes that arrive in segments: short blocks, rewound. */
        BUFFERED,
        /** A stream without {@code mark}, its bytes arriving in segments: read one byte at a time. */
        PLAIN
    }

    /** A stream that knows how many of its bytes its reader has consumed. */
    interface Positioned {
        InputStream stream();

        long consumed();
    }

    /** One read: a reply, or an exception. */
    interface Read {
        FtpReply next() throws IOException;
    }

    /**
     * Opens {@code bytes} as a stream of this kind. Bytes arrive in segments of the sizes given, used in turn (for
     * {@link Kind#BUFFERED} and {@link Kind#PLAIN}); {@code available()} says what is left of the segment, as a
     * socket says what has arrived. Before each segment whose number (from 0) is in {@code timeouts}, a read throws
     * {@link SocketTimeoutException} once.
     */
    static Positioned open(Kind kind, byte[] bytes, List<Integer> segments, Set<Integer> timeouts) {
        switch (kind) {
            case BYTE_ARRAY:
                return new ByteArray(bytes);
            case BUFFERED:
                return new Buffered(new Segments(bytes, segments, timeouts), 16);
            default:
                return new Segments(bytes, segments, timeouts);
        }
    }

    static Positioned open(Kind kind, byte[] bytes, List<Integer> segments) {
        return open(kind, bytes, segments, Set.of());
    }

    /**
     * Reads until the end of the stream or an error: each reply (with which lines were decoded as ISO-8859-1) or
     * the error's reason, line, offset and excerpt, each followed by the bytes consumed so far. A
     * {@link SocketTimeoutException} is retried, and does not show.
     */
    static List<String> outcome(Positioned in, Read read) {
        List<String> outcome = new ArrayList<>();
        // Each call takes at least one byte, so this bounds a reader that would loop.
        for (long calls = 0; calls <= in.consumed() + 2 + outcome.size(); calls++) {
            try {
                FtpReply reply = next(read);
                String latin1 = IntStream.range(0, reply.lines().size())
                        .filter(reply::isDecodedAsLatin1)
                        .mapToObj(Integer::toString)
                        .collect(Collectors.joining(",", " latin1 [", "]"));
                outcome.add(reply + " " + reply.lines() + latin1 + " @" + in.consumed());
            } catch (EOFException e) {
                outcome.add("EOF @" + in.consumed());
                return outcome;
            } catch (MalformedReplyException e) {
                outcome.add(e.reason() + " line " + e.lineNumber() + " offset " + e.offset() + " \"" + e.excerpt()
                        + "\" @" + in.consumed());
                return outcome;
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("more calls than bytes: " + outcome);
    }

    private static FtpReply next(Read read) throws IOException {
        while (true) {
            try {
                return read.next();
            } catch (SocketTimeoutException e) {
                // The server is slow: ask again.
            }
        }
    }

    private static final class ByteArray extends ByteArrayInputStream implements Positioned {
        ByteArray(byte[] bytes) {
            super(bytes);
        }

        @Override
        public InputStream stream() {
            return this;
        }

        @Override
        public long consumed() {
            return pos;
        }
    }

    private static final class Buffered extends BufferedInputStream implements Positioned {
        private final Segments source;

        Buffered(Segments source, int size) {
            super(source, size);
            this.source = source;
        }

        @Override
        public InputStream stream() {
            return this;
        }

        @Override
        public long consumed() {
            return source.consumed() - (count - pos);
        }
    }

    /** Bytes that arrive in segments, as from a socket; no {@code mark}. */
    private static final class Segments extends InputStream implements Positioned {
        private final byte[] bytes;
        private final List<Integer> segments;
        private final Set<Integer> timeouts;
        private int at;
        private int segment;
        private int segmentEnd;

        Segments(byte[] bytes, List<Integer> segments, Set<Integer> timeouts) {
            this.bytes = bytes;
            this.segments = segments;
            this.timeouts = new HashSet<>(timeouts);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (at == bytes.length) {
                return -1;
            }
            // Only when nothing has arrived, as a socket's timeout: BufferedInputStream would drop what it had read.
            if (at == segmentEnd && timeouts.remove(segment)) {
                throw new SocketTimeoutException("at " + at);
            }
            if (at == segmentEnd) {
                segmentEnd = Math.min(bytes.length, at + segments.get(segment++ % segments.size()));
            }
            int n = Math.min(len, segmentEnd - at);
            System.arraycopy(bytes, at, b, off, n);
            at += n;
            return n;
        }

        @Override
        public int available() {
            return segmentEnd - at;
        }

        @Override
        public InputStream stream() {
            return this;
        }

        @Override
        public long consumed() {
            return at;
        }
    }
}

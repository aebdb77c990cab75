package io.github.ftpreply.benchmarks;

import io.github.ftpreply.FtpReply;
import io.github.ftpreply.ReplyDecoder;
import io.github.ftpreply.ReplyParser;
import io.github.ftpreply.ReplyReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading the replies of {@link SessionStream}'s bytes: ftpreply's lenient parser, blocking ({@code read}, one reply
 * per call, like Commons Net; and a {@code ReplyReader}, one per stream) and push mode (a decoder fed 8 KiB
 * chunks), against Commons Net's {@code FTP.getReply()}. One operation is one reply; each operation reads the whole
 * stream from a fresh connection's reader, so per-connection set-up is included, spread over the stream's replies.
 * Run with {@code -prof gc} for {@code gc.alloc.rate.norm}: bytes allocated per reply.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {
    /** Replies in {@link SessionStream}; checked in set-up against both parsers. */
    static final int REPLIES = 1936;
    /** What one socket read might return. */
    static final int CHUNK = 8192;

    private final ReplyParser parser = ReplyParser.lenient();
    private final CommonsNetReader commonsNet = new CommonsNetReader();
    private byte[] wire;

    @Setup
    public void setUp() throws IOException {
        wire = SessionStream.bytes();
        List<FtpReply> replies = parser.parseAll(SessionStream.text());
        if (replies.size() != REPLIES) {
            throw new IllegalStateException("the stream has " + replies.size() + " replies, not " + REPLIES);
        }
        commonsNet.connect(wire);
        for (FtpReply reply : replies) {
            int code = commonsNet.next();
            if (code != reply.code()
                    || commonsNet.replyLines().size() != reply.lines().size()) {
                throw new IllegalStateException(
                        "Commons Net read " + code + " " + commonsNet.replyLines() + " where ftpreply read " + reply);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(REPLIES)
    public void ftpreplyRead(Blackhole blackhole) throws IOException {
        InputStream in = new BufferedInputStream(new ByteArrayInputStream(wire));
        for (int i = 0; i < REPLIES; i++) {
            blackhole.consume(parser.read(in));
        }
    }

    @Benchmark
    @OperationsPerInvocation(REPLIES)
    public void ftpreplyReader(Blackhole blackhole) throws IOException {
        InputStream in = new BufferedInputStream(new ByteArrayInputStream(wire));
        ReplyReader reader = parser.newReader(in);
        for (int i = 0; i < REPLIES; i++) {
            blackhole.consume(reader.read());
        }
    }

    @Benchmark
    @OperationsPerInvocation(REPLIES)
    public void ftpreplyDecoder(Blackhole blackhole) throws IOException {
        ReplyDecoder decoder = parser.newDecoder();
        for (int offset = 0; offset < wire.length; offset += CHUNK) {
            for (FtpReply reply : decoder.feed(wire, offset, Math.min(CHUNK, wire.length - offset))) {
                blackhole.consume(reply);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(REPLIES)
    public void commonsNet(Blackhole blackhole) throws IOException {
        commonsNet.connect(wire);
        for (int i = 0; i < REPLIES; i++) {
            blackhole.consume(commonsNet.next());
            blackhole.consume(commonsNet.replyLines());
        }
    }
}

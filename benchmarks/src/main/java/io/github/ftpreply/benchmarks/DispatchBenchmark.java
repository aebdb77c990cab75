package io.github.ftpreply.benchmarks;

import io.github.ftpreply.FtpReply;
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
 * Routing one reply to its handler method: the generated dispatcher against a hand-written {@code switch} and a
 * reflective {@code Map<Integer, Method>}, over {@link ReplyMix}. One operation is one reply.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DispatchBenchmark {
    private FtpReply[] replies;
    private SessionHandlerDispatcher generated;
    private HandWrittenDispatcher handWritten;
    private ReflectiveDispatcher reflective;

    @Setup
    public void setUp() {
        replies = ReplyMix.replies();
        SessionHandler handler = new SessionHandler();
        generated = new SessionHandlerDispatcher(handler);
        handWritten = new HandWrittenDispatcher(handler);
        reflective = new ReflectiveDispatcher(handler);
        for (FtpReply reply : replies) {
            int expected = generated.dispatch(reply);
            if (handWritten.dispatch(reply) != expected || reflective.dispatch(reply) != expected) {
                throw new IllegalStateException("the dispatchers disagree on " + reply);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(ReplyMix.SIZE)
    public void generated(Blackhole blackhole) {
        for (FtpReply reply : replies) {
            blackhole.consume(generated.dispatch(reply));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ReplyMix.SIZE)
    public void handWrittenSwitch(Blackhole blackhole) {
        for (FtpReply reply : replies) {
            blackhole.consume(handWritten.dispatch(reply));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ReplyMix.SIZE)
    public void reflectiveMap(Blackhole blackhole) {
        for (FtpReply reply : replies) {
            blackhole.consume(reflective.dispatch(reply));
        }
    }
}

package io.github.ftpreply.benchmarks;

import io.github.ftpreply.FtpReplyCode;
import java.util.HashMap;
import java.util.Map;
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
 * The constant for a reply number: {@link FtpReplyCode#find(int)} against a {@code HashMap<Integer, FtpReplyCode>},
 * over the codes of {@link ReplyMix} (4% of them unknown). One operation is one lookup.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LookupBenchmark {
    private int[] codes;
    private final Map<Integer, FtpReplyCode> map = new HashMap<>();

    @Setup
    public void setUp() {
        codes = ReplyMix.codes();
        for (FtpReplyCode code : FtpReplyCode.values()) {
            map.put(code.code(), code);
        }
    }

    @Benchmark
    @OperationsPerInvocation(ReplyMix.SIZE)
    public void enumFind(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(FtpReplyCode.find(code).orElse(null));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ReplyMix.SIZE)
    public void hashMap(Blackhole blackhole) {
        for (int code : codes) {
            blackhole.consume(map.get(code));
        }
    }
}

package io.github.ftpreply;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ftpreply.StreamOutcomes.Kind;
import io.github.ftpreply.StreamOutcomes.Positioned;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * A {@link ReplyReader} gives what {@link ReplyParser#read(InputStream)} gives, call after call on one stream:
 * the same replies, the same errors (reason, line, offset, excerpt), the stream left at the same byte after each,
 * whatever the kind of stream and however its bytes arrive; and a timeout of the stream changes nothing.
 */
class ReplyReaderPropertyTest {

    @Property(tries = 3000)
    void readerGivesWhatReadGives(
            @ForAll("wire") byte[] bytes,
            @ForAll boolean strict,
            @ForAll @IntRange(min = 4, max = 12) int maxLineLength,
            @ForAll @IntRange(min = 1, max = 4) int maxLines,
            @ForAll Kind kind,
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 20) Integer> segments) {
        ReplyParser parser = (strict ? ReplyParser.strict() : ReplyParser.lenient())
                .withMaxLineLength(maxLineLength)
                .withMaxLines(maxLines);
        Positioned each = StreamOutcomes.open(kind, bytes, segments);
        Positioned one = StreamOutcomes.open(kind, bytes, segments);
        assertEquals(
                StreamOutcomes.outcome(each, () -> parser.read(each.stream())),
                StreamOutcomes.outcome(one, parser.newReader(one.stream())::read));
    }

    @Property(tries = 1000)
    void readerTakesEachFormattedReplyAndNothingMore(
            @ForAll @Size(max = 6) List<@From("replies") FtpReply> replies,
            @ForAll Kind kind,
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 200) Integer> segments) {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        List<String> expected = new ArrayList<>();
        for (FtpReply reply : replies) {
            wire.writeBytes(ReplyFormatter.format(reply).getBytes(UTF_8));
            expected.add(reply + " " + reply.lines() + " latin1 [] @" + wire.size());
        }
        expected.add("EOF @" + wire.size());
        Positioned in = StreamOutcomes.open(kind, wire.toByteArray(), segments);
        assertEquals(expected, StreamOutcomes.outcome(in, ReplyParser.lenient().newReader(in.stream())::read));
    }

    @Property(tries = 1000)
    void aTimeoutChangesNothing(
            @ForAll("wire") byte[] bytes,
            @ForAll boolean strict,
            @ForAll boolean buffered,
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 20) Integer> segments,
            @ForAll @Size(max = 4) Set<@IntRange(min = 0, max = 12) Integer> timeouts) {
        ReplyParser parser = strict ? ReplyParser.strict() : ReplyParser.lenient();
        Kind streams = buffered ? Kind.BUFFERED : Kind.PLAIN;
        Positioned steady = StreamOutcomes.open(streams, bytes, segments);
        Positioned slow = StreamOutcomes.open(streams, bytes, segments, timeouts);
        assertEquals(
                StreamOutcomes.outcome(steady, parser.newReader(steady.stream())::read),
                StreamOutcomes.outcome(slow, parser.newReader(slow.stream())::read));
    }

    @Provide
    Arbitrary<FtpReply> replies() {
        return ReplyArbitraries.replies();
    }

    @Provide
    Arbitrary<byte[]> wire() {
        return ReplyArbitraries.wire();
    }
}

package io.github.ftpreply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The decoder gives the same replies and the same error however the bytes are split, malformed input included:
 * replies completed before a malformed byte are returned, and the error comes once, on the next call.
 */
class DecoderSplitPropertyTest {

    @Property(tries = 3000)
    void repliesAndErrorDoNotDependOnTheSplit(
            @ForAll("wire") byte[] bytes,
            @ForAll boolean strict,
            @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 1, max = 9) Integer> chunkSizes) {
        ReplyParser parser = (strict ? ReplyParser.strict() : ReplyParser.lenient()).withMaxLines(4);
        String whole = outcome(parser, bytes, List.of(Math.max(1, bytes.length)), false);
        assertEquals(whole, outcome(parser, bytes, List.of(1), false), "byte by byte");
        assertEquals(whole, outcome(parser, bytes, chunkSizes, false), "in chunks of " + chunkSizes);
        assertEquals(whole, outcome(parser, bytes, chunkSizes, true), "direct buffers");
    }

    /**
     * The replies, then the error's reason, line and offset (or "end"), fed in chunks of the sizes given: from an
     * array, or in direct buffers (which the decoder reads byte by byte).
     */
    private static String outcome(ReplyParser parser, byte[] bytes, List<Integer> sizes, boolean direct) {
        ReplyDecoder decoder = parser.newDecoder();
        List<FtpReply> replies = new ArrayList<>();
        try {
            int at = 0;
            for (int i = 0; at < bytes.length; i++) {
                int n = Math.min(sizes.get(i % sizes.size()), bytes.length - at);
                replies.addAll(
                        direct
                                ? decoder.feed(ByteBuffer.allocateDirect(n)
                                        .put(bytes, at, n)
                                        .flip())
                                : decoder.feed(bytes, at, n));
                at += n;
            }
            replies.addAll(decoder.finish());
            return replies + " end";
        } catch (MalformedReplyException e) {
            return replies + " " + e.reason() + " " + e.lineNumber() + " " + e.offset();
        }
    }

    @Provide
    Arbitrary<byte[]> wire() {
        return ReplyArbitraries.wire();
    }
}

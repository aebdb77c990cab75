package io.github.ftpreply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link LineSplitter#scanLine}, which reads eight bytes at a time, finds the same line end and the same
 * non-ASCII flag as a byte-by-byte loop, wherever the range starts and ends and wherever CR, LF and bytes of 128 or
 * more fall in or next to a word.
 */
class LineScanPropertyTest {

    @Property(tries = 5000)
    void findsWhatAByteLoopFinds(
            @ForAll("bytes") byte[] units, @ForAll @IntRange(max = 40) int a, @ForAll @IntRange(max = 40) int b) {
        int from = Math.min(Math.min(a, b), units.length);
        int to = Math.min(Math.max(a, b), units.length);
        int end = from;
        boolean nonAscii = false;
        while (end < to && units[end] != '\r' && units[end] != '\n') {
            nonAscii |= units[end] < 0;
            end++;
        }
        long scan = LineSplitter.scanLine(units, from, to);
        assertEquals(end, (int) scan, "line end");
        assertEquals(nonAscii, scan < 0, "non-ASCII before the line end");
    }

    /** Mostly ASCII, with the bytes the scan must tell apart from it: CR, LF, 0x8A, 0x8D, 0x80, 0xFF, 0x0B, 0x0C. */
    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<Byte> unit = Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.bytes().between((byte) 0x20, (byte) 0x7e)),
                Tuple.of(
                        4,
                        Arbitraries.of(
                                (byte) '\r',
                                (byte) '\n',
                                (byte) 0x8a,
                                (byte) 0x8d,
                                (byte) 0x80,
                                (byte) 0xff,
                                (byte) 0x0b,
                                (byte) 0x0c,
                                (byte) 0x09,
                                (byte) 0x00)));
        return unit.array(byte[].class).ofMaxSize(48);
    }
}

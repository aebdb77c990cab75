package io.github.ftpreply;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators of replies for the property tests. */
final class ReplyArbitraries {
    private ReplyArbitraries() {}

    /** Replies built with {@link FtpReply#of(int, java.util.List)}: one to six lines of tricky text. */
    static Arbitrary<FtpReply> replies() {
        return Combinators.combine(codes(), lineText().list().ofMinSize(1).ofMaxSize(6))
                .as(FtpReply::of);
    }

    /** Multi-line replies whose closing code may differ from the opening one, as a lenient parser gives them. */
    static Arbitrary<FtpReply> mixedReplies() {
        return Combinators.combine(
                        codes(), codes(), lineText().list().ofMinSize(2).ofMaxSize(6))
                .as(FtpReply::parsed);
    }

    /** Every valid reply code, 100..699. */
    static Arbitrary<Integer> codes() {
        return Arbitraries.integers().between(100, 699);
    }

    /** Line text without CR or LF, biased to what is hard to format: digits, spaces, codes, '-', non-ASCII. */
    static Arbitrary<String> lineText() {
        Arbitrary<String> tricky = Arbitraries.strings()
                .withChars("0123456789 -\"a\t\u00e9\u4e2d\u0000")
                .ofMaxLength(12);
        Arbitrary<String> general = Arbitraries.strings()
                .withCharRange('\u0000', '\ud7ff')
                .excludeChars('\r', '\n')
                .ofMaxLength(30);
        Arbitrary<String> codeLike = Combinators.combine(
                        Arbitraries.of("", " ", "  "), codes(), Arbitraries.of("", " ", "-"), tricky)
                .as((pad, code, sep, rest) -> pad + code + sep + rest);
        return Arbitraries.oneOf(tricky, general, codeLike);
    }

    /** Wire bytes: pieces of replies, well-formed and not, bare LFs and CRs, bytes invalid in UTF-8, any bytes. */
    static Arbitrary<byte[]> wire() {
        Arbitrary<byte[]> pieces = Arbitraries.of(
                        "220 ok\r\n",
                        "225\n",
                        "150 go\n",
                        "\n",
                        "\r",
                        "\r\n",
                        "211-",
                        "211 end\r\n",
                        "220-",
                        "x",
                        "Second line.",
                        " 7",
                        "10054 ",
                        "caf\u00e9",
                        "\u4e2d")
                .map(t -> t.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> odd = Arbitraries.of(new byte[] {(byte) 0xe9}, new byte[] {(byte) 0xc3});
        Arbitrary<byte[]> any = Arbitraries.bytes().array(byte[].class).ofMaxSize(4);
        return Arbitraries.frequencyOf(Tuple.of(12, pieces), Tuple.of(1, odd), Tuple.of(1, any))
                .list()
                .ofMaxSize(24)
                .map(list -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    list.forEach(out::writeBytes);
                    return out.toByteArray();
                });
    }
}

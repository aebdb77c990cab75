package io.github.ftpreply;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

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
}

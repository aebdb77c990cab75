package io.github.ftpreply.benchmarks;

import io.github.ftpreply.FtpReply;
import io.github.ftpreply.FtpReplyCode;
import java.util.Random;

/**
 * A realistic mix of reply codes, as a client session sees them: mostly transfer and directory replies, some
 * errors, a few codes from everywhere else in the catalog, and 4% of codes outside the catalog (299, 399, 499,
 * 599). Fixed seed, so every run and every benchmark sees the same sequence.
 */
final class ReplyMix {
    /** Code and weight, in percent of replies. */
    private static final int[][] WEIGHTS = {
        {150, 14}, {226, 14}, {227, 12}, {250, 8}, {213, 8}, {200, 6}, {257, 4}, {229, 3}, {550, 5}, {220, 2}, {331, 2},
        {230, 2}, {211, 1}, {215, 1}, {221, 1}, {350, 1}, {125, 1}, {425, 1}, {426, 1}, {450, 1}, {451, 1}, {500, 1},
        {501, 1}, {502, 1}, {530, 1}, {553, 1}, {421, 1}, {332, 1}, {299, 1}, {399, 1}, {499, 1}, {599, 1},
    };
    /** Replies in one benchmark operation batch; a power of two. */
    static final int SIZE = 1024;

    private ReplyMix() {}

    /** {@link #SIZE} codes drawn from the weights. */
    static int[] codes() {
        int[] table = new int[100];
        int filled = 0;
        for (int[] weight : WEIGHTS) {
            for (int i = 0; i < weight[1]; i++) {
                table[filled++] = weight[0];
            }
        }
        if (filled != table.length) {
            throw new IllegalStateException("weights add up to " + filled + ", not 100");
        }
        Random random = new Random(959);
        int[] codes = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            codes[i] = table[random.nextInt(table.length)];
        }
        return codes;
    }

    /** A reply for each of {@link #codes()}, with the catalog's default text where there is one. */
    static FtpReply[] replies() {
        int[] codes = codes();
        FtpReply[] replies = new FtpReply[codes.length];
        for (int i = 0; i < codes.length; i++) {
            String text =
                    FtpReplyCode.find(codes[i]).map(FtpReplyCode::defaultText).orElse("Not in the catalog");
            replies[i] = FtpReply.of(codes[i], text);
        }
        return replies;
    }
}

package io.github.ftpreply.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean" for a misspelt key or value: the closest candidate within a small edit distance. */
final class Suggestions {

    private Suggestions() {}

    /**
     * The candidate closest to {@code word}, if it is a few edits away (one for words of up to four letters, two up
     * to eight, three beyond), so that {@code titel} suggests {@code title} but {@code foo} suggests nothing.
     */
    static Optional<String> closest(String word, Collection<String> candidates) {
        int limit = word.length() <= 4 ? 1 : word.length() <= 8 ? 2 : 3;
        return candidates.stream()
                .filter(candidate -> distance(word, candidate) <= limit)
                .min(Comparator.<String>comparingInt(candidate -> distance(word, candidate))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /**
     * Edit distance counting insertions, deletions, substitutions and swaps of two neighbours (optimal string
     * alignment), case-insensitive: {@code titel} is one edit from {@code title}, {@code Title} none.
     */
    static int distance(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        int[][] d = new int[x.length() + 1][y.length() + 1];
        for (int i = 0; i <= x.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length()][y.length()];
    }
}

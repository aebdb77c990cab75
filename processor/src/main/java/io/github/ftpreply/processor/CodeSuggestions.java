package io.github.ftpreply.processor;

import io.github.ftpreply.catalog.Catalog;
import io.github.ftpreply.catalog.ReplyCodeEntry;
import java.util.Comparator;
import java.util.List;

/** "Did you mean" for a reply code that is not in the catalog. */
final class CodeSuggestions {
    private CodeSuggestions() {}

    /**
     * The {@code limit} catalog codes nearest to {@code code}: those of its own category (first digit) before any
     * other, each numerically nearest first (the lower on a tie); listed same-category first, then ascending. For
     * 299 in the canonical catalog, {@code 235 ..., 250 ..., 257 ...}: a typo of a 2xx code is more likely another
     * 2xx code than a 3xx one, even a numerically nearer one.
     */
    static List<ReplyCodeEntry> nearest(int code, Catalog catalog, int limit) {
        Comparator<ReplyCodeEntry> otherCategoryLast =
                Comparator.comparingInt(e -> e.code() / 100 == code / 100 ? 0 : 1);
        return catalog.codes().stream()
                .sorted(otherCategoryLast
                        .thenComparingInt(e -> Math.abs(e.code() - code))
                        .thenComparingInt(ReplyCodeEntry::code))
                .limit(limit)
                .sorted(otherCategoryLast.thenComparingInt(ReplyCodeEntry::code))
                .toList();
    }
}

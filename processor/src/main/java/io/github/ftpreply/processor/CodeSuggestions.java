package io.github.ftpreply.processor;

import io.github.ftpreply.catalog.Catalog;
import io.github.ftpreply.catalog.ReplyCodeEntry;
import java.util.Comparator;
import java.util.List;

/** "Did you mean" for a reply code that is not in the catalog. */
final class CodeSuggestions {
    private CodeSuggestions() {}

    /**
     * The {@code limit} catalog codes numerically nearest to {@code code} (the lower first on a tie), ascending:
     * for 299 in the canonical catalog, {@code 257 PATHNAME_CREATED, 331 ..., 332 ...}.
     */
    static List<ReplyCodeEntry> nearest(int code, Catalog catalog, int limit) {
        return catalog.codes().stream()
                .sorted(Comparator.<ReplyCodeEntry>comparingInt(e -> Math.abs(e.code() - code))
                        .thenComparingInt(ReplyCodeEntry::code))
                .limit(limit)
                .sorted(Comparator.comparingInt(ReplyCodeEntry::code))
                .toList();
    }
}

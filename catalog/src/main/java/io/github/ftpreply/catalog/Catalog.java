package io.github.ftpreply.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded, valid catalog: FTP reply codes and socket errors sorted by code, with the headings and sources they
 * refer to. Immutable; obtain one from {@link CatalogLoader}.
 */
public final class Catalog {

    private final List<String> locales;
    private final List<SourceDocument> sources;
    private final List<Heading<Category>> categories;
    private final List<Heading<FunctionGroup>> groups;
    private final List<ReplyCodeEntry> codes;
    private final List<SocketErrorEntry> socketErrors;
    private final Map<Integer, ReplyCodeEntry> codesByNumber;

    Catalog(
            List<String> locales,
            List<SourceDocument> sources,
            List<Heading<Category>> categories,
            List<Heading<FunctionGroup>> groups,
            List<ReplyCodeEntry> codes,
            List<SocketErrorEntry> socketErrors) {
        this.locales = List.copyOf(locales);
        this.sources = List.copyOf(sources);
        this.categories = List.copyOf(categories);
        this.groups = List.copyOf(groups);
        // Loops, not streams and lambdas: this runs once per compilation in javac's cold JVM, where each lambda
        // and stream stage is a class to spin or load (docs/performance.md).
        this.codes = sortedByCode(codes);
        this.socketErrors = sortedByCode(socketErrors);
        Map<Integer, ReplyCodeEntry> byNumber = new HashMap<>();
        for (ReplyCodeEntry entry : this.codes) {
            byNumber.put(entry.code(), entry);
        }
        this.codesByNumber = Collections.unmodifiableMap(byNumber);
    }

    /** Entries (reply codes or socket errors) sorted by code, stably: an insertion sort, as the lists are short. */
    private static <T> List<T> sortedByCode(List<T> entries) {
        List<T> sorted = new ArrayList<>(entries);
        for (int i = 1; i < sorted.size(); i++) {
            T entry = sorted.get(i);
            int j = i;
            for (; j > 0 && codeOf(sorted.get(j - 1)) > codeOf(entry); j--) {
                sorted.set(j, sorted.get(j - 1));
            }
            sorted.set(j, entry);
        }
        return Collections.unmodifiableList(sorted);
    }

    private static int codeOf(Object entry) {
        return entry instanceof ReplyCodeEntry reply ? reply.code() : ((SocketErrorEntry) entry).code();
    }

    /**
     * The languages the catalog's texts are written in, as BCP 47 tags, the base language ({@code text}) first.
     * Empty if the catalog declares none.
     */
    public List<String> locales() {
        return locales;
    }

    /** The source documents, in declaration order. */
    public List<SourceDocument> sources() {
        return sources;
    }

    /** Category headings, in declaration order. */
    public List<Heading<Category>> categories() {
        return categories;
    }

    /** Function group headings, in declaration order. */
    public List<Heading<FunctionGroup>> groups() {
        return groups;
    }

    /** FTP reply codes, ascending. */
    public List<ReplyCodeEntry> codes() {
        return codes;
    }

    /** Socket error codes, ascending. */
    public List<SocketErrorEntry> socketErrors() {
        return socketErrors;
    }

    /** The entry for an FTP reply code. */
    public Optional<ReplyCodeEntry> code(int code) {
        return Optional.ofNullable(codesByNumber.get(code));
    }

    /** The heading of a category, if the catalog declares one. */
    public Optional<Heading<Category>> heading(Category category) {
        return categories.stream().filter(h -> h.key() == category).findFirst();
    }
}

package io.github.ftpreply.processor;

import io.github.ftpreply.catalog.ReplyCodeEntry;
import io.github.ftpreply.catalog.TextVariant;

/**
 * The keys of the generated bundles, shared by {@link BundleGenerator} (which writes them) and
 * {@link MessagesGenerator} (whose accessors read them): {@code 257} for a code's text, {@code 257.pwd} for a
 * one-line variant, {@code 211.feat.1}, {@code 211.feat.2} for the lines of a multi-line one.
 */
final class BundleKeys {
    private BundleKeys() {}

    static String text(ReplyCodeEntry entry) {
        return Integer.toString(entry.code());
    }

    /** The key of line {@code index} (0-based) of {@code variant}. */
    static String variantLine(ReplyCodeEntry entry, TextVariant variant, int index) {
        return entry.code() + "." + variant.name() + (variant.multiLine() ? "." + (index + 1) : "");
    }
}

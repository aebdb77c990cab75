package io.github.ftpreply.processor;

import io.github.ftpreply.catalog.Catalog;
import io.github.ftpreply.catalog.ReplyCodeEntry;
import java.util.Optional;
import java.util.Set;

/**
 * An {@code @FtpReplyCatalog} type's extension, merged: what it generates and what its handlers are checked
 * against.
 *
 * @param carrier  the qualified name of the type annotated {@code @FtpReplyCatalog}
 * @param resource the YAML file's resource path, such as {@code com/acme/acme-replies.yaml}
 * @param codes    the generated enum, in the carrier's package
 * @param messages the generated accessor class, in the carrier's package; the bundles are named like it
 * @param catalog  the canonical catalog merged with the extension
 * @param excluded the canonical codes the extension excludes
 */
record ExtensionCatalog(
        String carrier, String resource, JavaName codes, JavaName messages, Catalog catalog, Set<Integer> excluded) {

    ExtensionCatalog {
        excluded = Set.copyOf(excluded);
    }

    /**
     * Whether {@code entry} is {@code canonical}'s very object: a code an extension left as it is, whose canonical
     * renderings (its bundle lines, its enum constant) it may take instead of rendering them again.
     */
    static boolean takenUnchanged(Catalog canonical, ReplyCodeEntry entry) {
        return canonical.code(entry.code()).orElse(null) == entry;
    }

    /** The catalog a handler naming this extension is checked against. */
    HandlerCatalog handlerCatalog() {
        return new HandlerCatalog(catalog, codes, Optional.of(resource), excluded);
    }
}

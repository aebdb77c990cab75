package io.github.ftpreply.processor;

import io.github.ftpreply.catalog.Catalog;
import java.util.Optional;
import java.util.Set;

/**
 * The catalog a handler is checked against and routed over, with the enum of its codes: the canonical catalog and
 * {@code FtpReplyCode}, or an extension's merged catalog and its generated enum.
 *
 * @param catalog   the codes every handler of this catalog must handle
 * @param codes     the enum whose constants name them, which {@code @OnReply} methods may take
 * @param extension the extension's resource path, such as {@code com/acme/acme-replies.yaml}; empty for the
 *     canonical catalog
 * @param excluded  the canonical codes the extension excludes
 */
record HandlerCatalog(Catalog catalog, JavaName codes, Optional<String> extension, Set<Integer> excluded) {

    HandlerCatalog {
        excluded = Set.copyOf(excluded);
    }

    /** The canonical catalog, whose constants are the runtime's {@code FtpReplyCode}. */
    static HandlerCatalog canonical(Catalog catalog) {
        return new HandlerCatalog(catalog, ClassNames.FTP_REPLY_CODE, Optional.empty(), Set.of());
    }
}

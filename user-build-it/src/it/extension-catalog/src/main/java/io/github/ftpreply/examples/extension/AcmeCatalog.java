package io.github.ftpreply.examples.extension;

import io.github.ftpreply.FtpReplyCatalog;

/** Acme's reply catalog, as docs/extending.md's "Using an extension" writes it: missing translations are notes. */
@FtpReplyCatalog(file = "acme-replies.yaml", enumName = "AcmeReplyCode")
public interface AcmeCatalog {}

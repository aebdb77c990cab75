package io.github.ftpreply.examples.extension;

import io.github.ftpreply.FtpReplyCatalog;

/** Acme's reply catalog: the canonical one merged with acme-replies.yaml, next to this type's package. */
@FtpReplyCatalog(
        file = "acme-replies.yaml",
        enumName = "AcmeReplyCode",
        missingTranslations = FtpReplyCatalog.MissingTranslations.IGNORE)
public interface AcmeCatalog {}

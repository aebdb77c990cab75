package io.github.ftpreply.examples.extension;

import io.github.ftpreply.FtpReply;
import io.github.ftpreply.FtpReplyHandler;
import io.github.ftpreply.OnAnyReply;
import io.github.ftpreply.OnCategory;
import io.github.ftpreply.OnReply;
import io.github.ftpreply.ReplyCategory;

/** Handles Acme's replies: its own 242 and 530 by code, failures by category, the rest by the catch-all. */
@FtpReplyHandler(catalog = AcmeCatalog.class)
public class AcmeReplyHandler {
    @OnReply({242, 530})
    public String acme(AcmeReplyCode code) {
        return code + " (" + code.title() + ")";
    }

    @OnCategory({ReplyCategory.TRANSIENT_NEGATIVE, ReplyCategory.PERMANENT_NEGATIVE})
    public String failed(FtpReply reply) {
        return "failed: " + reply.code();
    }

    @OnAnyReply
    public String other(int code) {
        return "other: " + code;
    }
}

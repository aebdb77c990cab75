package io.github.ftpreply.commonsnet;

import io.github.ftpreply.FtpReply;
import io.github.ftpreply.FtpReplyHandler;
import io.github.ftpreply.OnAnyReply;
import io.github.ftpreply.OnCategory;
import io.github.ftpreply.OnReply;
import io.github.ftpreply.ReplyCategory;
import java.util.ArrayList;
import java.util.List;

/** A handler whose generated dispatcher the tests feed: it records which method ran for which code. */
@FtpReplyHandler
class RecordingHandler {

    final List<String> calls = new ArrayList<>();

    @OnReply(421)
    void serviceClosing(FtpReply reply) {
        calls.add("serviceClosing " + reply.code());
    }

    @OnReply(530)
    void notLoggedIn(FtpReply reply) {
        calls.add("notLoggedIn " + reply.code());
    }

    @OnCategory(ReplyCategory.POSITIVE_COMPLETION)
    void completed(FtpReply reply) {
        calls.add("completed " + reply.code());
    }

    @OnAnyReply
    void other(FtpReply reply) {
        calls.add("other " + reply.code());
    }
}

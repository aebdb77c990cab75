package io.github.ftpreply.benchmarks;

import io.github.ftpreply.FtpReply;
import io.github.ftpreply.FtpReplyCode;
import io.github.ftpreply.FtpReplyHandler;
import io.github.ftpreply.OnAnyReply;
import io.github.ftpreply.OnCategory;
import io.github.ftpreply.OnReply;
import io.github.ftpreply.ReplyCategory;

/**
 * The handler that all three dispatchers call: a client session's replies, with every parameter kind the processor
 * supports. The bodies are small on purpose, so that dispatch dominates, and the same for all three dispatchers.
 */
@FtpReplyHandler
public class SessionHandler {

    @OnReply(220)
    int ready(FtpReply reply) {
        return reply.lines().size();
    }

    @OnReply({331, 332})
    int needMore(FtpReplyCode code) {
        return code.ordinal();
    }

    @OnReply(230)
    int loggedIn() {
        return 230;
    }

    @OnReply({227, 229})
    int passive(FtpReply reply) {
        return reply.lines().get(0).length();
    }

    @OnReply({125, 150})
    int transferStarting(int code) {
        return code + 1;
    }

    @OnReply(226)
    int transferComplete(FtpReply reply) {
        return reply.code() + reply.lines().size();
    }

    @OnReply({200, 250, 257})
    int done(FtpReplyCode code) {
        return code.code();
    }

    @OnReply({211, 213, 215})
    int status(FtpReply reply) {
        return reply.lines().get(reply.lines().size() - 1).length();
    }

    @OnReply(421)
    int closing(FtpReply reply) {
        return -reply.code();
    }

    @OnCategory({ReplyCategory.TRANSIENT_NEGATIVE, ReplyCategory.PERMANENT_NEGATIVE})
    int failed(FtpReply reply) {
        return reply.code() * 2;
    }

    @OnAnyReply
    int other(int code) {
        return code - 1;
    }
}

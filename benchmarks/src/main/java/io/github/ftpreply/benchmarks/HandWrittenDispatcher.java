package io.github.ftpreply.benchmarks;

import io.github.ftpreply.FtpReply;
import io.github.ftpreply.FtpReplyCode;

/**
 * The {@code switch} a user would write by hand instead of the generated dispatcher: one case per code with a
 * method, then the category, then the catch-all. Same routing as {@code SessionHandlerDispatcher}.
 */
final class HandWrittenDispatcher {
    private final SessionHandler handler;

    HandWrittenDispatcher(SessionHandler handler) {
        this.handler = handler;
    }

    int dispatch(FtpReply reply) {
        return switch (reply.code()) {
            case 220 -> handler.ready(reply);
            case 331 -> handler.needMore(FtpReplyCode.USER_NAME_OK_NEED_PASSWORD);
            case 332 -> handler.needMore(FtpReplyCode.NEED_ACCOUNT_FOR_LOGIN);
            case 230 -> handler.loggedIn();
            case 227, 229 -> handler.passive(reply);
            case 125, 150 -> handler.transferStarting(reply.code());
            case 226 -> handler.transferComplete(reply);
            case 200 -> handler.done(FtpReplyCode.COMMAND_OK);
            case 250 -> handler.done(FtpReplyCode.FILE_ACTION_OK);
            case 257 -> handler.done(FtpReplyCode.PATHNAME_CREATED);
            case 211, 213, 215 -> handler.status(reply);
            case 421 -> handler.closing(reply);
            default ->
                switch (reply.category()) {
                    case TRANSIENT_NEGATIVE, PERMANENT_NEGATIVE -> handler.failed(reply);
                    default -> handler.other(reply.code());
                };
        };
    }
}

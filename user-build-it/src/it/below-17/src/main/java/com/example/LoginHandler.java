package com.example;

import io.github.ftpreply.*;

@FtpReplyHandler
class LoginHandler {
    @OnReply(230)
    void loggedIn() {
        System.out.println("in");
    }

    @OnCategory({ReplyCategory.TRANSIENT_NEGATIVE, ReplyCategory.PERMANENT_NEGATIVE})
    void failed(FtpReply reply) {
        System.out.println("failed: " + reply.text());
    }

    @OnAnyReply
    void other(int code) {
        System.out.println("other: " + code);
    }
}

package com.example;

import io.github.ftpreply.FtpReply;

/** Dispatches a reply as docs/getting-started.md shows. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        new LoginHandlerDispatcher(new LoginHandler()).dispatch(FtpReply.of(530, "Not logged in."));   // failed: ...
    }
}

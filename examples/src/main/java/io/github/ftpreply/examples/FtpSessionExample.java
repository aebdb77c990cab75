package io.github.ftpreply.examples;

import io.github.ftpreply.examples.client.CommonsNetSession;
import io.github.ftpreply.examples.extension.AcmeExample;
import io.github.ftpreply.examples.server.ExampleFtpServer;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The README's main command: starts an Apache FtpServer that replies with ftpreply's localized texts, runs a session
 * against it with Apache Commons Net, prints every reply as ftpreply sees it, and stops the server.
 */
public final class FtpSessionExample {

    private static final String USER = "demo";
    private static final String PASSWORD = "ftpreply";

    private FtpSessionExample() {}

    public static void main(String[] args) throws Exception {
        // The table holds German (and, after other LANG commands, any) text: write UTF-8, as RFC 2640 sends it.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        CommonsNetSession.Result session;
        int port;
        try (ExampleFtpServer server = ExampleFtpServer.start(USER, PASSWORD)) {
            port = server.port();
            session = CommonsNetSession.run(server.host(), port, USER, PASSWORD);
        }
        out.printf(
                "Apache FtpServer on %s:%d, replies from ftpreply's catalog; Apache Commons Net FTPClient,%n"
                        + "each reply parsed by ReplyParser and dispatched by the generated SessionHandlerDispatcher.%n%n",
                ExampleFtpServer.HOST, port);
        SessionTable.print(session.exchanges(), out);
        out.printf(
                "%n%d replies. Uploaded and downloaded %d bytes, identical: %b. Server stopped.%n",
                session.exchanges().size(),
                session.uploaded().length,
                Arrays.equals(session.uploaded(), session.downloaded()));
        out.printf("%nA catalog of your own (docs/extending.md): acme-replies.yaml adds code 242, rewords 530, adds"
                + " Korean%nand excludes 631..633; the generated AcmeReplyHandlerDispatcher routes by the merged"
                + " catalog:%n%n");
        System.setOut(out);
        AcmeExample.main(args);
        out.flush();
    }
}

package io.github.ftpreply.examples.client;

import io.github.ftpreply.FtpReply;
import io.github.ftpreply.LanguageNegotiator;
import io.github.ftpreply.ReplyParser;
import io.github.ftpreply.ReplyReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * An FTP control connection on a plain socket, read with ftpreply's {@link ReplyReader}: no FTP library involved.
 * Commands go out as UTF-8 lines; each reply, single- or multi-line, comes back as one {@link FtpReply}.
 *
 * <pre>{@code
 * try (RawFtpClient ftp = RawFtpClient.connect("127.0.0.1", port, Duration.ofSeconds(5))) {
 *     ftp.greeting();                      // FtpReply[220, "Service ready for new user."]
 *     ftp.send("FEAT");                    // FtpReply[211, "Extensions supported", " SIZE", ..., "End"]
 * }
 * }</pre>
 */
public final class RawFtpClient implements AutoCloseable {

    private final Socket socket;
    private final ReplyReader replies;
    private final OutputStream out;
    private final FtpReply greeting;

    private RawFtpClient(Socket socket) throws IOException {
        this.socket = socket;
        // One reader for the connection: it reads blocks from the buffered stream and never keeps a byte past a
        // reply; after a read that timed out, the next one goes on with the same reply.
        InputStream in = new BufferedInputStream(socket.getInputStream());
        this.replies = ReplyParser.lenient().newReader(in);
        this.out = socket.getOutputStream();
        this.greeting = replies.read();
    }

    /**
     * Connects and reads the server's greeting.
     *
     * @param host the server's address
     * @param port the server's port
     * @param timeout for connecting and for each read
     * @return the connected client
     * @throws IOException if connecting or reading the greeting fails or times out
     */
    public static RawFtpClient connect(String host, int port, Duration timeout) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            return new RawFtpClient(socket);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** The reply the server sent on connecting, usually 220. */
    public FtpReply greeting() {
        return greeting;
    }

    /**
     * Sends one command and reads its reply.
     *
     * @param commandLine the command and its argument, without line end, such as {@code LANG de}
     * @return the reply
     * @throws IOException if writing or reading fails, the reply is malformed, or the server closed the connection
     */
    public FtpReply send(String commandLine) throws IOException {
        if (commandLine.indexOf('\r') >= 0 || commandLine.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a command line holds no CR or LF: " + commandLine);
        }
        out.write((commandLine + "\r\n").getBytes(LanguageNegotiator.REPLY_CHARSET));
        out.flush();
        return replies.read();
    }

    /**
     * Reads one more reply, such as the 226 that follows a transfer's 150.
     *
     * @return the reply
     * @throws IOException if reading fails or the reply is malformed
     */
    public FtpReply readReply() throws IOException {
        return replies.read();
    }

    /** Closes the connection without {@code QUIT}. */
    @Override
    public void close() throws IOException {
        socket.close();
    }
}

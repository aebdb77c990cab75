package io.github.ftpreply.commonsnet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A fake FTP server on 127.0.0.1 that plays a script of raw byte answers: the first on connect (the greeting), then
 * one per command line it receives, whatever the command. After the last answer it closes the connection. Any list
 * of answers works, such as a real server's recorded transcript.
 */
final class ReplayServer implements AutoCloseable {

    private final ServerSocket socket;
    private final CompletableFuture<List<String>> received;

    private ReplayServer(ServerSocket socket, List<byte[]> answers) {
        this.socket = socket;
        this.received = CompletableFuture.supplyAsync(() -> play(answers));
    }

    /**
     * Starts serving one connection.
     *
     * @param answers the bytes to send: the greeting, then one answer per command
     */
    static ReplayServer start(List<byte[]> answers) throws IOException {
        return new ReplayServer(new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1")), List.copyOf(answers));
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The command lines the client sent, once the script has been played. */
    List<String> commands() throws Exception {
        return received.get(10, TimeUnit.SECONDS);
    }

    private List<String> play(List<byte[]> answers) {
        List<String> commands = new ArrayList<>();
        try (Socket client = socket.accept()) {
            client.setSoTimeout(10_000);
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = client.getOutputStream();
            for (int i = 0; i < answers.size(); i++) {
                if (i > 0) {
                    String command = in.readLine();
                    if (command == null) {
                        break;
                    }
                    commands.add(command);
                }
                out.write(answers.get(i));
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return commands;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

package io.github.ftpreply.examples.client;

import io.github.ftpreply.ReplyCategory;
import io.github.ftpreply.commonsnet.CommandReply;
import io.github.ftpreply.commonsnet.ReplyListener;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPClientConfig;
import org.apache.commons.net.ftp.FTPFile;

/**
 * A realistic FTP session with Apache Commons Net's {@link FTPClient}: a wrong then a right password, {@code FEAT},
 * {@code LANG de}, {@code PWD}, {@code MKD}, an upload, a listing, a download, {@code DELE} of a missing file and
 * {@code QUIT}. ftpreply-commons-net's {@link ReplyListener} hands every reply, parsed, to the generated
 * {@code SessionHandlerDispatcher}, and the session records an {@link Exchange} for each.
 */
public final class CommonsNetSession {

    /** The directory the session creates. */
    public static final String DIRECTORY = "reports";
    /** The file the session uploads, lists and downloads. */
    public static final String FILE = DIRECTORY + "/hello.txt";
    /** The file the session tries to delete, which does not exist. */
    public static final String MISSING_FILE = DIRECTORY + "/missing.txt";
    /** The language the session asks for. */
    public static final String LANGUAGE = "de";

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /**
     * What the session did.
     *
     * @param exchanges every reply, in order
     * @param handler the handler, with what it learnt
     * @param listing the names the listing showed
     * @param uploaded the bytes uploaded
     * @param downloaded the bytes downloaded
     */
    public record Result(
            List<Exchange> exchanges,
            SessionHandler handler,
            List<String> listing,
            byte[] uploaded,
            byte[] downloaded) {}

    private CommonsNetSession() {}

    /**
     * Runs the session.
     *
     * @param host the server's address
     * @param port the server's port
     * @param user a user that may write in its home directory
     * @param password the user's password
     * @return what happened
     * @throws IOException if the connection fails
     * @throws IllegalStateException if the server answers a step otherwise than a working server should
     */
    public static Result run(String host, int port, String user, String password) throws IOException {
        SessionHandler handler = new SessionHandler();
        SessionHandlerDispatcher dispatcher = new SessionHandlerDispatcher(handler);
        List<Exchange> exchanges = new ArrayList<>();
        FTPClient client = new FTPClient();
        client.setControlEncoding(StandardCharsets.UTF_8.name()); // RFC 2640: replies after LANG are UTF-8
        client.setConnectTimeout((int) TIMEOUT.toMillis());
        client.setDefaultTimeout((int) TIMEOUT.toMillis());
        client.setDataTimeout(TIMEOUT);
        client.configure(new FTPClientConfig(FTPClientConfig.SYST_UNIX)); // list without asking SYST first
        client.addProtocolCommandListener(ReplyListener.of(
                reply -> exchanges.add(exchange(reply, exchanges, dispatcher.dispatch(reply.reply())))));
        byte[] uploaded = "Hallo aus ftpreply!\n".getBytes(StandardCharsets.UTF_8);
        List<String> listing = new ArrayList<>();
        ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
        try {
            client.connect(host, port);
            client.setSoTimeout((int) TIMEOUT.toMillis());
            check(!client.login(user, password + "-wrong"), client, "a wrong password is refused");
            check(client.login(user, password), client, "the right password is accepted");
            check(client.features(), client, "FEAT");
            check(client.sendCommand("LANG", LANGUAGE) == 200, client, "LANG " + LANGUAGE);
            check(client.printWorkingDirectory() != null, client, "PWD");
            check(client.makeDirectory(DIRECTORY), client, "MKD");
            client.enterLocalPassiveMode();
            check(client.setFileType(FTP.BINARY_FILE_TYPE), client, "TYPE I");
            check(client.storeFile(FILE, new ByteArrayInputStream(uploaded)), client, "STOR");
            for (FTPFile file : client.listFiles(DIRECTORY)) {
                listing.add(file.getName());
            }
            check(client.retrieveFile(FILE, downloaded), client, "RETR");
            check(!client.deleteFile(MISSING_FILE), client, "DELE of a missing file fails");
            check(client.logout(), client, "QUIT");
        } finally {
            if (client.isConnected()) {
                client.disconnect();
            }
        }
        return new Result(List.copyOf(exchanges), handler, List.copyOf(listing), uploaded, downloaded.toByteArray());
    }

    /**
     * The table's row: the greeting's command shows as {@code (connect)}, and the second reply to one command (the
     * 226 after a 150) shows no command.
     */
    private static Exchange exchange(CommandReply reply, List<Exchange> before, String handlerMethod) {
        String command = reply.command().isEmpty() ? "(connect)" : reply.command();
        boolean secondReply = !before.isEmpty()
                && before.get(before.size() - 1).reply().category() == ReplyCategory.POSITIVE_PRELIMINARY;
        return new Exchange(secondReply ? "" : command, reply.reply(), handlerMethod);
    }

    private static void check(boolean expected, FTPClient client, String step) {
        if (!expected) {
            throw new IllegalStateException("unexpected reply to " + step + ": "
                    + client.getReplyString().strip());
        }
    }
}

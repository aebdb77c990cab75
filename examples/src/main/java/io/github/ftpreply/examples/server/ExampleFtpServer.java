package io.github.ftpreply.examples.server;

import io.github.ftpreply.FtpReplyMessages;
import io.github.ftpreply.LanguageNegotiator;
import io.github.ftpreply.ftpserver.FtpServerReplies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.ftpserver.ConnectionConfigFactory;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.listener.Listener;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/**
 * An embedded Apache FtpServer on 127.0.0.1 and a free port that replies in the ten languages of ftpreply's catalog:
 * installed by ftpreply-ftpserver's {@link FtpServerReplies}: texts from the catalog, {@code LANG} negotiated. One user, whose
 * home is a temporary directory; {@link #close()} stops the server and deletes the directory.
 *
 * <pre>{@code
 * try (ExampleFtpServer server = ExampleFtpServer.start("demo", "secret")) {
 *     ftpClient.connect(server.host(), server.port());
 * }
 * }</pre>
 */
public final class ExampleFtpServer implements AutoCloseable {

    /** The address the server listens on, for the control and the passive data connections. */
    public static final String HOST = "127.0.0.1";

    private static final String LISTENER = "default";

    /** The languages the server offers: every language of the bundles, English (the base bundle) first. */
    public static final LanguageNegotiator LANGUAGES = LanguageNegotiator.of(FtpReplyMessages.LOCALES);

    private final FtpServer server;
    private final Listener listener;
    private final Path home;

    private ExampleFtpServer(FtpServer server, Listener listener, Path home) {
        this.server = server;
        this.listener = listener;
        this.home = home;
    }

    /**
     * Starts a server with one user who may read and write in a new, empty home directory.
     *
     * @param user the user name
     * @param password the user's password
     * @return the running server
     * @throws IOException if the home directory cannot be created
     * @throws FtpException if the server does not start
     */
    public static ExampleFtpServer start(String user, String password) throws IOException, FtpException {
        return start(user, password, FtpServerReplies.canonical());
    }

    /**
     * Starts a server as {@link #start(String, String)} does, replying with the texts of {@code replies}, such as an
     * extension catalog's.
     *
     * @param user the user name
     * @param password the user's password
     * @param replies the reply texts and languages to install
     * @return the running server
     * @throws IOException if the home directory cannot be created
     * @throws FtpException if the server does not start
     */
    public static ExampleFtpServer start(String user, String password, FtpServerReplies replies)
            throws IOException, FtpException {
        Path home = Files.createTempDirectory("ftpreply-example-");
        try {
            FtpServerFactory factory = new FtpServerFactory();

            ListenerFactory listener = new ListenerFactory();
            listener.setServerAddress(HOST);
            listener.setPort(0); // any free port; the listener reports the one it bound
            listener.setIdleTimeout(30);
            DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
            data.setPassiveAddress(HOST);
            data.setActiveEnabled(false);
            listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
            factory.addListener(LISTENER, listener.createListener());

            ConnectionConfigFactory connections = new ConnectionConfigFactory();
            connections.setAnonymousLoginEnabled(false);
            factory.setConnectionConfig(connections.createConnectionConfig());

            replies.install(factory); // ftpreply-ftpserver: catalog texts, RFC 2640 LANG
            factory.setUserManager(userManager(user, password, home));

            FtpServer server = factory.createServer();
            server.start();
            return new ExampleFtpServer(server, factory.getListener(LISTENER), home);
        } catch (FtpException | RuntimeException e) {
            deleteTree(home);
            throw e;
        }
    }

    private static UserManager userManager(String name, String password, Path home) throws FtpException {
        PropertiesUserManagerFactory users = new PropertiesUserManagerFactory(); // no file: kept in memory
        users.setPasswordEncryptor(new ClearTextPasswordEncryptor());
        UserManager manager = users.createUserManager();
        BaseUser user = new BaseUser();
        user.setName(name);
        user.setPassword(password);
        user.setHomeDirectory(home.toString());
        user.setAuthorities(List.of(new WritePermission()));
        manager.save(user);
        return manager;
    }

    /** The address to connect to. */
    public String host() {
        return HOST;
    }

    /** The port the server listens on. */
    public int port() {
        return listener.getPort();
    }

    /** The user's home directory, the root {@code /} of the session. */
    public Path home() {
        return home;
    }

    /** Stops the server, closing every session, and deletes the home directory. */
    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            deleteTree(home);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}

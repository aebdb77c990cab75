package io.github.ftpreply.ftpserver;

import java.nio.file.Path;
import java.util.List;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/** An embedded FtpServer on 127.0.0.1 and a free port, set up by {@link FtpServerReplies}; user demo/secret. */
final class TestServer implements AutoCloseable {

    static final String USER = "demo";
    static final String PASSWORD = "secret";

    private final FtpServer server;
    private final int port;

    private TestServer(FtpServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static TestServer start(FtpServerReplies replies, Path home) throws Exception {
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress("127.0.0.1");
        listener.setPort(0);
        DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
        data.setPassiveAddress("127.0.0.1");
        data.setActiveEnabled(false);
        listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
        factory.addListener("default", listener.createListener());
        PropertiesUserManagerFactory users = new PropertiesUserManagerFactory();
        users.setPasswordEncryptor(new ClearTextPasswordEncryptor());
        UserManager manager = users.createUserManager();
        BaseUser user = new BaseUser();
        user.setName(USER);
        user.setPassword(PASSWORD);
        user.setHomeDirectory(home.toString());
        user.setAuthorities(List.of(new WritePermission()));
        manager.save(user);
        factory.setUserManager(manager);
        replies.install(factory);
        FtpServer server = factory.createServer();
        server.start();
        return new TestServer(server, factory.getListener("default").getPort());
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        server.stop();
    }
}

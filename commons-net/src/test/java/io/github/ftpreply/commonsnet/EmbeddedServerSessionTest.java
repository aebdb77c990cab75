package io.github.ftpreply.commonsnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ftpreply.FtpReply;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Commons Net session against an embedded Apache FtpServer: every reply reaches the listener, in order. */
class EmbeddedServerSessionTest {

    @TempDir
    Path home;

    @Test
    void everyReplyOfARealSessionReachesTheListenerWithItsCommand() throws Exception {
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress("127.0.0.1");
        listener.setPort(0);
        DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
        data.setPassiveAddress("127.0.0.1");
        listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
        factory.addListener("default", listener.createListener());
        factory.setUserManager(users());
        FtpServer server = factory.createServer();
        server.start();
        List<CommandReply> replies = new ArrayList<>();
        byte[] content = "caf\u00e9\n".getBytes(StandardCharsets.UTF_8);
        FTPClient client = new FTPClient();
        try {
            client.setControlEncoding("UTF-8");
            client.setDefaultTimeout(10_000);
            client.addProtocolCommandListener(ReplyListener.of(replies::add));
            client.connect("127.0.0.1", factory.getListener("default").getPort());
            assertFalse(client.login("demo", "wrong"));
            assertEquals(530, FtpReplies.last(client).code());
            assertTrue(client.login("demo", "secret"));
            assertTrue(client.features());
            assertTrue(client.makeDirectory("d\u00e9j\u00e0"));
            client.enterLocalPassiveMode();
            assertTrue(client.setFileType(FTP.BINARY_FILE_TYPE));
            assertTrue(client.storeFile("d\u00e9j\u00e0/f.txt", new ByteArrayInputStream(content)));
            ByteArrayOutputStream back = new ByteArrayOutputStream();
            assertTrue(client.retrieveFile("d\u00e9j\u00e0/f.txt", back));
            assertFalse(client.deleteFile("missing.txt"));
            assertTrue(client.logout());
        } finally {
            client.disconnect();
            server.stop();
        }

        List<String> expected = List.of(
                "|220",
                "USER demo|331",
                "PASS ******|530",
                "USER demo|331",
                "PASS ******|230",
                "FEAT|211",
                "MKD d\u00e9j\u00e0|257",
                "TYPE I|200",
                "PASV|227",
                "STOR d\u00e9j\u00e0/f.txt|150",
                "STOR d\u00e9j\u00e0/f.txt|226",
                "PASV|227",
                "RETR d\u00e9j\u00e0/f.txt|150",
                "RETR d\u00e9j\u00e0/f.txt|226",
                "DELE missing.txt|450",
                "QUIT|221");
        List<String> actual = new ArrayList<>();
        replies.forEach(r -> actual.add(r.command() + "|" + r.reply().code()));
        assertEquals(expected, actual);
        FtpReply mkd = replies.get(6).reply();
        assertEquals(List.of("\"/d\u00e9j\u00e0\" created."), mkd.lines());
        FtpReply feat = replies.get(5).reply();
        assertTrue(feat.isMultiLine());
        assertEquals("Extensions supported", feat.lines().get(0));
        assertTrue(feat.lines().contains(" UTF8"), feat.lines().toString());
        assertEquals("End", feat.lines().get(feat.lines().size() - 1));
    }

    private UserManager users() throws Exception {
        PropertiesUserManagerFactory users = new PropertiesUserManagerFactory();
        users.setPasswordEncryptor(new ClearTextPasswordEncryptor());
        UserManager manager = users.createUserManager();
        BaseUser user = new BaseUser();
        user.setName("demo");
        user.setPassword("secret");
        user.setHomeDirectory(home.toString());
        user.setAuthorities(List.of(new WritePermission()));
        manager.save(user);
        return manager;
    }
}

package io.github.ftpreply.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ftpreply.examples.client.RawFtpClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The server leaves nothing behind: no thread, no open port, no directory. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ExampleFtpServerTest {

    @Test
    void closeStopsEveryThreadFreesThePortAndDeletesTheHome() throws Exception {
        Set<Thread> before = liveThreads();
        int port;
        Path home;
        try (ExampleFtpServer server = ExampleFtpServer.start("demo", "secret")) {
            port = server.port();
            home = server.home();
            assertTrue(port > 0);
            assertTrue(Files.isDirectory(home));
            try (RawFtpClient ftp = RawFtpClient.connect(server.host(), port, Duration.ofSeconds(10))) {
                assertEquals(220, ftp.greeting().code());
                assertEquals(331, ftp.send("USER demo").code());
                assertEquals(230, ftp.send("PASS secret").code());
            }
        }
        assertFalse(Files.exists(home), home.toString());
        assertThrows(
                IOException.class,
                () -> RawFtpClient.connect(ExampleFtpServer.HOST, port, Duration.ofSeconds(2))
                        .close());

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Set<Thread> left = leftOver(before);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            left = leftOver(before);
        }
        assertEquals(Set.of(), left.stream().map(Thread::getName).collect(Collectors.toSet()));
    }

    private static Set<Thread> leftOver(Set<Thread> before) {
        Set<Thread> now = liveThreads();
        now.removeAll(before);
        return now;
    }

    private static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }
}

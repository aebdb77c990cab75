package io.github.ftpreply.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ftpreply.FtpReply;
import io.github.ftpreply.FtpReplyCode;
import io.github.ftpreply.FtpReplyMessages;
import io.github.ftpreply.examples.client.CommonsNetSession;
import io.github.ftpreply.examples.client.Exchange;
import io.github.ftpreply.examples.server.ExampleFtpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The README's session, end to end: Apache FtpServer with ftpreply's texts, Apache Commons Net as the client. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FtpSessionEndToEndTest {

    private static final Locale GERMAN = Locale.forLanguageTag("de");

    private static CommonsNetSession.Result session;
    private static Path home;

    @BeforeAll
    static void runSession() throws Exception {
        try (ExampleFtpServer server = ExampleFtpServer.start("demo", "secret")) {
            home = server.home();
            session = CommonsNetSession.run(server.host(), server.port(), "demo", "secret");
        }
    }

    @Test
    void everyReplyReachesTheExpectedHandlerMethod() {
        List<String> expected = List.of(
                "220 serviceReady",
                "331 passwordRequired",
                "530 notLoggedIn",
                "331 passwordRequired",
                "230 loggedIn",
                "211 features",
                "200 completed",
                "257 pathname",
                "257 pathname",
                "200 completed",
                "227 passiveMode",
                "150 transferStarting",
                "226 transferComplete",
                "227 passiveMode",
                "150 transferStarting",
                "226 transferComplete",
                "227 passiveMode",
                "150 transferStarting",
                "226 transferComplete",
                "450 refused",
                "221 closing");
        assertEquals(
                expected,
                session.exchanges().stream()
                        .map(exchange -> exchange.reply().code() + " " + exchange.handlerMethod())
                        .toList());
    }

    @Test
    void theCommandsAreTheSessionsInOrder() {
        assertEquals(
                List.of(
                        "(connect)",
                        "USER demo",
                        "PASS ******",
                        "USER demo",
                        "PASS ******",
                        "FEAT",
                        "LANG de",
                        "PWD",
                        "MKD reports",
                        "TYPE I",
                        "PASV",
                        "STOR reports/hello.txt",
                        "PASV",
                        "LIST reports",
                        "PASV",
                        "RETR reports/hello.txt",
                        "DELE reports/missing.txt",
                        "QUIT"),
                session.exchanges().stream()
                        .map(Exchange::command)
                        .filter(command -> !command.isEmpty())
                        .toList());
    }

    @Test
    void beforeLangTheServerAnswersInEnglish() {
        List<Exchange> exchanges = session.exchanges();
        for (Exchange exchange : exchanges.subList(0, 5)) {
            FtpReplyCode code = exchange.reply().knownCode().orElseThrow();
            // The failed PASS gets 530's variant for a failed login, the others their code's main text.
            assertEquals(
                    code == FtpReplyCode.NOT_LOGGED_IN
                            ? FtpReplyMessages.notLoggedInPass(Locale.ENGLISH)
                            : FtpReplyMessages.text(code, Locale.ENGLISH),
                    exchange.reply().text(),
                    exchange.command());
        }
    }

    @Test
    void afterLangDeTheServerAnswersInTheCatalogsGerman() {
        List<FtpReply> replies =
                session.exchanges().stream().map(Exchange::reply).toList();
        assertEquals(
                FtpReplyMessages.text(FtpReplyCode.COMMAND_OK, GERMAN),
                replies.get(6).text());
        assertEquals(
                FtpReplyMessages.pathnameCreatedPwd(GERMAN, "/"), replies.get(7).text());
        assertEquals(
                FtpReplyMessages.pathnameCreatedMkd(GERMAN, "/reports"),
                replies.get(8).text());
        assertEquals(
                FtpReplyMessages.text(FtpReplyCode.COMMAND_OK, GERMAN),
                replies.get(9).text());
        for (int transfer = 0; transfer < 3; transfer++) {
            int first = 10 + 3 * transfer;
            assertPassiveModeInGerman(replies.get(first));
            assertEquals(
                    FtpReplyMessages.text(FtpReplyCode.FILE_STATUS_OK, GERMAN),
                    replies.get(first + 1).text());
            assertEquals(
                    FtpReplyMessages.text(FtpReplyCode.CLOSING_DATA_CONNECTION, GERMAN),
                    replies.get(first + 2).text());
        }
        assertEquals(
                FtpReplyMessages.text(FtpReplyCode.FILE_ACTION_NOT_TAKEN, GERMAN),
                replies.get(19).text());
        assertEquals(
                FtpReplyMessages.text(FtpReplyCode.SERVICE_CLOSING_CONTROL_CONNECTION, GERMAN),
                replies.get(20).text());
    }

    /** The wording is the catalog's; the numbers are the server's passive address, 127.0.0.1 and a port. */
    private static void assertPassiveModeInGerman(FtpReply reply) {
        Matcher numbers =
                Pattern.compile("(\\d+),(\\d+),(\\d+),(\\d+),(\\d+),(\\d+)").matcher(reply.text());
        assertTrue(numbers.find(), reply.text());
        int p1 = Integer.parseInt(numbers.group(5));
        int p2 = Integer.parseInt(numbers.group(6));
        assertEquals(FtpReplyMessages.enteringPassiveMode(GERMAN, 127, 0, 0, 1, p1, p2), reply.text());
    }

    @Test
    void featAdvertisesTheLanguagesAsLanguageNegotiatorWritesThem() {
        assertTrue(
                session.handler().features().contains(ExampleFtpServer.LANGUAGES.featLine(Locale.ENGLISH)),
                session.handler().features().toString());
        assertEquals(
                "LANG en*;de;fr;es;it;pt-BR;ja;zh-CN;zh-TW;ru", ExampleFtpServer.LANGUAGES.featLine(Locale.ENGLISH));
    }

    @Test
    void theTransfersWorked() {
        assertEquals(List.of("hello.txt"), session.listing());
        assertArrayEquals(session.uploaded(), session.downloaded());
        assertEquals("/reports", session.handler().pathname().orElseThrow());
        assertFalse(session.handler().isLoggedIn());
        assertEquals(450, session.handler().lastRefusal().orElseThrow().code());
        assertEquals(List.of(), session.handler().unexpectedCodes());
    }

    @Test
    void closingTheServerDeletesTheHomeDirectory() {
        assertFalse(Files.exists(home), home.toString());
    }
}

package io.github.ftpreply.ftpserver;

import static io.github.ftpreply.FtpReplyCode.CLOSING_DATA_CONNECTION;
import static io.github.ftpreply.FtpReplyCode.COMMAND_NOT_IMPLEMENTED;
import static io.github.ftpreply.FtpReplyCode.COMMAND_OK;
import static io.github.ftpreply.FtpReplyCode.FILE_ACTION_NOT_TAKEN;
import static io.github.ftpreply.FtpReplyCode.FILE_ACTION_OK;
import static io.github.ftpreply.FtpReplyCode.FILE_ACTION_PENDING;
import static io.github.ftpreply.FtpReplyCode.FILE_STATUS_OK;
import static io.github.ftpreply.FtpReplyCode.NOT_LOGGED_IN;
import static io.github.ftpreply.FtpReplyCode.SERVICE_CLOSING_CONTROL_CONNECTION;
import static io.github.ftpreply.FtpReplyCode.SERVICE_READY;
import static io.github.ftpreply.FtpReplyCode.USER_LOGGED_IN;
import static io.github.ftpreply.FtpReplyCode.USER_NAME_OK_NEED_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ftpreply.FtpReply;
import io.github.ftpreply.FtpReplyCode;
import io.github.ftpreply.FtpReplyMessages;
import io.github.ftpreply.LanguageNegotiator;
import io.github.ftpreply.ReplyParser;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A full session on a plain socket: every reply carries the catalog's text in the negotiated language. */
class RawSessionTest {

    private static final ReplyParser PARSER = ReplyParser.lenient().withCharset(StandardCharsets.UTF_8);
    private static final Pattern PASSIVE = Pattern.compile("(\\d+),(\\d+),(\\d+),(\\d+),(\\d+),(\\d+)");
    private static final Pattern EXTENDED = Pattern.compile("\\|\\|\\|(\\d+)\\|");

    @TempDir
    Path home;

    private InputStream in;
    private OutputStream out;

    @ParameterizedTest
    @CsvSource({"de-AT, de", "ja-JP, ja", "pt-br, pt-BR"})
    void everyReplyOfASessionIsInTheNegotiatedLanguage(String asked, String tag) throws Exception {
        Locale en = Locale.ENGLISH;
        Locale locale = Locale.forLanguageTag(tag);
        try (TestServer server = TestServer.start(FtpServerReplies.canonical(), home);
                Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
            assertEquals(text(SERVICE_READY, en), PARSER.read(in));
            // FtpServer takes LANG only after login: the login is in English.
            expect("USER demo", text(USER_NAME_OK_NEED_PASSWORD, en));
            expect("PASS wrong", FtpReply.of(530, FtpReplyMessages.notLoggedInPass(en)));
            expect("USER demo", text(USER_NAME_OK_NEED_PASSWORD, en));
            expect("PASS secret", text(USER_LOGGED_IN, en));
            expect("LANG " + asked, text(COMMAND_OK, locale));
            expect("SITE WHO", text(NOT_LOGGED_IN, locale)); // for administrators only
            FtpReply features = send("FEAT");
            assertEquals(211, features.code());
            assertTrue(
                    features.lines()
                            .contains(" "
                                    + LanguageNegotiator.of(FtpReplyMessages.LOCALES)
                                            .featLine(locale)),
                    features.lines().toString());
            expect("PWD", FtpReply.of(257, FtpReplyMessages.pathnameCreatedPwd(locale, "/")));
            expect("MKD d", FtpReply.of(257, FtpReplyMessages.pathnameCreatedMkd(locale, "/d")));
            expect("CWD d", text(FILE_ACTION_OK, locale));

            int port = extendedPassivePort(locale);
            expect("STOR f.txt", text(FILE_STATUS_OK, locale));
            try (Socket data = new Socket("127.0.0.1", port)) {
                data.getOutputStream().write("hello".getBytes(StandardCharsets.US_ASCII));
            }
            assertEquals(text(CLOSING_DATA_CONNECTION, locale), PARSER.read(in));

            port = passivePort(locale);
            expect("LIST", text(FILE_STATUS_OK, locale));
            String listing;
            try (Socket data = new Socket("127.0.0.1", port)) {
                listing = new String(data.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(listing.contains("f.txt"), listing);
            assertEquals(text(CLOSING_DATA_CONNECTION, locale), PARSER.read(in));

            port = extendedPassivePort(locale);
            expect("RETR f.txt", text(FILE_STATUS_OK, locale));
            try (Socket data = new Socket("127.0.0.1", port)) {
                assertEquals("hello", new String(data.getInputStream().readAllBytes(), StandardCharsets.US_ASCII));
            }
            assertEquals(text(CLOSING_DATA_CONNECTION, locale), PARSER.read(in));

            expect("SIZE f.txt", FtpReply.of(213, "5")); // data for the client: FtpServer's own text
            FtpReply mdtm = send("MDTM f.txt");
            assertTrue(mdtm.code() == 213 && mdtm.text().matches("\\d{14}(\\.\\d+)?"), mdtm.toString());
            expect("DELE missing.txt", text(FILE_ACTION_NOT_TAKEN, locale));
            expect("RNFR f.txt", text(FILE_ACTION_PENDING, locale));
            expect("RNTO g.txt", text(FILE_ACTION_OK, locale));
            expect("XYZZ", text(COMMAND_NOT_IMPLEMENTED, locale));
            expect("LANG", text(COMMAND_OK, en)); // LANG alone: back to the default, English
            expect("QUIT", text(SERVICE_CLOSING_CONTROL_CONNECTION, en));
        }
    }

    private int passivePort(Locale locale) throws Exception {
        FtpReply reply = send("PASV");
        Matcher numbers = PASSIVE.matcher(reply.text());
        assertTrue(numbers.find(), reply.toString());
        int[] n = new int[6];
        for (int i = 0; i < 6; i++) {
            n[i] = Integer.parseInt(numbers.group(i + 1));
        }
        assertEquals(
                FtpReply.of(227, FtpReplyMessages.enteringPassiveMode(locale, n[0], n[1], n[2], n[3], n[4], n[5])),
                reply);
        assertEquals("127,0,0,1", n[0] + "," + n[1] + "," + n[2] + "," + n[3]);
        return n[4] * 256 + n[5];
    }

    private int extendedPassivePort(Locale locale) throws Exception {
        FtpReply reply = send("EPSV");
        Matcher port = EXTENDED.matcher(reply.text());
        assertTrue(port.find(), reply.toString());
        int number = Integer.parseInt(port.group(1));
        assertEquals(FtpReply.of(229, FtpReplyMessages.enteringExtendedPassiveMode(locale, number)), reply);
        return number;
    }

    private void expect(String command, FtpReply expected) throws Exception {
        assertEquals(expected, send(command), command);
    }

    private FtpReply send(String command) throws Exception {
        out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return PARSER.read(in);
    }

    private static FtpReply text(FtpReplyCode code, Locale locale) {
        return FtpReply.of(code.code(), FtpReplyMessages.text(code, locale));
    }
}

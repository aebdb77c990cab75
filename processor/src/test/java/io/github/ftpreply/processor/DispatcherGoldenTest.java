package io.github.ftpreply.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated dispatchers, byte for byte, for two handlers over the test catalog. The golden files were read
 * and checked by hand: each case, the category switch, the fallbacks, the throws clause and the Javadoc.
 * Regenerate a golden file after an intended change with {@code -Dftpreply.updateGolden=true}, and read the diff.
 */
class DispatcherGoldenTest {

    static final JavaFileObject LOGIN_HANDLER = Compilations.source("LoginHandler", """
            package test;

            import io.github.ftpreply.FtpReply;
            import io.github.ftpreply.FtpReplyCode;
            import io.github.ftpreply.FtpReplyHandler;
            import io.github.ftpreply.OnAnyReply;
            import io.github.ftpreply.OnCategory;
            import io.github.ftpreply.OnReply;
            import io.github.ftpreply.ReplyCategory;
            import java.io.IOException;
            import java.util.concurrent.TimeoutException;

            @FtpReplyHandler
            public class LoginHandler {
                @OnReply(230)
                String loggedIn(FtpReplyCode code) {
                    return "loggedIn " + code;
                }

                @OnReply({331, 220})
                String ready() {
                    return "ready";
                }

                @OnCategory({ReplyCategory.PERMANENT_NEGATIVE, ReplyCategory.TRANSIENT_NEGATIVE})
                String failed(FtpReply reply) throws IOException {
                    return "failed " + reply.code();
                }

                @OnAnyReply
                String other(int code) throws TimeoutException {
                    return "other " + code;
                }
            }
            """);

    static final JavaFileObject TRANSFER_LISTENER = Compilations.source("Session", """
            package test;

            import io.github.ftpreply.FtpReply;
            import io.github.ftpreply.FtpReplyHandler;
            import io.github.ftpreply.OnCategory;
            import io.github.ftpreply.OnReply;
            import io.github.ftpreply.ReplyCategory;

            class Session {
                @FtpReplyHandler(missing = FtpReplyHandler.MissingCodeSeverity.WARNING)
                static class TransferListener {
                    @OnReply({150, 550, 220})
                    void transfer(FtpReply reply) {}

                    @OnCategory(ReplyCategory.POSITIVE_COMPLETION)
                    void done() {}
                }
            }
            """);

    /** {@link #TRANSFER_LISTENER} with every test-catalog code handled, so that it compiles without a warning. */
    static final JavaFileObject TRANSFER_LISTENER_WITHOUT_WARNING = Compilations.source("Session", """
            package test;

            import io.github.ftpreply.FtpReply;
            import io.github.ftpreply.FtpReplyHandler;
            import io.github.ftpreply.OnCategory;
            import io.github.ftpreply.OnReply;
            import io.github.ftpreply.ReplyCategory;

            class Session {
                @FtpReplyHandler
                static class TransferListener {
                    @OnReply({150, 550, 331, 421, 530})
                    void transfer(FtpReply reply) {}

                    @OnCategory(ReplyCategory.POSITIVE_COMPLETION)
                    void done() {}
                }
            }
            """);

    @Test
    void dispatcherWithReturnTypeCategoriesCatchAllAndCheckedExceptions() throws IOException {
        Compilation compilation = Compilations.compile(LOGIN_HANDLER);
        assertThat(compilation).succeededWithoutWarnings();
        assertGolden(compilation, "test.LoginHandlerDispatcher", "LoginHandlerDispatcher.java");
    }

    @Test
    void voidDispatcherOfANestedHandlerThatThrowsForUnhandledCodes() throws IOException {
        Compilation compilation = Compilations.compile(TRANSFER_LISTENER);
        assertThat(compilation).succeeded();
        assertGolden(compilation, "test.Session_TransferListenerDispatcher", "Session_TransferListenerDispatcher.java");
    }

    static void assertGolden(Compilation compilation, String generated, String golden) throws IOException {
        String actual = Compilations.generatedSource(compilation, generated);
        if (Boolean.getBoolean("ftpreply.updateGolden")) {
            Path target = Path.of("src/test/resources/io/github/ftpreply/processor/golden", golden);
            Files.writeString(target, actual, StandardCharsets.UTF_8);
        }
        String expected;
        try (InputStream in = DispatcherGoldenTest.class.getResourceAsStream("golden/" + golden)) {
            expected = in == null
                    ? "<missing golden file " + golden + ">"
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual, "generated " + generated);
    }
}

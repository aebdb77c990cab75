package io.github.ftpreply.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A handler that forgets catalog codes does not compile, and the error says which and how to fix it. */
class ExhaustivenessTest {

    private static JavaFileObject loginHandler(String annotation, String members) {
        return Compilations.source("LoginHandler", """
                package test;

                import io.github.ftpreply.*;
                import io.github.ftpreply.FtpReplyHandler.*;

                """ + annotation + "\nclass LoginHandler {\n" + members + "}\n");
    }

    private static final String SOME = """
                @OnReply(230) void loggedIn() {}
                @OnReply({331, 530}) void login(FtpReplyCode code) {}
            """;

    // javac indents every line after the first of a diagnostic by two spaces: the messages below are as users see them.

    @Test
    void missingCodesAreListedByCategoryWithTheFix() {
        JavaFileObject source = loginHandler("@FtpReplyHandler", SOME);
        Compilation compilation = Compilations.compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[handler-missing-codes]")
                .inFile(source)
                .onLineContaining("@FtpReplyHandler");
        assertThat(compilation.errors().get(0).getMessage(null)).isEqualTo("""
                [handler-missing-codes] LoginHandler does not handle 5 catalog reply codes:
                    POSITIVE_PRELIMINARY (1xx): 150 FILE_STATUS_OK
                    POSITIVE_COMPLETION (2xx): 200 COMMAND_OK, 220 SERVICE_READY
                    TRANSIENT_NEGATIVE (4xx): 421 SERVICE_NOT_AVAILABLE
                    PERMANENT_NEGATIVE (5xx): 550 FILE_UNAVAILABLE
                  Add @OnReply({150, 200, 220, 421, 550}) to methods of LoginHandler, handle their categories with\
                 @OnCategory({POSITIVE_PRELIMINARY, POSITIVE_COMPLETION, TRANSIENT_NEGATIVE, PERMANENT_NEGATIVE}),\
                 or add an @OnAnyReply method.""");
    }

    @Test
    void addingTheMissingMethodsMakesItCompile() {
        Compilation compilation = Compilations.compile(loginHandler("@FtpReplyHandler", SOME + """
                    @OnReply({150, 200, 220}) void progress() {}
                    @OnCategory({ReplyCategory.TRANSIENT_NEGATIVE, ReplyCategory.PERMANENT_NEGATIVE}) void failed() {}
                """));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.LoginHandlerDispatcher");
    }

    @Test
    void everyCodeOnTheAnnotationIgnoresCategoryAndCatchAllMethods() {
        JavaFileObject source =
                loginHandler("@FtpReplyHandler(exhaustiveness = Exhaustiveness.EVERY_CODE)", SOME + """
                    @OnCategory(ReplyCategory.PERMANENT_NEGATIVE) void failed() {}
                    @OnAnyReply void other() {}
                """);
        Compilation compilation = Compilations.compile(source);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation.errors().get(0).getMessage(null)).isEqualTo("""
                [handler-missing-codes] LoginHandler does not handle 5 catalog reply codes with a method of its own\
                 (exhaustiveness EVERY_CODE: @OnCategory and @OnAnyReply methods do not count):
                    POSITIVE_PRELIMINARY (1xx): 150 FILE_STATUS_OK
                    POSITIVE_COMPLETION (2xx): 200 COMMAND_OK, 220 SERVICE_READY
                    TRANSIENT_NEGATIVE (4xx): 421 SERVICE_NOT_AVAILABLE
                    PERMANENT_NEGATIVE (5xx): 550 FILE_UNAVAILABLE
                  Add @OnReply({150, 200, 220, 421, 550}) to methods of LoginHandler, or set exhaustiveness =\
                 CATEGORIES_COUNT to let category and catch-all methods count.""");
    }

    @Test
    void everyCodeFromTheOption() {
        Compilation compilation = Compilations.compile(
                List.of("-Aftpreply.exhaustiveness=every-code"),
                loginHandler("@FtpReplyHandler", SOME + "    @OnAnyReply void other() {}\n"));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[handler-missing-codes] LoginHandler does not handle 5 catalog"
                        + " reply codes with a method of its own");
    }

    @Test
    void annotationWinsOverTheOption() {
        Compilation compilation = Compilations.compile(
                List.of("-Aftpreply.exhaustiveness=every-code", "-Aftpreply.missingCodes=warning"),
                loginHandler(
                        "@FtpReplyHandler(exhaustiveness = Exhaustiveness.CATEGORIES_COUNT,"
                                + " missing = MissingCodeSeverity.ERROR)",
                        SOME));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[handler-missing-codes] LoginHandler does not handle 5 catalog" + " reply codes:");
    }

    @Test
    void warningSeverityStillGeneratesTheDispatcher() {
        JavaFileObject source = loginHandler("@FtpReplyHandler(missing = MissingCodeSeverity.WARNING)", SOME);
        Compilation compilation = Compilations.compile(source);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation)
                .hadWarningContaining("[handler-missing-codes] LoginHandler does not handle 5")
                .inFile(source)
                .onLineContaining("@FtpReplyHandler");
        assertThat(compilation.warnings().get(0).getMessage(null))
                .endsWith("Until then, dispatch throws UnhandledReplyException for these codes.");
        assertThat(compilation).generatedSourceFile("test.LoginHandlerDispatcher");
    }

    @Test
    void warningSeverityFromTheOption() {
        Compilation compilation = Compilations.compile(
                List.of("-Aftpreply.missingCodes=warning"), loginHandler("@FtpReplyHandler", SOME));
        assertThat(compilation).succeeded();
        assertThat(compilation.diagnostics().stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
                        .map(d -> d.getMessage(null))
                        .filter(m -> m.startsWith("[handler-missing-codes]"))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void oneMissingCodeIsWrittenInTheSingular() {
        Compilation compilation = Compilations.compile(loginHandler("@FtpReplyHandler", """
                    @OnReply({150, 200, 220, 230, 331, 421, 530}) void all() {}
                """));
        assertThat(compilation)
                .hadErrorContaining("LoginHandler does not handle 1 catalog reply code:\n"
                        + "    PERMANENT_NEGATIVE (5xx): 550 FILE_UNAVAILABLE\n"
                        + "  Add @OnReply(550) to methods of LoginHandler, handle their categories with"
                        + " @OnCategory(PERMANENT_NEGATIVE), or add an @OnAnyReply method.");
    }
}

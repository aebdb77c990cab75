package io.github.ftpreply.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.github.ftpreply.catalog.Catalog;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic id, each pinned to the line it must point at. Over the test catalog: 150 200 220 230 331 421
 * 530 550, socket error 10054.
 */
class DiagnosticsTest {
    private static final JavaFileObject FIRST = Compilations.source("First", """
            package test;
            import io.github.ftpreply.*;
            @FtpReplyHandler class First { @OnAnyReply void any() {} }
            """);

    @Test
    void belowJava17TheProcessorReportsTheSourceLevelOnceAndGeneratesNothing() {
        JavaFileObject second = Compilations.source("Second", """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyHandler class Second { @OnAnyReply void any() {} }
                """);
        ProcessorHygieneTest.Recording recording =
                new ProcessorHygieneTest.Recording(new FtpReplyProcessor(() -> Compilations.TEST_CATALOG));
        Compilation compilation = Compiler.javac()
                .withProcessors(recording)
                .withOptions("--release", "11", "-Xlint:processing")
                .compile(FIRST, second, Compilations.testCatalogReplyCodes());
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadWarningCount(0); // the annotations are claimed all the same
        assertThat(compilation)
                .hadErrorContaining("[handler-source-level] this compilation's source level is Java 11, but"
                        + " ftpreply's generated code needs Java 17 or newer; compile with --release 17"
                        + " (Maven: <release>17</release>")
                .inFile(FIRST)
                .onLineContaining("@FtpReplyHandler class First");
        assertThat(recording.sourceFiles).isEmpty();
    }

    private static final String IMPORTS = """
            package test;

            import io.github.ftpreply.*;
            import java.util.List;

            """;

    /** A handler body with every catalog code covered, plus the lines under test. */
    private static JavaFileObject handler(String name, String members) {
        return Compilations.source(
                name,
                IMPORTS + "@FtpReplyHandler\nclass " + name + " {\n" + "    @OnAnyReply void rest() {}\n" + members
                        + "}\n");
    }

    @Nested
    class RoutingAnnotations {
        @Test
        void unknownCodeNamesTheNearestCatalogCodesOfItsCategory() {
            // 331 is nearer to 299 than 200 is, but a 2xx typo is more likely another 2xx code.
            JavaFileObject source = handler("Unknown", "    @OnReply({230, 299}) void odd() {}\n");
            Compilation compilation = Compilations.compile(source);
            assertThat(compilation).hadErrorCount(1);
            assertThat(compilation)
                    .hadErrorContaining("[handler-unknown-code] 299 is not a reply code of the catalog;"
                            + " the nearest are 200 COMMAND_OK, 220 SERVICE_READY, 230 USER_LOGGED_IN. Correct it, or"
                            + " handle codes outside the catalog with @OnCategory(POSITIVE_COMPLETION) or @OnAnyReply")
                    .inFile(source)
                    .onLineContaining("@OnReply({230, 299})");
        }

        @Test
        void unknownCodeFillsUpWithOtherCategoriesWhenItsOwnHasTooFew() {
            // The test catalog's 5xx are 530 and 550; the third suggestion is the nearest code of any category.
            JavaFileObject source = handler("Vendor", "    @OnReply(599) void vendor() {}\n");
            Compilation compilation = Compilations.compile(source);
            assertThat(compilation).hadErrorCount(1);
            assertThat(compilation)
                    .hadErrorContaining("[handler-unknown-code] 599 is not a reply code of the catalog;"
                            + " the nearest are 530 NOT_LOGGED_IN, 550 FILE_UNAVAILABLE, 421 SERVICE_NOT_AVAILABLE.")
                    .inFile(source)
                    .onLineContaining("@OnReply(599)");
        }

        @Test
        void codeOutsideTheReplyRangeIsUnknown() {
            JavaFileObject source = handler("OutOfRange", "    @OnReply(1000) void odd() {}\n");
            Compilation compilation = Compilations.compile(source);
            assertThat(compilation)
                    .hadErrorContaining("[handler-unknown-code] 1000 is not a reply code of the"
                            + " catalog (reply codes are 100..699); the nearest are 421 SERVICE_NOT_AVAILABLE,"
                            + " 530 NOT_LOGGED_IN, 550 FILE_UNAVAILABLE.")
                    .inFile(source)
                    .onLineContaining("@OnReply(1000)");
        }

        @Test
        void socketErrorIsNotAReply() {
            JavaFileObject source = handler("Socket", "    @OnReply(10054) void reset() {}\n");
            Compilation compilation = Compilations.compile(source);
            assertThat(compilation).hadErrorCount(1);
            assertThat(compilation)
                    .hadErrorContaining("[handler-socket-error-code] 10054 (WSA_CONNECTION_RESET) is a"
                            + " Windows Sockets error, not an FTP reply")
                    .inFile(source)
                    .onLineContaining("@OnReply(10054)");
        }

        @Test
        void emptyOnReplyAndOnCategory() {
            JavaFileObject source = handler("Empty", """
                        @OnReply({}) void nothing() {}
                        @OnCategory({}) void none() {}
                    """);
            Compilation compilation = Compilations.compile(source);
            assertThat(compilation).hadErrorCount(2);
            assertThat(compilation)
                    .hadErrorContaining("[handler-empty-route] @OnReply on nothing lists nothing")
                    .inFile(source)
                    .onLineContaining("@OnReply({})");
            assertThat(compilation)
                    .hadErrorContaining("[handler-empty-route] @OnCategory on none lists nothing")
                    .inFile(source)
                    .onLineContaining("@OnCategory({})");
        }

        @Test
        void codeHandledByTwoMethodsOrListedTwice() {
            JavaFileObject source = handler("Twice", """
                        @OnReply(530) void first() {}
                        @OnReply({550, 530}) void second() {}
                        @OnReply({421, 421}) void third() {}
                    """);
            Compilation compilation = Compilations.compile(source);
            assertThat(compilation).hadErrorCount(2);
            assertThat(compilation)
                    .hadErrorContaining("[handler-duplicate-code] 530 is already handled by first;")
                    .inFile(source)
                    .onLineContaining("@OnReply({550, 530})");
            assertThat(compilation)
                    .hadErrorContaining("[handler-duplicate-code] 421 is already handled by third (it is listed twice)")
                    .inFile(source)
                    .onLineContaining("@OnReply({421, 421})");
        }

        @Test
        void categoryHandledByTwoMethods() {
            JavaFileObject source = handler("TwiceCategory", """
                        @OnCategory(ReplyCategory.PERMANENT_NEGATIVE) void first() {}
                        @OnCategory({ReplyCategory.TRANSIENT_NEGATIVE, ReplyCategory.PERMANENT_NEGATIVE})
                        void second() {}
                    """);
            Compilation compilation = Compilations.compile(source);
            assertThat(compilation).hadErrorCount(1);
            assertThat(compilation)
                    .hadErrorContaining("[handler-duplicate-category] PERMANENT_NEGATIVE is already handled by first;")
                    .inFile(source)
                    .onLineContaining("ReplyCategory.TRANSIENT_NEGATIVE, ReplyCategory.PERMANENT");
        }

        @Test
        void twoCatchAllMethods() {
            JavaFileObject source = handler("TwoCatchAll", "    @OnAnyReply void another() {}\n");
            Compilation compilation = Compilations.compile(source);
            assertThat(compilation).hadErrorCount(1);
            assertThat(compilation)
                    .hadErrorContaining("[handler-duplicate-catch-all] @OnAnyReply is already on rest;")
                    .inFile(source)
                    .onLineContaining("void another()");
        }

        @Test
        void routingAnnotationOutsideAHandler() {
            JavaFileObject source = Compilations.source("Plain", IMPORTS + """
                    class Plain {
                        @OnReply(230) void loggedIn() {}
                        @OnAnyReply void any() {}
                    }
                    """);
            Compilation compilation = Compilations.compile(source);
            assertThat(compilation).hadErrorCount(2);
            assertThat(compilation)
                    .hadErrorContaining("[handler-outside-handler] @OnReply on loggedIn has no effect:"
                            + " Plain is not annotated @FtpReplyHandler")
                    .inFile(source)
                    .onLineContaining("@OnReply(230)");
            assertThat(compilation)
                    .hadErrorContaining("[handler-outside-handler] @OnAnyReply on any")
                    .inFile(source)
                    .onLineContaining("@OnAnyReply void any()");
        }
    }

    @Nested
    class Methods {
        @Test
        void privateMethod() {
            JavaFileObject source = handler("Private", "    @OnReply(230) private void loggedIn() {}\n");
            assertThat(Compilations.compile(source))
                    .hadErrorContaining("[handler-method-private] loggedIn is" + " private")
                    .inFile(source)
                    .onLineContaining("private void loggedIn()");
        }

        @Test
        void staticMethod() {
            JavaFileObject source = handler("Static", "    @OnReply(230) static void loggedIn() {}\n");
            assertThat(Compilations.compile(source))
                    .hadErrorContaining("[handler-method-static] loggedIn is static")
                    .inFile(source)
                    .onLineContaining("static void loggedIn()");
        }

        @Test
        void genericMethod() {
            JavaFileObject source = handler("Generic", "    @OnReply(230) <T> void loggedIn() {}\n");
            assertThat(Compilations.compile(source))
                    .hadErrorContaining("[handler-method-generic] loggedIn declares" + " type parameters <T>")
                    .inFile(source)
                    .onLineContaining("<T> void loggedIn()");
        }

        @Test
        void wrongParameters() {
            JavaFileObject source = handler("Parameters", """
                        @OnReply(230) void text(String text) {}
                        @OnReply(220) void two(FtpReply reply,
                                int code) {}
                        @OnCategory(ReplyCategory.PERMANENT_NEGATIVE) void constant(FtpReplyCode code) {}
                        @OnReply(200) void varargs(int... codes) {}
                    """);
            Compilation compilation = Compilations.compile(source);
            assertThat(compilation).hadErrorCount(4);
            assertThat(compilation)
                    .hadErrorContaining("[handler-method-parameter] text takes java.lang.String; a"
                            + " handler method takes nothing, the FtpReply, the FtpReplyCode or the int code")
                    .inFile(source)
                    .onLineContaining("void text(String text)");
            assertThat(compilation)
                    .hadErrorContaining("[handler-method-parameter] two takes 2 parameters")
                    .inFile(source)
                    .onLineContaining("int code) {}");
            assertThat(compilation)
                    .hadErrorContaining("[handler-method-parameter] constant takes an FtpReplyCode,"
                            + " but as an @OnCategory or @OnAnyReply method it also receives codes outside the catalog")
                    .inFile(source)
                    .onLineContaining("void constant(FtpReplyCode code)");
            assertThat(compilation)
                    .hadErrorContaining("[handler-method-parameter] varargs takes int[]")
                    .inFile(source)
                    .onLineContaining("void varargs(int... codes)");
        }

        @Test
        void mixedReturnTypes() {
            JavaFileObject source = handler("Mixed", """
                        @OnReply(230) String loggedIn() { return ""; }
                        @OnReply(530) List<String> notLoggedIn() { return List.of(); }
                    """);
            Compilation compilation = Compilations.compile(source);
            assertThat(compilation).hadErrorCount(2);
            assertThat(compilation)
                    .hadErrorContaining(
                            "[handler-mixed-return-types] loggedIn returns java.lang.String" + " but rest returns void")
                    .inFile(source)
                    .onLineContaining("String loggedIn()");
            assertThat(compilation)
                    .hadErrorContaining("[handler-mixed-return-types] notLoggedIn returns"
                            + " java.util.List<java.lang.String> but rest returns void")
                    .inFile(source)
                    .onLineContaining("List<String> notLoggedIn()");
        }
    }

    @Nested
    class Classes {
        @Test
        void privateNestedClassAndInnerClass() {
            JavaFileObject source = Compilations.source("Outer", IMPORTS + """
                    class Outer {
                        @FtpReplyHandler private static class Hidden { @OnAnyReply void any() {} }
                        @FtpReplyHandler class Inner { @OnAnyReply void any() {} }
                    }
                    """);
            Compilation compilation = Compilations.compile(source);
            assertThat(compilation).hadErrorCount(2);
            assertThat(compilation)
                    .hadErrorContaining("[handler-class-unreachable] test.Outer.Hidden is private")
                    .inFile(source)
                    .onLineContaining("private static class Hidden");
            assertThat(compilation)
                    .hadErrorContaining(
                            "[handler-class-unreachable] test.Outer.Inner is an inner" + " (non-static) class")
                    .inFile(source)
                    .onLineContaining("class Inner");
        }

        @Test
        void genericClass() {
            JavaFileObject source = Compilations.source("Box", IMPORTS + """
                    @FtpReplyHandler
                    class Box<T> {
                        @OnAnyReply void any() {}
                    }
                    """);
            assertThat(Compilations.compile(source))
                    .hadErrorContaining("[handler-class-generic] test.Box declares" + " type parameters <T>")
                    .inFile(source)
                    .onLineContaining("@FtpReplyHandler");
        }
    }

    @Nested
    class Environment {
        @Test
        void signatureNamingAMissingTypeIsReportedAfterTheLastRound() {
            JavaFileObject source = handler("Unresolved", "    @OnReply(230) void loggedIn(NoSuchType value) {}\n");
            Compilation compilation = Compilations.compile(source);
            assertThat(compilation).hadErrorContaining("cannot find symbol");
            assertThat(compilation)
                    .hadErrorContaining(
                            "[handler-unresolved-type] no dispatcher was generated for" + " test.Unresolved")
                    .inFile(source)
                    .onLineContaining("class Unresolved");
        }

        @Test
        void unknownOptionValue() {
            Compilation compilation = Compilations.compile(
                    List.of("-Aftpreply.exhaustiveness=all", "-Aftpreply.missingCodes=fatal"), handler("Options", ""));
            assertThat(compilation).hadErrorCount(2);
            assertThat(compilation)
                    .hadErrorContaining(
                            "[handler-invalid-option] -Aftpreply.exhaustiveness=all is not"
                                    + " a known value; use -Aftpreply.exhaustiveness=categories or -Aftpreply.exhaustiveness=every-code");
            assertThat(compilation)
                    .hadErrorContaining("[handler-invalid-option] -Aftpreply.missingCodes=fatal is not"
                            + " a known value; use -Aftpreply.missingCodes=error or -Aftpreply.missingCodes=warning");
        }

        @Test
        void unreadableCatalogIsReportedOnce() {
            Compilation compilation = com.google.testing.compile.Compiler.javac()
                    .withProcessors(new FtpReplyProcessor(() -> {
                        throw new IllegalStateException("the canonical catalog cannot be read: broken");
                    }))
                    .compile(handler("One", ""), handler("Two", ""));
            assertThat(compilation).hadErrorCount(1);
            assertThat(compilation)
                    .hadErrorContaining("[handler-catalog-unavailable] the reply catalog cannot be"
                            + " read, so no dispatcher is generated: the canonical catalog cannot be read: broken");
        }

        @Test
        void unexpectedExceptionBecomesAnErrorWithItsStackTrace() {
            Catalog missing = null;
            JavaFileObject source = handler("Crash", "");
            Compilation compilation = com.google.testing.compile.Compiler.javac()
                    .withProcessors(new FtpReplyProcessor(() -> missing))
                    .compile(source);
            assertThat(compilation).hadErrorCount(1);
            assertThat(compilation)
                    .hadErrorContaining("[handler-internal-error] the ftpreply processor failed on"
                            + " test.Crash; please report this with the stack trace:")
                    .inFile(source)
                    .onLineContaining("class Crash");
            assertThat(compilation.errors().get(0).getMessage(null)).contains("java.lang.NullPointerException");
            assertThat(compilation.errors().get(0).getMessage(null)).contains("at io.github.ftpreply.processor.");
        }
    }
}

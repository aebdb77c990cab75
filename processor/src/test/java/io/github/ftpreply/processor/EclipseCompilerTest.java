package io.github.ftpreply.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import io.github.ftpreply.FtpReply;
import io.github.ftpreply.FtpReplyCode;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under Eclipse's compiler (ECJ), as IDE users run it: the same dispatcher, byte for byte, as with
 * javac; the same diagnostics on the same lines; extension catalogs found through ECJ's own Filer. ECJ works on
 * real files (compile-testing's in-memory files have URIs it cannot open), so each test compiles in a temporary
 * directory through {@code javax.tools}.
 */
class EclipseCompilerTest {

    private static final String HANDLER = """
            package test;
            import io.github.ftpreply.*;
            @FtpReplyHandler
            public class Session {
                public final java.util.List<String> calls = new java.util.ArrayList<>();
                @OnReply(230) public void loggedIn() { calls.add("loggedIn"); }
                @OnReply({530, 331}) public void login(FtpReplyCode code) { calls.add("login " + code); }
                @OnCategory(ReplyCategory.PERMANENT_NEGATIVE) public void failed(int code) { calls.add("failed " + code); }
                @OnAnyReply public void other(FtpReply reply) { calls.add("other " + reply.code()); }
            }
            """;

    @TempDir
    Path work;

    /** The outcome of one ECJ run: its diagnostics and where it wrote sources and classes. */
    private record EclipseRun(
            boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, Path generated, Path classes) {

        Diagnostic<? extends JavaFileObject> error(String id) {
            return diagnostics.stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR
                            && d.getMessage(Locale.ROOT).contains(id))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no error " + id + " in " + diagnostics));
        }
    }

    private EclipseRun ecj(String className, String source, String... options) throws IOException {
        Path sources = Files.createDirectories(work.resolve("src/test"));
        Path file = sources.resolve(className + ".java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        Path generated = Files.createDirectories(work.resolve("generated"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler compiler = new EclipseCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> arguments = new ArrayList<>(List.of(
                "-17",
                "-proc:full",
                "-d",
                classes.toString(),
                "-s",
                generated.toString(),
                "-classpath",
                System.getProperty("java.class.path")));
        arguments.addAll(List.of(options));
        try (StandardJavaFileManager files =
                compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = compiler.getTask(
                    new java.io.StringWriter(), files, diagnostics, arguments, null, files.getJavaFileObjects(file));
            task.setProcessors(List.of(new FtpReplyProcessor()));
            boolean success = task.call();
            return new EclipseRun(success, diagnostics.getDiagnostics(), generated, classes);
        }
    }

    /** The 1-based line of {@code source} that contains {@code text}. */
    private static long lineOf(String source, String text) {
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in the source");
    }

    @Test
    void eclipseGeneratesTheSameDispatcherAsJavacAndItRoutes() throws Exception {
        EclipseRun eclipse = ecj("Session", HANDLER);
        assertThat(eclipse.success()).isTrue();
        Compilation javac =
                javac().withProcessors(new FtpReplyProcessor()).compile(Compilations.source("Session", HANDLER));
        assertThat(javac).succeeded();
        String byJavac = javac.generatedSourceFile("test.SessionDispatcher")
                .orElseThrow()
                .getCharContent(false)
                .toString();
        assertThat(Files.readString(eclipse.generated().resolve("test/SessionDispatcher.java")))
                .isEqualTo(byJavac);

        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {eclipse.classes().toUri().toURL()}, EclipseCompilerTest.class.getClassLoader())) {
            Class<?> handlerType = loader.loadClass("test.Session");
            Object handler = handlerType.getConstructor().newInstance();
            Object dispatcher = loader.loadClass("test.SessionDispatcher")
                    .getConstructor(handlerType)
                    .newInstance(handler);
            Method dispatch = dispatcher.getClass().getMethod("dispatch", FtpReply.class);
            for (int code : new int[] {230, 530, 331, 550, 220, 299}) {
                dispatch.invoke(dispatcher, FtpReply.of(code, "text"));
            }
            assertThat(handlerType.getField("calls").get(handler))
                    .isEqualTo(List.of(
                            "loggedIn",
                            "login NOT_LOGGED_IN",
                            "login USER_NAME_OK_NEED_PASSWORD",
                            "failed 550",
                            "other 220",
                            "other 299"));
        }
    }

    @Test
    void everyCatalogCodeReachesItsOwnMethodUnderEclipse() throws Exception {
        StringBuilder source = new StringBuilder(
                "package test;\nimport io.github.ftpreply.*;\n@FtpReplyHandler\n" + "public class EveryCode {\n");
        for (FtpReplyCode code : FtpReplyCode.values()) {
            source.append("    @OnReply(")
                    .append(code.code())
                    .append(") public String on")
                    .append(code.code())
                    .append("() { return \"")
                    .append(code.code())
                    .append("\"; }\n");
        }
        source.append("    @OnAnyReply public String other(int code) { return \"other \" + code; }\n}\n");
        EclipseRun eclipse = ecj("EveryCode", source.toString());
        assertThat(eclipse.success()).isTrue();
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {eclipse.classes().toUri().toURL()}, EclipseCompilerTest.class.getClassLoader())) {
            Class<?> handlerType = loader.loadClass("test.EveryCode");
            Object dispatcher = loader.loadClass("test.EveryCodeDispatcher")
                    .getConstructor(handlerType)
                    .newInstance(handlerType.getConstructor().newInstance());
            Method dispatch = dispatcher.getClass().getMethod("dispatch", FtpReply.class);
            for (int code = 100; code <= 699; code++) {
                String expected = FtpReplyCode.find(code).isPresent() ? Integer.toString(code) : "other " + code;
                assertThat(dispatch.invoke(dispatcher, FtpReply.of(code, "text")))
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void eclipseReportsMissingCodesOnTheHandlerLine() throws Exception {
        String source = """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyHandler
                class Partial {
                    @OnReply(230) void loggedIn() {}
                }
                """;
        EclipseRun eclipse = ecj("Partial", source);
        assertThat(eclipse.success()).isFalse();
        Diagnostic<? extends JavaFileObject> missing = eclipse.error("[handler-missing-codes]");
        assertThat(missing.getMessage(Locale.ROOT)).contains("220 SERVICE_READY");
        // ECJ puts a diagnostic on the annotation mirror where javac puts it on the element: either line is right.
        assertThat(missing.getLineNumber())
                .isIn(List.of(lineOf(source, "@FtpReplyHandler"), lineOf(source, "class Partial")));
    }

    @Test
    void eclipseReportsAnUnknownCodeOnItsMethod() throws Exception {
        String source = """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyHandler
                class Unknown {
                    @OnReply(299) void odd() {}
                    @OnAnyReply void other() {}
                }
                """;
        Diagnostic<? extends JavaFileObject> unknown = ecj("Unknown", source).error("[handler-unknown-code]");
        assertThat(unknown.getLineNumber()).isEqualTo(lineOf(source, "odd()"));
    }

    @Test
    void eclipseFindsAnExtensionCatalogAndGeneratesItsTypes() throws Exception {
        try (URLClassLoader loader = compileAcme("acme.yaml", """
                schema: 1
                exclude: [631, 632, 633]
                codes:
                  - code: 242
                    name: QUOTA_REPORT
                    title: Quota report
                    description: The server reports the user's remaining quota.
                    category: positive-completion
                    group: unspecified
                    text: "{megabytes} MB left."
                    placeholders:
                      - {name: megabytes, type: int, description: Megabytes left.}
                    spec: {document: non-standard}
                    status: non-standard
                """)) {
            Object text = loader.loadClass("test.AcmeMessages")
                    .getMethod("quotaReport", Locale.class, int.class)
                    .invoke(null, Locale.GERMAN, 120);
            assertThat(text).isEqualTo("120 MB left.");
        }
    }

    /**
     * Inline YAML works under ECJ, whose processing environment has no javac {@code Trees}: a catalog error then
     * gives its position in the text, on the line of the {@code yaml} value.
     */
    @Test
    void eclipseReadsInlineYamlAndPlacesItsErrorsInTheText() throws Exception {
        String source = """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyCatalog(enumName = "AcmeCode", yaml = \"""
                        schema: 1
                        colour: blue
                        \""")
                public interface Acme {}
                """;
        Diagnostic<? extends JavaFileObject> error = ecj("Acme", source).error("[cat-unknown-key]");
        assertThat(error.getMessage(Locale.ROOT)).contains("Acme yaml:2:1: [cat-unknown-key]");
        assertThat(error.getLineNumber()).isEqualTo(lineOf(source, "yaml ="));

        String valid = source.replace("colour: blue", "exclude: [631, 632, 633]");
        EclipseRun eclipse = ecj("Acme", valid);
        assertThat(eclipse.success()).isTrue();
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {eclipse.classes().toUri().toURL()}, EclipseCompilerTest.class.getClassLoader())) {
            Class<?> codes = loader.loadClass("test.AcmeCode");
            assertThat(codes.getMethod("find", int.class).invoke(null, 631)).isEqualTo(java.util.Optional.empty());
            assertThat(codes.getMethod("find", int.class).invoke(null, 530)).isNotEqualTo(java.util.Optional.empty());
        }
    }

    /** HostileCatalogTest's catalog at every limit compiles under ECJ too, and its texts round-trip. */
    @Test
    void hostileButValidCatalogCompilesAndRoundTripsUnderEclipse() throws Exception {
        try (URLClassLoader loader = compileAcme("x*/acme.yaml", HostileCatalogTest.ROUND_TRIP)) {
            Class<?> messages = loader.loadClass("test.AcmeMessages");
            assertThat(messages.getMethod(
                                    "localeClash", Locale.class, String.class, String.class, int.class, String.class)
                            .invoke(null, Locale.ENGLISH, "L", "T", 7, "/p"))
                    .isEqualTo("L T 7 /p");
            assertThat(messages.getMethod("everything", Locale.class, String.class)
                            .invoke(null, Locale.forLanguageTag("iw"), "x"))
                    .isEqualTo("הכול x.");
            Class<?> codes = loader.loadClass("test.AcmeCode");
            assertThat(messages.getMethod("text", codes, Locale.class, Object[].class)
                            .invoke(
                                    null,
                                    codes.getMethod("of", int.class).invoke(null, 242),
                                    Locale.ROOT,
                                    new Object[0]))
                    .isEqualTo("a {} b }''{ '{'}' l'x {{");
        }
    }

    /** Compiles {@code Acme}, whose {@code @FtpReplyCatalog} names {@code file} holding {@code yaml}, without error. */
    private URLClassLoader compileAcme(String file, String yaml) throws IOException {
        Path catalogs = Compilations.writeCatalog(work.resolve("catalogs"), "test/" + file, yaml);
        EclipseRun eclipse = ecj("Acme", """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyCatalog(file = "%s", enumName = "AcmeCode",
                        missingTranslations = FtpReplyCatalog.MissingTranslations.IGNORE)
                public interface Acme {}
                """.formatted(file), "-A" + ProcessorOptions.CATALOG_PATH + "=" + catalogs);
        // ECJ warns that imports used only by Javadoc are unused; errors are what count.
        assertThat(eclipse.diagnostics().stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                        .map(d -> d.getMessage(Locale.ROOT))
                        .toList())
                .isEmpty();
        return new URLClassLoader(
                new URL[] {eclipse.classes().toUri().toURL()}, EclipseCompilerTest.class.getClassLoader());
    }
}

package io.github.ftpreply.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.ftpreply.FtpReply;
import io.github.ftpreply.catalog.CatalogLoader;
import io.github.ftpreply.catalog.ReplyCodeEntry;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @FtpReplyCatalog} over the canonical catalog, as users compile it: each merge rule (add, override,
 * exclude, new language) as generated code and bundles see it, the missing-translation policy, handlers checked and
 * routed over the merged catalog, and the generated code loaded and run.
 */
class ExtensionCatalogProcessingTest {
    /** Adds 242, overrides 530's text, excludes the 63x codes, adds Korean. */
    static final String ACME_YAML = """
            schema: 1
            locales: [ko]
            exclude: [631, 632, 633]
            codes:
              - code: 242
                name: QUOTA_REPORT
                title: Quota report
                description: The server reports how much of the user's storage quota is left.
                category: positive-completion
                group: unspecified
                text: "{megabytes} MB left."
                translations:
                  de: "{megabytes} MB frei."
                  ko: "{megabytes} MB 남음."
                placeholders:
                  - {name: megabytes, type: int, description: Megabytes left in the quota.}
                spec: {document: non-standard}
                status: non-standard
              - code: 530
                override: true
                text: "Please log in with USER and PASS."
                translations:
                  de: "Bitte mit USER und PASS anmelden."
                  ko: "USER와 PASS로 로그인하십시오."
            """;

    static final JavaFileObject ACME = Compilations.source("Acme", """
            package test;

            import io.github.ftpreply.*;

            @FtpReplyCatalog(file = "acme.yaml", enumName = "AcmeReplyCode",
                    missingTranslations = FtpReplyCatalog.MissingTranslations.IGNORE)
            public interface Acme {}
            """);

    /** Takes the generated constant, so it is deferred to the round after the enum appears. */
    static final JavaFileObject ACME_HANDLER = Compilations.source("AcmeHandler", """
            package test;

            import io.github.ftpreply.*;

            @FtpReplyHandler(catalog = Acme.class)
            public class AcmeHandler {
                @OnReply({242, 530}) public String known(AcmeReplyCode code) { return "known " + code.name(); }
                @OnCategory(ReplyCategory.PROTECTED) public String protectedReply(int code) { return "protected " + code; }
                @OnAnyReply public String other(FtpReply reply) { return "other " + reply.code(); }
            }
            """);

    @TempDir
    Path catalogs;

    private Compilation compile(List<String> options, JavaFileObject... sources) {
        Compilations.writeCatalog(catalogs, "test/acme.yaml", ACME_YAML);
        return Compilations.compileWithExtensions(catalogs, options, sources);
    }

    @Test
    void newCodeIsInTheEnumTheBundlesAndTheAccessors() throws IOException {
        Compilation compilation = compile(List.of(), ACME, ACME_HANDLER);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(Compilations.generatedSource(compilation, "test.AcmeReplyCode"))
                .contains("    QUOTA_REPORT(242,"
                        + " ReplyCategory.POSITIVE_COMPLETION, Optional.of(ReplyGroup.UNSPECIFIED), ReplyStatus.NON_STANDARD,\n"
                        + "            \"Quota report\",");
        assertThat(Compilations.generatedSource(compilation, "test.AcmeReplyMessages"))
                .contains("public static String quotaReport(Locale locale, int megabytes) {");
        assertThat(bundle(compilation, "AcmeReplyMessages.properties").getProperty("242"))
                .isEqualTo("{0,number,#} MB left.");
        assertThat(bundle(compilation, "AcmeReplyMessages_de.properties").getProperty("242"))
                .isEqualTo("{0,number,#} MB frei.");
    }

    @Test
    void overrideReplacesTheTextAndTheTranslationsOfTheOldText() throws IOException {
        Compilation compilation = compile(List.of(), ACME, ACME_HANDLER);
        assertThat(Compilations.generatedSource(compilation, "test.AcmeReplyCode"))
                .contains("\"Please log in with USER and PASS.\"");
        assertThat(bundle(compilation, "AcmeReplyMessages.properties").getProperty("530"))
                .isEqualTo("Please log in with USER and PASS.");
        assertThat(bundle(compilation, "AcmeReplyMessages_de.properties").getProperty("530"))
                .isEqualTo("Bitte mit USER und PASS anmelden.");
        // The canonical French translated the old text, so it is gone: French falls back to the new English.
        assertThat(bundle(compilation, "AcmeReplyMessages_fr.properties").getProperty("530"))
                .isNull();
        assertThat(bundle(compilation, "AcmeReplyMessages_fr.properties").getProperty("220"))
                .isNotNull();
    }

    @Test
    void excludedCodesAreGoneAndNeedNoMethodEvenUnderEveryCode() throws IOException {
        StringBuilder methods = new StringBuilder();
        for (ReplyCodeEntry entry : CatalogLoader.canonical().codes()) {
            if (entry.code() < 631 || entry.code() > 633) {
                methods.append("    @OnReply(")
                        .append(entry.code())
                        .append(") void on")
                        .append(entry.code())
                        .append("() {}\n");
            }
        }
        JavaFileObject handler = Compilations.source(
                "Every",
                "package test;\nimport io.github.ftpreply.*;\n"
                        + "@FtpReplyHandler(catalog = Acme.class, exhaustiveness = FtpReplyHandler.Exhaustiveness.EVERY_CODE)\n"
                        + "class Every {\n" + methods + "    @OnReply(242) void quota() {}\n}\n");
        Compilation compilation = compile(List.of(), ACME, handler);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(Compilations.generatedSource(compilation, "test.AcmeReplyCode"))
                .doesNotContain("(631,");
        assertThat(bundle(compilation, "AcmeReplyMessages.properties").getProperty("631"))
                .isNull();
    }

    @Test
    void handlersAreExhaustiveOverTheMergedCatalogOnly() {
        StringBuilder methods = new StringBuilder();
        for (ReplyCodeEntry entry : CatalogLoader.canonical().codes()) {
            methods.append("    @OnReply(")
                    .append(entry.code())
                    .append(") void on")
                    .append(entry.code())
                    .append("() {}\n");
        }
        JavaFileObject handler = Compilations.source(
                "Canonical",
                "package test;\nimport io.github.ftpreply.*;\n"
                        + "@FtpReplyHandler(catalog = Acme.class, exhaustiveness = FtpReplyHandler.Exhaustiveness.EVERY_CODE)\n"
                        + "class Canonical {\n"
                        + methods.toString().replaceAll("    @OnReply\\(63[123]\\) void on63.\\(\\) \\{}\n", "")
                        + "}\n");
        Compilation compilation = compile(List.of(), ACME, handler);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[handler-missing-codes] Canonical does not handle 1 catalog"
                        + " reply code with a method of its own")
                .inFile(handler)
                .onLineContaining("@FtpReplyHandler");
        String message = compilation.errors().get(0).getMessage(Locale.ROOT);
        assertThat(message).contains("POSITIVE_COMPLETION (2xx): 242 QUOTA_REPORT\n");
        assertThat(message).contains("Add @OnReply(242) to methods of Canonical");
        assertThat(message).doesNotContain("63");
    }

    @Test
    void newLanguageGetsItsBundleAndItsMissingTextsAreANoteOnTheAnnotation() throws IOException {
        JavaFileObject warned = Compilations.source("Warned", """
                package test;

                import io.github.ftpreply.*;

                @FtpReplyCatalog(file = "acme.yaml", enumName = "WarnedReplyCode")
                interface Warned {}
                """);
        Compilation compilation = compile(List.of(), warned);
        // A note, not a warning: falling back to English is the designed behaviour, so -Werror builds pass.
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .hadNoteContaining("test/acme.yaml:2:11: [cat-missing-translation] locale 'ko'" + " has no text for ")
                .inFile(warned)
                .onLineContaining("@FtpReplyCatalog");
        assertThat(compilation)
                .hadNoteContaining("test/acme.yaml:12:5: [cat-missing-translation] code 242 has no"
                        + " translation for fr, es, it, pt-BR, ja, zh-CN, zh-TW, ru;")
                .inFile(warned)
                .onLineContaining("@FtpReplyCatalog");
        assertThat(bundle(compilation, "WarnedReplyMessages_ko.properties").getProperty("530"))
                .isEqualTo("USER와 PASS로 로그인하십시오.");
        assertThat(Compilations.generatedSource(compilation, "test.WarnedReplyMessages"))
                .contains("Locale.forLanguageTag(\"ko\"))");
    }

    @Test
    void missingTranslationsFollowTheOptionUnlessTheAnnotationSaysOtherwise() {
        JavaFileObject byOption = Compilations.source("ByOption", """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyCatalog(file = "acme.yaml", enumName = "ByOptionCode")
                interface ByOption {}
                """);
        Compilation error = compile(List.of("-Aftpreply.missingTranslations=error"), byOption);
        assertThat(error).failed();
        assertThat(error)
                .hadErrorContaining("test/acme.yaml:12:5: [cat-missing-translation] code 242")
                .inFile(byOption)
                .onLineContaining("@FtpReplyCatalog");

        assertThat(compile(List.of("-Aftpreply.missingTranslations=ignore"), byOption))
                .succeededWithoutWarnings();
        // ACME says IGNORE, which wins over the option.
        assertThat(compile(List.of("-Aftpreply.missingTranslations=error"), ACME, ACME_HANDLER))
                .succeededWithoutWarnings();
    }

    @Test
    void dispatcherRoutesNewCodesAndTreatsExcludedOnesAsUnknown() throws Exception {
        Compilation compilation = compile(List.of(), ACME, ACME_HANDLER);
        assertThat(compilation).succeeded();
        ClassLoader loader = new CompiledClassLoader(compilation);
        Class<?> handlerClass = loader.loadClass("test.AcmeHandler");
        Object dispatcher = loader.loadClass("test.AcmeHandlerDispatcher")
                .getConstructor(handlerClass)
                .newInstance(handlerClass.getConstructor().newInstance());
        Method dispatch = dispatcher.getClass().getMethod("dispatch", FtpReply.class);

        assertThat(dispatch.invoke(dispatcher, FtpReply.of(242, "120 MB left.")))
                .isEqualTo("known QUOTA_REPORT");
        assertThat(dispatch.invoke(dispatcher, FtpReply.of(530, "Please log in.")))
                .isEqualTo("known NOT_LOGGED_IN");
        // Excluded codes are not in the switch: they go by category (6yz here), as any unknown code does.
        assertThat(dispatch.invoke(dispatcher, FtpReply.of(631, "x"))).isEqualTo("protected 631");
        assertThat(dispatch.invoke(dispatcher, FtpReply.of(220, "x"))).isEqualTo("other 220");
        assertThat(Compilations.generatedSource(compilation, "test.AcmeHandlerDispatcher"))
                .contains("case 242 -> handler.known(AcmeReplyCode.QUOTA_REPORT); // QUOTA_REPORT\n");

        Class<?> codes = loader.loadClass("test.AcmeReplyCode");
        assertThat(codes.getMethod("find", int.class).invoke(null, 631)).isEqualTo(Optional.empty());
        Object quota = codes.getMethod("of", int.class).invoke(null, 242);
        assertThat(codes.getMethod("defaultText").invoke(quota)).isEqualTo("{megabytes} MB left.");

        Class<?> messages = loader.loadClass("test.AcmeReplyMessages");
        Method quotaReport = messages.getMethod("quotaReport", Locale.class, int.class);
        assertThat(quotaReport.invoke(null, Locale.KOREAN, 50000)).isEqualTo("50000 MB 남음.");
        assertThat(quotaReport.invoke(null, Locale.FRENCH, 7)).isEqualTo("7 MB left.");
        Method text = messages.getMethod("text", codes, Locale.class, Object[].class);
        Object notLoggedIn = codes.getMethod("of", int.class).invoke(null, 530);
        assertThat(text.invoke(null, notLoggedIn, Locale.GERMAN, new Object[0]))
                .isEqualTo("Bitte mit USER und PASS anmelden.");
        assertThat(messages.getField("LOCALES").get(null).toString()).endsWith(", ru, ko]");
    }

    @Test
    void twoExtensionsInOneCompilationEachWithItsHandler() throws Exception {
        Compilations.writeCatalog(catalogs, "test/beta.yaml", """
                schema: 1
                codes:
                  - code: 256
                    name: BETA_DONE
                    title: Beta done
                    description: Beta's own completion reply.
                    category: positive-completion
                    group: file-system
                    text: "Beta done."
                    spec: {document: non-standard}
                    status: non-standard
                """);
        JavaFileObject beta = Compilations.source("Beta", """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyCatalog(file = "/test/beta.yaml", enumName = "BetaCode", messagesName = "BetaTexts",
                        missingTranslations = FtpReplyCatalog.MissingTranslations.IGNORE)
                interface Beta {}
                """);
        JavaFileObject betaHandler = Compilations.source("BetaHandler", """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyHandler(catalog = Beta.class)
                public class BetaHandler {
                    @OnReply(256) public String done(BetaCode code) { return code.title(); }
                    @OnAnyReply public String other(int code) { return "other " + code; }
                }
                """);
        // 256 is Beta's only: in Acme's catalog it is unknown.
        JavaFileObject acmeNamingBeta = Compilations.source("AcmeWrong", """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyHandler(catalog = Acme.class)
                class AcmeWrong {
                    @OnReply(256) void done() {}
                    @OnAnyReply void other() {}
                }
                """);
        Compilation compilation = compile(List.of(), ACME, ACME_HANDLER, beta, betaHandler, acmeNamingBeta);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[handler-unknown-code] 256 is not a reply code of the catalog")
                .inFile(acmeNamingBeta)
                .onLineContaining("@OnReply(256)");

        compilation = compile(List.of(), ACME, ACME_HANDLER, beta, betaHandler);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(Compilations.generatedSource(compilation, "test.BetaCode")).contains("BETA_DONE(256,");
        assertThat(Compilations.generatedSource(compilation, "test.BetaCode")).doesNotContain("QUOTA_REPORT");
        assertThat(Compilations.generatedSource(compilation, "test.AcmeReplyCode"))
                .doesNotContain("BETA_DONE");
        assertThat(bundle(compilation, "BetaTexts.properties").getProperty("256"))
                .isEqualTo("Beta done.");
        ClassLoader loader = new CompiledClassLoader(compilation);
        Class<?> handlerClass = loader.loadClass("test.BetaHandler");
        Object dispatcher = loader.loadClass("test.BetaHandlerDispatcher")
                .getConstructor(handlerClass)
                .newInstance(handlerClass.getConstructor().newInstance());
        assertThat(dispatcher
                        .getClass()
                        .getMethod("dispatch", FtpReply.class)
                        .invoke(dispatcher, FtpReply.of(256, "x")))
                .isEqualTo("Beta done");
    }

    @Test
    void everyGeneratedFileHasTheAnnotatedTypeAsItsOnlyOriginatingElement() {
        ProcessorHygieneTest.Recording recording = new ProcessorHygieneTest.Recording(new FtpReplyProcessor());
        Compilations.writeCatalog(catalogs, "test/acme.yaml", ACME_YAML);
        Compilation compilation = Compiler.javac()
                .withProcessors(recording)
                .withOptions("-Aftpreply.catalogPath=" + catalogs)
                .compile(ACME, ACME_HANDLER);
        assertThat(compilation).succeeded();
        assertThat(recording.sourceFiles)
                .containsExactly(
                        "test.AcmeReplyCode <- [test.Acme] in round 0",
                        "test.AcmeReplyMessages <- [test.Acme] in round 0",
                        "test.AcmeHandlerDispatcher <- [test.AcmeHandler] in round 1")
                .inOrder();
        assertThat(recording.resources).hasSize(11);
        assertThat(recording.resources).contains("CLASS_OUTPUT test/AcmeReplyMessages_ko.properties <- [test.Acme]");
    }

    /** Another processor generates the {@code @FtpReplyCatalog} type in round 0; the handler waits for it. */
    @Test
    void handlerWaitsForAnAnnotatedTypeThatAnotherProcessorGenerates() {
        JavaFileObject handler = Compilations.source("LateHandler", """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyHandler(catalog = Late.class)
                class LateHandler {
                    @OnReply(242) void quota(LateCode code) {}
                    @OnAnyReply void other() {}
                }
                """);
        ProcessorHygieneTest.Recording recording = new ProcessorHygieneTest.Recording(new FtpReplyProcessor());
        Compilations.writeCatalog(catalogs, "test/acme.yaml", ACME_YAML);
        Compilation compilation = Compiler.javac()
                .withProcessors(recording, new ProcessorHygieneTest.SourceGenerator("test.Late", """
                        package test;
                        @io.github.ftpreply.FtpReplyCatalog(file = "acme.yaml", enumName = "LateCode",
                                missingTranslations = io.github.ftpreply.FtpReplyCatalog.MissingTranslations.IGNORE)
                        interface Late {}
                        """))
                .withOptions("-Aftpreply.catalogPath=" + catalogs)
                .compile(handler);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(recording.sourceFiles)
                .containsExactly(
                        "test.LateCode <- [test.Late] in round 1",
                        "test.LateMessages <- [test.Late] in round 1",
                        "test.LateHandlerDispatcher <- [test.LateHandler] in round 2")
                .inOrder();
    }

    /**
     * AcmeHandler waits a round for AcmeReplyCode, which ftpreply itself generates: that wait needs no other
     * processor, so ftpreply still claims, and a catalog lacking translations builds under -Xlint:all -Werror.
     */
    @Test
    void claimsWhileAHandlerWaitsOnlyForItsOwnEnumSoXlintAllAndWerrorPass() {
        ProcessorHygieneTest.Recording recording = new ProcessorHygieneTest.Recording(new FtpReplyProcessor());
        Compilations.writeCatalog(catalogs, "test/acme.yaml", ACME_YAML);
        JavaFileObject acme = Compilations.source("Acme", """
                package test;

                import io.github.ftpreply.*;

                @FtpReplyCatalog(file = "acme.yaml", enumName = "AcmeReplyCode")
                public interface Acme {}
                """);
        Compilation compilation = Compiler.javac()
                .withProcessors(recording)
                .withOptions("-Aftpreply.catalogPath=" + catalogs, "-Xlint:all", "-Werror")
                .compile(acme, ACME_HANDLER);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).hadNoteContaining("[cat-missing-translation]");
        assertThat(recording.sourceFiles).contains("test.AcmeHandlerDispatcher <- [test.AcmeHandler] in round 1");
        assertThat(recording.results).containsExactly(true, true, true, false).inOrder();
    }

    @Test
    void generatedCodeCompilesWithoutWarningsUnderXlintAllAndWerror() throws IOException {
        Compilation processed = compile(List.of(), ACME, ACME_HANDLER);
        assertThat(processed).succeededWithoutWarnings();
        List<JavaFileObject> sources = new ArrayList<>(List.of(ACME, ACME_HANDLER));
        for (JavaFileObject generated : processed.generatedSourceFiles()) {
            sources.add(JavaFileObjects.forSourceString(
                    generated
                            .getName()
                            .replace("/SOURCE_OUTPUT/", "")
                            .replace(".java", "")
                            .replace('/', '.'),
                    generated.getCharContent(false).toString()));
        }
        assertThat(sources).hasSize(5);
        Compilation linted = Compiler.javac()
                .withOptions("-proc:none", "-Xlint:all", "-Werror")
                .compile(sources);
        assertThat(linted).succeededWithoutWarnings();
        assertThat(processed.diagnostics().stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
                        .toList())
                .isEmpty();
    }

    static Properties bundle(Compilation compilation, String name) throws IOException {
        Properties properties = new Properties();
        try (var in = compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, "test", name)
                .orElseThrow(() -> new AssertionError("no bundle " + name))
                .openInputStream()) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}

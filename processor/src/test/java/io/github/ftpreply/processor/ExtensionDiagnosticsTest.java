package io.github.ftpreply.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every problem with an {@code @FtpReplyCatalog} or a handler naming one, each pinned to the line it must point at:
 * the processor's own diagnostics, and the catalog's, which keep the YAML file's line, column and id. Over the test
 * catalog (150 200 220 230 331 421 530 550) unless the case needs languages.
 */
class ExtensionDiagnosticsTest {
    private static final JavaFileObject CARRIER = Compilations.source("Acme", """
            package test;

            import io.github.ftpreply.*;

            @FtpReplyCatalog(file = "acme.yaml", enumName = "AcmeReplyCode")
            interface Acme {}
            """);

    /** Adds 242, excludes 421. */
    static final String VALID = """
            schema: 1
            exclude: [421]
            codes:
              - code: 242
                name: QUOTA_REPORT
                title: Quota report
                description: The server reports the user's remaining quota.
                category: positive-completion
                group: unspecified
                text: "Quota reported."
                spec: {document: non-standard}
                status: non-standard
            """;

    @TempDir
    Path catalogs;

    private Compilation compile(String yaml, JavaFileObject... sources) {
        Compilations.writeCatalog(catalogs, "test/acme.yaml", yaml);
        return Compilations.compile(List.of("-Aftpreply.catalogPath=" + catalogs), sources);
    }

    @Test
    void fileNotFoundListsEveryPlaceSearchedInOrder() {
        Path other = catalogs.resolve("other");
        Compilation compilation = Compilations.compile(
                List.of("-Aftpreply.catalogPath=" + catalogs + java.io.File.pathSeparator + other), CARRIER);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[extension-file-not-found] the extension catalog \"acme.yaml\""
                        + " of test.Acme is not in any place searched for test/acme.yaml:\n"
                        + "    1. -Aftpreply.catalogPath " + catalogs.resolve("test/acme.yaml") + "\n"
                        + "    2. -Aftpreply.catalogPath " + other.resolve("test/acme.yaml") + "\n"
                        + "    3. CLASS_OUTPUT mem:///CLASS_OUTPUT/test/acme.yaml\n"
                        + "    4. SOURCE_PATH test/acme.yaml\n"
                        + "    5. CLASS_PATH test/acme.yaml\n"
                        + "  With Maven, put it in src/main/resources/test/acme.yaml; otherwise point -Aftpreply.catalogPath"
                        + " at the directory that holds test/acme.yaml (docs/extending.md).")
                .inFile(CARRIER)
                .onLineContaining("@FtpReplyCatalog");
    }

    @Test
    void fileNotFoundWithoutTheOptionSaysItIsNotSet() {
        Compilation compilation = Compilations.compile(CARRIER);
        assertThat(compilation)
                .hadErrorContaining("[extension-file-not-found] the extension catalog \"acme.yaml\""
                        + " of test.Acme is not in any place searched for test/acme.yaml:\n"
                        + "    1. -Aftpreply.catalogPath (not set)\n    2. CLASS_OUTPUT ")
                .inFile(CARRIER)
                .onLineContaining("@FtpReplyCatalog");
    }

    @Test
    void unreadableFile() throws IOException {
        // A regular file that the kernel refuses to read from offset 0, even to root.
        Path mem = Path.of("/proc/self/mem");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(mem), "needs Linux's /proc");
        Files.createDirectories(catalogs.resolve("test"));
        Files.createSymbolicLink(catalogs.resolve("test/acme.yaml"), mem);
        Compilation compilation = Compilations.compile(List.of("-Aftpreply.catalogPath=" + catalogs), CARRIER);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[extension-unreadable] the extension catalog test/acme.yaml of"
                        + " test.Acme cannot be read at -Aftpreply.catalogPath " + catalogs.resolve("test/acme.yaml"))
                .inFile(CARRIER)
                .onLineContaining("@FtpReplyCatalog");
    }

    @Test
    void directoryIsNotAFile() throws IOException {
        Files.createDirectories(catalogs.resolve("test/acme.yaml"));
        assertNotAFile("[extension-not-a-file]", "is a directory, not a file; point it at the YAML file itself");
    }

    @Test
    void namedPipeIsNeverOpened() throws IOException, InterruptedException {
        Files.createDirectories(catalogs.resolve("test"));
        Path fifo = catalogs.resolve("test/acme.yaml");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
        // Opening a FIFO for reading blocks until a writer comes: the processor must not open it at all.
        assertNotAFile("[extension-special-file]", "is a named pipe (FIFO), not a file");
    }

    @Test
    void deviceIsNeverRead() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        Files.createDirectories(catalogs.resolve("test"));
        Files.createSymbolicLink(catalogs.resolve("test/acme.yaml"), Path.of("/dev/zero"));
        assertNotAFile("[extension-special-file]", "is a device, not a file");
    }

    @Test
    void symbolicLinkLoop() throws IOException {
        Files.createDirectories(catalogs.resolve("test"));
        Files.createSymbolicLink(catalogs.resolve("test/acme.yaml"), catalogs.resolve("test/loop.yaml"));
        Files.createSymbolicLink(catalogs.resolve("test/loop.yaml"), catalogs.resolve("test/acme.yaml"));
        assertNotAFile("[extension-symlink-loop]", "is a symbolic link that leads back to itself");
    }

    @Test
    void sparseFileOfThreeGigabytesIsRefusedBeforeReading() throws IOException {
        Files.createDirectories(catalogs.resolve("test"));
        try (java.io.RandomAccessFile file =
                new java.io.RandomAccessFile(catalogs.resolve("test/acme.yaml").toFile(), "rw")) {
            file.setLength(3L << 30);
        }
        Compilation compilation = Compilations.compile(List.of("-Aftpreply.catalogPath=" + catalogs), CARRIER);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("test/acme.yaml:1:1: [cat-yaml-limit] the file at -Aftpreply.catalogPath "
                        + catalogs.resolve("test/acme.yaml") + " holds 3221225472 bytes or more, larger than the"
                        + " 4194304 a catalog may hold; it was not read")
                .inFile(CARRIER)
                .onLineContaining("@FtpReplyCatalog");
    }

    private void assertNotAFile(String tag, String says) {
        Compilation compilation = Compilations.compile(List.of("-Aftpreply.catalogPath=" + catalogs), CARRIER);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining(tag + " the extension catalog test/acme.yaml of test.Acme at"
                        + " -Aftpreply.catalogPath " + catalogs.resolve("test/acme.yaml") + " " + says)
                .inFile(CARRIER)
                .onLineContaining("@FtpReplyCatalog");
    }

    @Test
    void invalidAttributes() {
        JavaFileObject source = Compilations.source("Bad", """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyCatalog(
                        file = "../acme.yaml",
                        enumName = "Acme-Codes")
                interface Bad {}
                @FtpReplyCatalog(file = "acme.yaml", enumName = "Same", messagesName = "Same")
                interface AlsoBad {}
                """);
        Compilation compilation = compile(VALID, source);
        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation)
                .hadErrorContaining(
                        "[extension-invalid-attribute] file = \"../acme.yaml\" is not a" + " resource path;")
                .inFile(source)
                .onLineContaining("file = \"../acme.yaml\"");
        assertThat(compilation)
                .hadErrorContaining(
                        "[extension-invalid-attribute] enumName = \"Acme-Codes\" is not a" + " Java class name;")
                .inFile(source)
                .onLineContaining("enumName = \"Acme-Codes\"");
        assertThat(compilation)
                .hadErrorContaining("[extension-invalid-attribute] enumName and messagesName are both" + " Same;")
                .inFile(source)
                .onLineContaining("messagesName = \"Same\"");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"var", "record", "yield", "sealed", "permits", "when", "_"})
    void restrictedIdentifiersCannotNameTheEnum(String name) {
        assertEnumNameRefused("Acme", name, "enumName = \"" + name + "\" is not a Java class name (Java restricts it)");
    }

    @Test
    void theEnumCannotTakeTheNameOfTheAnnotatedType() {
        assertEnumNameRefused(
                "AcmeCatalog",
                "AcmeCatalog",
                "enumName = \"AcmeCatalog\" is the name of AcmeCatalog, which the generated type would replace");
    }

    @Test
    void theDerivedAccessorNameCannotTakeTheNameOfTheAnnotatedType() {
        assertEnumNameRefused(
                "AcmeMessages",
                "AcmeCode",
                "messagesName (derived from enumName) = \"AcmeMessages\" is the name of AcmeMessages");
    }

    private void assertEnumNameRefused(String type, String enumName, String message) {
        JavaFileObject source = Compilations.source(type, """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyCatalog(file = "acme.yaml",
                        enumName = "%s")
                interface %s {}
                """.formatted(enumName, type));
        Compilation compilation = compile(VALID, source);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[extension-invalid-attribute] " + message)
                .inFile(source)
                .onLineContaining("enumName = ");
    }

    @Test
    void aTypeOfTheSameNameElsewhereInTheCompilation() {
        JavaFileObject existing = Compilations.source("AcmeReplyCode", "package test;\nclass AcmeReplyCode {}\n");
        Compilation compilation = compile(VALID, CARRIER, existing);
        assertThat(compilation)
                .hadErrorContaining("[extension-duplicate-name] test.Acme cannot generate its types: ")
                .inFile(CARRIER)
                .onLineContaining("@FtpReplyCatalog");
    }

    /** Each catalog error keeps the YAML file's line, column and id, and is reported on the annotation. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cat-yaml-syntax           | 'schema: 1\ncodes: [\n'                                         | 3:1
            cat-unknown-key           | 'schema: 1\ncodes:\n  - code: 530\n    override: true\n    titel: X\n' | 5:5
            cat-override-without-flag | 'schema: 1\ncodes:\n  - code: 530\n    text: "Log in."\n'     | 3:11
            cat-not-overridable       | 'schema: 1\ncodes:\n  - code: 530\n    override: true\n    name: LOGIN\n' | 5:5
            cat-unknown-override      | 'schema: 1\ncodes:\n  - code: 242\n    override: true\n    text: "X."\n' | 3:11
            cat-unknown-exclude       | 'schema: 1\nexclude: [530, 242]\n'                              | 2:16
            cat-missing-field         | 'schema: 1\ncodes:\n  - code: 242\n    name: QUOTA\n'         | 3:5
            cat-duplicate-key         | 'schema: 1\nschema: 1\n'                                        | 2:1
            cat-code-out-of-range     | 'schema: 1\ncodes:\n  - code: 700\n'                          | 3:11
            """)
    void catalogErrorKeepsItsFileLineColumnAndId(String id, String yaml, String position) {
        Compilation compilation = compile(yaml.replace("\\n", "\n"), CARRIER);
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("test/acme.yaml:" + position + ": [" + id + "] ")
                .inFile(CARRIER)
                .onLineContaining("@FtpReplyCatalog");
    }

    @Test
    void handlerNamingATypeWithoutFtpReplyCatalog() {
        JavaFileObject handler = Compilations.source("Naming", """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyHandler(catalog = String.class)
                class Naming { @OnAnyReply void any() {} }
                @FtpReplyHandler(catalog = AcmeReplyCode.class)
                class NamingTheEnum { @OnAnyReply void any() {} }
                """);
        Compilation compilation = compile(VALID, CARRIER, handler);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation)
                .hadErrorContaining("[handler-not-a-catalog] Naming names java.lang.String as its"
                        + " catalog, but java.lang.String is not annotated @FtpReplyCatalog; name the type that carries"
                        + " @FtpReplyCatalog, or remove the attribute to handle the canonical catalog")
                .inFile(handler)
                .onLineContaining("catalog = String.class");
        assertThat(compilation)
                .hadErrorContaining("[handler-not-a-catalog] NamingTheEnum names test.AcmeReplyCode"
                        + " as its catalog, but test.AcmeReplyCode is not annotated @FtpReplyCatalog; test.AcmeReplyCode is"
                        + " the enum generated from test.Acme, so write catalog = test.Acme.class")
                .inFile(handler)
                .onLineContaining("catalog = AcmeReplyCode.class");
    }

    @Test
    void handlerNamingATypeThatNeverExists() {
        JavaFileObject handler = Compilations.source("Ghost", """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyHandler(catalog = Missing.class)
                class Ghost { @OnAnyReply void any() {} }
                """);
        Compilation compilation = Compilations.compile(handler);
        assertThat(compilation)
                .hadErrorContaining("cannot find symbol")
                .inFile(handler)
                .onLineContaining("Missing.class");
        assertThat(compilation)
                .hadErrorContaining("[handler-unresolved-type] no dispatcher was generated for"
                        + " test.Ghost because its catalog attribute names a type that does not exist")
                .inFile(handler)
                .onLineContaining("class Ghost");
    }

    @Test
    void handlerOfAFailedExtensionGetsNoErrorOfItsOwn() {
        JavaFileObject handler = Compilations.source("Quiet", """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyHandler(catalog = Acme.class)
                class Quiet { @OnAnyReply void any() {} }
                """);
        Compilation compilation = compile("schema: 2\n", CARRIER, handler);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("test/acme.yaml:1:9: [cat-unsupported-schema]")
                .inFile(CARRIER)
                .onLineContaining("@FtpReplyCatalog");
    }

    @Test
    void twoExtensionsGeneratingTheSameEnum() {
        JavaFileObject second = Compilations.source("Second", """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyCatalog(file = "acme.yaml", enumName = "AcmeReplyCode", messagesName = "SecondMessages")
                interface Second {}
                """);
        Compilation compilation = compile(VALID, CARRIER, second);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[extension-duplicate-name] test.Second would generate"
                        + " test.AcmeReplyCode, which test.Acme generates already; give one of them another enumName")
                .inFile(second)
                .onLineContaining("@FtpReplyCatalog");
    }

    @Test
    void languageWithItsOwnDigitsStillCarriesAsciiNumbers() {
        Compilations.writeCatalog(catalogs, "test/acme.yaml", """
                schema: 1
                locales: [ar]
                codes:
                  - code: 242
                    name: QUOTA_REPORT
                    title: Quota report
                    description: The server reports the user's remaining quota.
                    category: positive-completion
                    group: unspecified
                    text: "{megabytes} MB left."
                    translations: {ar: "{megabytes} ميغابايت متبقية."}
                    placeholders:
                      - {name: megabytes, type: int, description: Megabytes left.}
                    spec: {document: non-standard}
                    status: non-standard
                """);
        JavaFileObject carrier = Compilations.source("Arabic", """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyCatalog(file = "acme.yaml", enumName = "ArabicCode",
                        missingTranslations = FtpReplyCatalog.MissingTranslations.IGNORE)
                interface Arabic {}
                """);
        // Arabic would write 65535 as ٦٥٥٣٥ in MessageFormat; the bundles and the runtime format in Locale.ROOT, so
        // a protocol value stays ASCII and the pattern check passes.
        Compilation compilation = Compilations.compileWithExtensions(catalogs, List.of(), carrier);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void handlerTakingTheCanonicalConstantInsteadOfTheExtensions() {
        JavaFileObject handler = Compilations.source("Canonical", """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyHandler(catalog = Acme.class)
                class Canonical {
                    @OnReply(530) void denied(FtpReplyCode code) {}
                    @OnAnyReply void any() {}
                }
                """);
        Compilation compilation = compile(VALID, CARRIER, handler);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[handler-method-parameter] denied takes an FtpReplyCode, but"
                        + " its class handles the catalog extended by test/acme.yaml, whose codes are the constants of"
                        + " test.AcmeReplyCode; take AcmeReplyCode instead")
                .inFile(handler)
                .onLineContaining("FtpReplyCode code");
    }

    @Test
    void onReplyOfAnExcludedCode() {
        JavaFileObject handler = Compilations.source("Excluded", """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyHandler(catalog = Acme.class)
                class Excluded {
                    @OnReply(421) void closing() {}
                    @OnAnyReply void any() {}
                }
                """);
        Compilation compilation = compile(VALID, CARRIER, handler);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[handler-unknown-code] 421 is excluded from the catalog by"
                        + " test/acme.yaml, so no reply with it reaches @OnReply; remove it here, or remove it from the"
                        + " extension's 'exclude' list")
                .inFile(handler)
                .onLineContaining("@OnReply(421)");
    }

    @Test
    void unknownMissingTranslationsOption() {
        Compilation compilation = compile(VALID, List.of("-Aftpreply.missingTranslations=strict"), CARRIER);
        assertThat(compilation)
                .hadErrorContaining("[handler-invalid-option] -Aftpreply.missingTranslations=strict"
                        + " is not a known value; use -Aftpreply.missingTranslations=ignore or"
                        + " -Aftpreply.missingTranslations=note or -Aftpreply.missingTranslations=warning or"
                        + " -Aftpreply.missingTranslations=error");
    }

    private Compilation compile(String yaml, List<String> options, JavaFileObject... sources) {
        Compilations.writeCatalog(catalogs, "test/acme.yaml", yaml);
        List<String> all = new java.util.ArrayList<>(options);
        all.add("-Aftpreply.catalogPath=" + catalogs);
        return Compilations.compile(all, sources);
    }

    @Test
    void validExtensionOverTheTestCatalogCompilesCleanly() throws IOException {
        JavaFileObject handler = Compilations.source("Small", """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyHandler(catalog = Acme.class, exhaustiveness = FtpReplyHandler.Exhaustiveness.EVERY_CODE)
                class Small {
                    @OnReply({150, 200, 220, 230, 242, 331, 530, 550}) void any(AcmeReplyCode code) {}
                }
                """);
        Compilation compilation = compile(VALID, CARRIER, handler);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(Compilations.generatedSource(compilation, "test.SmallDispatcher")
                        .toLowerCase(Locale.ROOT))
                .doesNotContain("case 421");
    }
}

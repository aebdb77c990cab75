package io.github.ftpreply.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile extension catalogs, one per class of input that once broke a build (issue 13; docs/extending.md,
 * "Limits"): each gives an error with its id at the YAML line and column, or compiles and round-trips exactly.
 * Compiled over the canonical catalog, as users do. The annotation's own hostile values (restricted identifiers,
 * the annotated type's name) and files that are not regular files (a directory, a FIFO, {@code /dev/zero}, a symbolic
 * link loop, a 3 GB sparse file) are pinned in {@link ExtensionDiagnosticsTest}; {@link EclipseCompilerTest} compiles
 * {@link #ROUND_TRIP} with ECJ.
 */
class HostileCatalogTest {
    private static final JavaFileObject CARRIER = Compilations.source("Acme", """
            package test;

            import io.github.ftpreply.*;

            @FtpReplyCatalog(file = "x*/acme.yaml", enumName = "AcmeReplyCode",
                    missingTranslations = FtpReplyCatalog.MissingTranslations.IGNORE)
            interface Acme {}
            """);

    /** One new code; line 3 is its code, 4 its name, 6 its description, 9 its text. */
    private static final String ONE_CODE = ExtensionDiagnosticsTest.VALID.replace("exclude: [421]\n", "");

    private static final String BRACES = "a {{}} b }}''{{ '{{'}}' l'x {{{{";
    private static final String LONGEST_TEXT = "x".repeat(4096);
    private static final String LONGEST_DESCRIPTION = "ä".repeat(2048);
    private static final String THIRTY_TWO =
            IntStream.range(0, 32).mapToObj(i -> "{p" + i + "}").collect(Collectors.joining(" "));

    /** Texts at every limit, names that once clashed, every optional field: all of it compiles and round-trips. */
    static final String ROUND_TRIP = """
            schema: 1
            locales: [en, he, yi, id]
            sources:
              - id: acme-manual
                file: manual*/x.txt
                description: "The Acme manual, with */ and \\\\u0041 and {@code x} and <b> & @see."
            codes:
              - code: 242
                name: BRACES
                title: Braces
                description: Literal braces beside apostrophes.
                category: positive-completion
                group: unspecified
                text: "%s"
                spec: {document: non-standard}
                status: non-standard
              - code: 243
                name: LOCALE_CLASH
                title: Names that generated code uses
                description: Placeholders named like the accessor's own parameter and methods.
                category: positive-completion
                group: unspecified
                text: "{locale} {text} {code} {arguments}"
                placeholders:
                  - {name: locale, type: string, description: A locale.}
                  - {name: text, type: string, description: A text.}
                  - {name: code, type: int, description: A code.}
                  - {name: arguments, type: path, description: A path.}
                spec: {document: non-standard}
                status: non-standard
              - code: 244
                name: THIRTY_TWO
                title: The most placeholders
                description: "%s"
                category: positive-completion
                group: unspecified
                text: "%s"
                placeholders: [%s]
                spec: {document: non-standard}
                status: non-standard
              - code: 245
                name: EVERYTHING
                title: "Every field 😀 */"
                description: "Every optional field at once, with <b> & @see {@code x} \\\\u0041 */."
                category: positive-completion
                group: unspecified
                text: "Everything {what}."
                translations: {he: "הכול {what}.", yi: "אַלץ {what}.", id: "Semua {what}."}
                placeholders:
                  - {name: what, type: string, description: "What */ is there."}
                spec: {document: RFC 959, section: "4.2 */"}
                status: non-standard
                sources: [acme-manual]
                meanings:
                  - {meaning: "One meaning */.", origins: [acme-manual, RFC 959], primary: true, why: "It is */ first."}
                  - {meaning: Another meaning., origins: [acme-manual]}
              - code: 550
                override: true
                title: "Overridden */ with every field"
                description: "Every field an override may change, {{at once}}."
                text: "No {path} here {{'ok'}}."
                placeholders:
                  - {name: path, type: path, description: "The path */."}
                translations: {he: "אין {path} {{'ok'}}.", de: "Kein {path} {{'ok'}}."}
              - code: 246
                name: LONGEST
                title: The longest text
                description: A text at the length limit.
                category: positive-completion
                group: unspecified
                text: "%s"
                spec: {document: non-standard}
                status: non-standard
            """.formatted(
                    BRACES,
                    LONGEST_DESCRIPTION,
                    THIRTY_TWO,
                    IntStream.range(0, 32)
                            .mapToObj(i -> "{name: p" + i + ", type: int, description: A value.}")
                            .collect(Collectors.joining(", ")),
                    LONGEST_TEXT);

    @TempDir
    Path catalogs;

    private Compilation compile(String yaml) {
        Compilations.writeCatalog(catalogs, "test/x*/acme.yaml", yaml);
        return Compilations.compileWithExtensions(catalogs, List.of(), CARRIER);
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                reject("CR LF in a text", "text: \"ok\\r\\n230 User logged in\"", "9:11", "cat-forbidden-character"),
                reject("LINE SEPARATOR in a text", "text: \"a\\u2028b\"", "9:11", "cat-forbidden-character"),
                reject("NEL in a description", "description: \"a\\x85b\"", "6:18", "cat-forbidden-character"),
                reject("VT in a description", "description: \"a\\vb\"", "6:18", "cat-forbidden-character"),
                reject("NUL in a text", "text: \"a\\0b\"", "9:11", "cat-forbidden-character"),
                reject("70,000 characters of text", "text: " + "x".repeat(70_000), "9:11", "cat-value-too-long"),
                reject("35,000 ä in a description", "description: " + "ä".repeat(35_000), "6:18", "cat-value-too-long"),
                reject(
                        "300 placeholders",
                        "text: \""
                                + IntStream.range(0, 300)
                                        .mapToObj(i -> "{p" + i + "}")
                                        .collect(Collectors.joining())
                                + "\"\n    placeholders: ["
                                + IntStream.range(0, 300)
                                        .mapToObj(i -> "{name: p" + i + ", type: int, description: A value.}")
                                        .collect(Collectors.joining(", "))
                                + "]",
                        "10:19",
                        "cat-too-many"),
                reject("hexadecimal code", "code: 0xF2", "3:11", "cat-wrong-type"),
                reject("octal code", "code: 0362", "3:11", "cat-wrong-type"),
                reject("binary code", "code: 0b1000100100", "3:11", "cat-wrong-type"),
                reject("sexagesimal code", "code: 3:40:00", "3:11", "cat-wrong-type"),
                reject("20-digit code", "code: 99999999999999999999", "3:11", "cat-wrong-type"),
                reject("non-ASCII name", "name: ÄNDERUNG", "4:11", "cat-invalid-identifier"),
                reject("name of the enum's own field", "name: BY_CODE", "4:11", "cat-reserved-word"),
                reject("misindented line", "   title: Quota report", "5:4", "cat-yaml-syntax"),
                Arguments.of("he beside iw", ONE_CODE + "locales: [en, he, iw]\n", "12:19", "cat-invalid-locale"),
                Arguments.of("und", ONE_CODE + "locales: [und]\n", "12:11", "cat-invalid-locale"),
                Arguments.of(
                        "12,000 locales",
                        ONE_CODE
                                + IntStream.range(0, 12_000)
                                        .mapToObj(i -> "" + (char) ('a' + i / 676 % 26) + (char) ('a' + i / 26 % 26)
                                                + (char) ('a' + i % 26))
                                        .collect(Collectors.joining(", ", "locales: [", "]\n")),
                        "12:10",
                        "cat-too-many"),
                Arguments.of(
                        "10,000 nesting levels",
                        ONE_CODE + "deep: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n",
                        "12:26",
                        "cat-yaml-limit"));
    }

    /** {@link #ONE_CODE} with the line that starts like {@code line} (its key) replaced by it. */
    private static Arguments reject(String name, String line, String position, String id) {
        String key = line.trim().substring(0, line.trim().indexOf(':') + 1);
        String yaml = ONE_CODE.lines()
                .map(l -> l.trim().startsWith(key) && !l.trim().startsWith("- ") ? "    " + line.strip() : l)
                .collect(Collectors.joining("\n", "", "\n"));
        if (line.startsWith("   t")) {
            yaml = yaml.replace("    title: Quota report", line);
        }
        if (key.equals("code:")) {
            yaml = yaml.replace("  - code: 242", "  - " + line);
        }
        return Arguments.of(name, yaml, position, id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void rejectedWithItsIdAtItsPosition(String name, String yaml, String position, String id) {
        Compilation compilation = compile(yaml);
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("test/x*/acme.yaml:" + position + ": [" + id + "] ")
                .inFile(CARRIER)
                .onLineContaining("@FtpReplyCatalog");
        assertThat(compilation.errors().toString()).doesNotContain("handler-internal-error");
    }

    @Test
    void aByteThatIsNotUtf8IsReportedOnItsLine() throws IOException {
        Path file = Files.createDirectories(catalogs.resolve("test/x*")).resolve("acme.yaml");
        Files.write(
                file,
                ONE_CODE.replace("description: The", "description: \u00e9The").getBytes(StandardCharsets.ISO_8859_1));
        Compilation compilation = Compilations.compileWithExtensions(catalogs, List.of(), CARRIER);
        assertThat(compilation)
                .hadErrorContaining("test/x*/acme.yaml:6:18: [cat-yaml-syntax] this byte is not UTF-8")
                .inFile(CARRIER)
                .onLineContaining("@FtpReplyCatalog");
    }

    @Test
    void messagesSayWhatIsWrongInPlainWords() {
        String errors = Stream.of("code: 0b1000100100", "code: 3:40:00", "code: 99999999999999999999", "name: ÄNDERUNG")
                .map(line -> compile((String) reject("", line, "", "").get()[1])
                        .errors()
                        .toString())
                .collect(Collectors.joining("\n"));
        assertThat(errors).doesNotContain("found an integer");
        assertThat(errors).contains("but '0b1000100100' is in another notation");
        assertThat(errors).contains("but '3:40:00' is in another notation");
        assertThat(errors).contains("but 99999999999999999999 is too large");
        assertThat(errors).contains("'ÄNDERUNG' has letters outside A-Z");
        assertThat(errors).doesNotContain("NDERUNG;");
        String indentation = compile(
                        (String) reject("", "   title: Quota report", "", "").get()[1])
                .errors()
                .toString();
        assertThat(indentation).contains("this line does not line up with the lines above it");
        assertThat(indentation).doesNotContain("<block end>");
    }

    @Test
    void valuesAtEveryLimitCompileAndRoundTripExactly() throws Exception {
        Compilations.writeCatalog(catalogs, "test/x*/acme.yaml", ROUND_TRIP);
        // Lint and doclint too: hostile text must not make the generated Javadoc malformed either.
        Compilation compilation =
                Compilations.compileWithExtensions(catalogs, List.of("-Xlint:all", "-Xdoclint:all/protected"), CARRIER);
        assertThat(compilation).succeededWithoutWarnings();
        ClassLoader loader = new CompiledClassLoader(compilation);
        Class<?> codes = loader.loadClass("test.AcmeReplyCode");
        Class<?> messages = loader.loadClass("test.AcmeReplyMessages");
        Method of = codes.getMethod("of", int.class);
        Method text = messages.getMethod("text", codes, Locale.class, Object[].class);

        assertThat(codes.getMethod("defaultText").invoke(of.invoke(null, 242))).isEqualTo(BRACES);
        assertThat(text.invoke(null, of.invoke(null, 242), Locale.ROOT, new Object[0]))
                .isEqualTo("a {} b }''{ '{'}' l'x {{");

        assertThat(messages.getMethod("localeClash", Locale.class, String.class, String.class, int.class, String.class)
                        .invoke(null, Locale.ENGLISH, "L", "T", 7, "/a\"b"))
                .isEqualTo("L T 7 /a\"\"b");

        Class<?>[] ints = new Class<?>[33];
        Object[] values = new Object[33];
        ints[0] = Locale.class;
        values[0] = Locale.ENGLISH;
        for (int i = 1; i < 33; i++) {
            ints[i] = int.class;
            values[i] = i - 1;
        }
        assertThat(messages.getMethod("thirtyTwo", ints).invoke(null, values))
                .isEqualTo(IntStream.range(0, 32).mapToObj(String::valueOf).collect(Collectors.joining(" ")));
        assertThat(codes.getMethod("description").invoke(of.invoke(null, 244))).isEqualTo(LONGEST_DESCRIPTION);
        assertThat(codes.getMethod("defaultText").invoke(of.invoke(null, 246))).isEqualTo(LONGEST_TEXT);

        Object overridden = of.invoke(null, 550);
        assertThat(codes.getMethod("title").invoke(overridden)).isEqualTo("Overridden */ with every field");
        Method fileUnavailable = messages.getMethod("fileUnavailable", Locale.class, String.class);
        assertThat(fileUnavailable.invoke(null, Locale.GERMAN, "/a\"b")).isEqualTo("Kein /a\"\"b {'ok'}.");
        assertThat(fileUnavailable.invoke(null, Locale.forLanguageTag("iw"), "/x"))
                .isEqualTo("אין /x {'ok'}.");
        // An argument cannot add a reply line: the accessor replaces the line break.
        assertThat(fileUnavailable.invoke(null, Locale.ENGLISH, "/x\r\n230 Logged in"))
                .isEqualTo("No /x\ufffd\ufffd230 Logged in here {'ok'}.");

        Object everything = of.invoke(null, 245);
        assertThat(codes.getMethod("title").invoke(everything)).isEqualTo("Every field 😀 */");
        assertThat(codes.getMethod("description").invoke(everything))
                .isEqualTo("Every optional field at once, with <b> & @see {@code x} \\u0041 */.");
        assertThat(codes.getMethod("spec").invoke(everything)).isEqualTo("RFC 959 §4.2 */");
        String source = Compilations.generatedSource(compilation, "test.AcmeReplyCode");
        assertThat(source).contains("merged with <code>test/x*&#47;acme.yaml</code>");
        assertThat(source).contains("<i>From acme-manual, RFC 959.</i> It is *&#47; first.");
    }

    @Test
    void newLanguageCodesAndTheirLegacyFormsFindTheSameTexts() throws Exception {
        Compilation compilation = compile(ROUND_TRIP);
        ClassLoader loader = new CompiledClassLoader(compilation);
        Class<?> codes = loader.loadClass("test.AcmeReplyCode");
        Method everything =
                loader.loadClass("test.AcmeReplyMessages").getMethod("everything", Locale.class, String.class);
        for (String[] tags : new String[][] {{"he", "iw"}, {"yi", "ji"}, {"id", "in"}}) {
            String expected = switch (tags[0]) {
                case "he" -> "הכול x.";
                case "yi" -> "אַלץ x.";
                default -> "Semua x.";
            };
            for (String tag : tags) {
                assertThat(everything.invoke(null, Locale.forLanguageTag(tag), "x"))
                        .isEqualTo(expected);
                @SuppressWarnings("deprecation") // the constructor is how old code spells a legacy language
                Locale legacy = new Locale(tag);
                assertThat(everything.invoke(null, legacy, "x")).isEqualTo(expected);
            }
        }
        // Canonical codes keep their ten languages in the merged bundles.
        Method text = loader.loadClass("test.AcmeReplyMessages").getMethod("text", codes, Locale.class, Object[].class);
        Object notLoggedIn = codes.getMethod("of", int.class).invoke(null, 530);
        for (Locale locale : io.github.ftpreply.FtpReplyMessages.LOCALES) {
            assertThat(text.invoke(null, notLoggedIn, locale, new Object[0]))
                    .isEqualTo(io.github.ftpreply.FtpReplyMessages.text(
                            io.github.ftpreply.FtpReplyCode.NOT_LOGGED_IN, locale));
        }
    }
}

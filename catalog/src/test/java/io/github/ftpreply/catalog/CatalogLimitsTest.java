package io.github.ftpreply.catalog;

import static io.github.ftpreply.catalog.CatalogValidatorTest.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The limits of docs/extending.md ("Limits"): characters, lengths, counts, decimal codes and locale tags, each
 * refused with its id at the line and column of the value, with a message that says what to write instead.
 */
class CatalogLimitsTest {

    /** One valid code; line 6 is its text, line 4 its title. */
    private static String catalog(String text) {
        return """
                schema: 1
                codes:
                  - code: 220
                    title: Service ready
                    name: SERVICE_READY
                    text: %s
                    description: The server greets a new user.
                    category: positive-completion
                    group: connections
                    spec: {document: RFC 959}
                    status: standard
                """.formatted(text);
    }

    @Test
    void theTemplateIsValid() {
        assertEquals(
                java.util.List.of(),
                CatalogLoader.read("test.yaml", catalog("Ready.")).diagnostics());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'\"ok\\r\\n230 User logged in\"' | U+000D (a carriage return) at character 3",
                "'\"ok\\n\"'                       | U+000A (a line feed) at character 3",
                "'\"a\\0b\"'                       | U+0000 (NUL) at character 2",
                "'\"a\\u2028b\"'                   | U+2028 (LINE SEPARATOR) at character 2",
                "'\"a\\u2029b\"'                   | U+2029 (PARAGRAPH SEPARATOR) at character 2",
                "'\"a\\x85b\"'                     | U+0085 (NEL, a line break) at character 2",
                "'\"a\\vb\"'                       | U+000B (a control character) at character 2",
                "'\"a\\tb\"'                       | U+0009 (a tab) at character 2",
                "'\"a\\x9bb\"'                     | U+009B (a control character) at character 2",
                "'\"a\\x7fb\"'                     | U+007F (a control character) at character 2",
                "'\"a\\ud800b\"'                   | U+D800 (half of a surrogate pair) at character 2",
            })
    void controlAndLineSeparatorCharactersAreRefused(String text, String described) {
        Diagnostic d = single(catalog(text), CatalogError.FORBIDDEN_CHARACTER, 6, 11);
        assertTrue(d.message().startsWith("this value holds " + described + ";"), d.message());
    }

    @Test
    void aFoldedBlockThatEndsWithALineBreakSaysHowToWriteIt() {
        String yaml = catalog("Ready.").replace("    text: Ready.", "    text: >\n      Ready.");
        Diagnostic d = single(yaml, CatalogError.FORBIDDEN_CHARACTER, 6, 11);
        assertTrue(d.message().endsWith("write '>-' instead)"), d.message());
    }

    @Test
    void aCharacterInAKeyIsRefusedToo() {
        Diagnostic d = CatalogLoader.read("test.yaml", catalog("Ready.") + "\"x\\ny\": 1\n")
                .diagnostics()
                .get(0);
        assertEquals(CatalogError.FORBIDDEN_CHARACTER, d.error(), d::toString);
        assertEquals("12:1", d.line() + ":" + d.column(), d::toString);
    }

    @Test
    void aValueLongerThanTheLimitInModifiedUtf8IsRefused() {
        // 2,049 'ä' are 2,049 characters but 4,098 bytes of modified UTF-8.
        Diagnostic d = single(
                catalog("Ready.").replace("The server greets a new user.", "ä".repeat(2049)),
                CatalogError.VALUE_TOO_LONG,
                7,
                18);
        assertTrue(d.message().startsWith("this value is 4098 bytes long"), d.message());
        assertEquals(
                java.util.List.of(),
                CatalogLoader.read(
                                "test.yaml",
                                catalog("Ready.").replace("The server greets a new user.", "ä".repeat(2048)))
                        .diagnostics());
    }

    @Test
    void seventyThousandCharactersAreRefused() {
        single(catalog("x".repeat(70_000)), CatalogError.VALUE_TOO_LONG, 6, 11);
    }

    @Test
    void modifiedUtf8CountsNulAsTwoAndSupplementaryCharactersAsSix() {
        assertEquals(2 + 1 + 2 + 3 + 6, ValueLimits.modifiedUtf8Length("\0aé€😀"));
    }

    @Test
    void tooManyLocalesAreRefused() {
        String locales = IntStream.range(0, 101)
                .mapToObj(i -> "" + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26) + "-" + "Z".repeat(0))
                .map(l -> l.replace("-", ""))
                .collect(Collectors.joining(", ", "locales: [", "]\n"));
        Diagnostic d = CatalogLoader.read("test.yaml", locales + catalog("Ready.")).diagnostics().stream()
                .filter(x -> x.error() == CatalogError.TOO_MANY)
                .findFirst()
                .orElseThrow();
        assertEquals("1:10", d.line() + ":" + d.column(), d::toString);
        assertEquals("the catalog lists 101 locales; at most 100 are allowed", d.message());
    }

    @Test
    void tooManyPlaceholdersAreRefused() {
        String names = IntStream.range(0, 33).mapToObj(i -> "p" + i).collect(Collectors.joining());
        StringBuilder yaml = new StringBuilder(catalog(
                IntStream.range(0, 33).mapToObj(i -> "{p" + i + "}").collect(Collectors.joining(" ", "\"", "\""))));
        yaml.append("    placeholders:\n");
        IntStream.range(0, 33)
                .forEach(i ->
                        yaml.append("      - {name: p").append(i).append(", type: string, description: A value.}\n"));
        Diagnostic d = single(yaml.toString(), CatalogError.TOO_MANY, 13, 7);
        assertEquals("code 220 lists 33 placeholders; at most 32 are allowed", d.message(), names);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0xDC", "0334", "0b11011100", "3:40", "2_20", "+0220"})
    void codesInOtherNotationsAreRefusedSayingSo(String code) {
        Diagnostic d = single(catalog("Ready.").replace("code: 220", "code: " + code), CatalogError.WRONG_TYPE, 3, 11);
        assertTrue(
                d.message()
                        .startsWith("'code' of 'SERVICE_READY' must be an integer, written in plain"
                                + " decimal digits, but '" + code + "' is in another notation"),
                d.message());
    }

    @Test
    void aHugeCodeIsTooLargeNotAWrongKindOfValue() {
        Diagnostic d = single(
                catalog("Ready.").replace("code: 220", "code: 99999999999999999999"), CatalogError.WRONG_TYPE, 3, 11);
        assertEquals(
                "'code' of 'SERVICE_READY' must be an integer, but 99999999999999999999 is too large", d.message());
    }

    @Test
    void aQuotedCodeSaysToDropTheQuotes() {
        Diagnostic d = single(catalog("Ready.").replace("code: 220", "code: \"220\""), CatalogError.WRONG_TYPE, 3, 11);
        assertTrue(d.message().endsWith("found a string; write digits without quotes"), d.message());
    }

    @Test
    void aNameWithLettersOutsideAsciiIsNotGivenAMangledSuggestion() {
        Diagnostic d =
                single(catalog("Ready.").replace("SERVICE_READY", "ÄNDERUNG"), CatalogError.INVALID_IDENTIFIER, 5, 11);
        assertTrue(d.message().startsWith("'ÄNDERUNG' has letters outside A-Z;"), d.message());
        assertTrue(!d.message().contains("NDERUNG,") && !d.message().contains("as NDERUNG"), d.message());
    }

    @ParameterizedTest
    @CsvSource({"iw, he", "ji, yi", "in, id"})
    void legacyLanguageCodesAreRefusedWithTheCodeToWrite(String legacy, String current) {
        Diagnostic d =
                single("locales: [en, " + legacy + "]\n" + catalog("Ready."), CatalogError.INVALID_LOCALE, 1, 15);
        assertEquals(
                "locale '" + legacy + "' is an old code that Java reads as '" + current + "'; write '" + current + "'",
                d.message());
    }

    @Test
    void undeterminedIsRefused() {
        Diagnostic d = single("locales: [und]\n" + catalog("Ready."), CatalogError.INVALID_LOCALE, 1, 11);
        assertTrue(d.message().startsWith("locale 'und' names no language"), d.message());
    }

    @Test
    void currentCodesForHebrewYiddishAndIndonesianAreAccepted() {
        CatalogLoader.Result result = CatalogLoader.read(
                "test.yaml",
                "locales: [en, he, yi, id]\n"
                        + catalog("Ready.")
                                .replace(
                                        "    text: Ready.",
                                        "    text: Ready.\n    translations: {he: \"מוכן.\", yi: \"גרייט.\", id: Siap.}"));
        assertEquals(java.util.List.of(), result.diagnostics());
    }

    @Test
    void tenThousandNestingLevelsAreReportedWhereTheyGoTooDeep() {
        String yaml = "schema: 1\ncodes: []\ndeep: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        single(yaml, CatalogError.YAML_LIMIT, 3, 26);
    }

    @Test
    void aNonUtf8ByteOnLineSixIsReportedThere() throws IOException {
        byte[] yaml = catalog("Ready\u00e9.").getBytes(StandardCharsets.ISO_8859_1);
        CatalogLoader.Result result = CatalogLoader.read("test.yaml", new ByteArrayInputStream(yaml));
        assertEquals(
                "test.yaml:6:16: error [cat-yaml-syntax] this byte is not UTF-8; save the file as UTF-8",
                result.diagnostics().get(0).toString());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'codes:\\n  - code: 220\\n   name: X\\n' | 3:4 | this line does not line up",
                "'codes: [220\\n' | 2:1 | a list in [ ] or a map in { } is not closed",
                "'codes:\\n\\t- code: 220\\n' | 2:1 | a tab cannot indent YAML",
                "'codes: \"abc\\n' | 2:1 | a quoted value is never closed",
                "'codes: a: b\\n' | 1:9 | a ': ' here would start a key inside a value",
            })
    void yamlSyntaxErrorsAreExplainedInPlainWords(String yaml, String at, String start) {
        CatalogLoader.Result result = CatalogLoader.read(
                "test.yaml", "schema: 1\n" + yaml.replace("\\n", "\n").replace("\\t", "\t"));
        Diagnostic d = result.diagnostics().get(0);
        assertEquals(CatalogError.YAML_SYNTAX, d.error(), d::toString);
        assertTrue(d.message().startsWith(start), d::toString);
        assertTrue(!d.message().contains("<block end>") && !d.message().contains("expected"), d::toString);
        assertEquals(at, (d.line() - 1) + ":" + d.column(), d::toString);
    }
}

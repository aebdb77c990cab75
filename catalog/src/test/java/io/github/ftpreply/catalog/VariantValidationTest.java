package io.github.ftpreply.catalog;

import static io.github.ftpreply.catalog.CatalogValidatorTest.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A code's {@code variants}: loaded into the model, and validated like main texts, each error at its line. */
class VariantValidationTest {

    /** Line numbers in the tests count from "schema: 1" as line 1. */
    private static final String VALID = """
      schema: 1
      locales: [en, de]
      codes:
        - code: 211
          name: SYSTEM_STATUS
          title: System status
          description: Status or help.
          category: positive-completion
          group: information
          text: "System status."
          translations: {de: "Systemstatus."}
          spec: {document: RFC 959}
          status: standard
          variants:
            - name: stat
              description: The answer to STAT.
              lines: ["Status of {host}:", "End of status."]
              translations:
                de: ["Status von {host}:", "Ende des Status."]
              placeholders:
                - {name: host, type: string, description: The host name.}
            - name: brief
              description: A one-line text.
              text: "All is well."
              translations: {de: "Alles in Ordnung."}
      """;

    @Test
    void variantsLoadIntoTheModel() {
        CatalogLoader.Result result = CatalogLoader.read("v.yaml", VALID);
        assertEquals(List.of(), result.diagnostics());
        ReplyCodeEntry entry = result.catalog().orElseThrow().code(211).orElseThrow();
        assertEquals(2, entry.variants().size());
        TextVariant stat = entry.variants().get(0);
        assertEquals("stat", stat.name());
        assertTrue(stat.multiLine());
        assertEquals(
                List.of("Status of {host}:", "End of status."),
                stat.lines().stream().map(TextTemplate::source).toList());
        assertEquals(
                List.of("Status von {host}:", "Ende des Status."),
                stat.translations().get("de").stream().map(TextTemplate::source).toList());
        assertEquals("host", stat.placeholders().get(0).name());
        assertEquals(
                new io.github.ftpreply.catalog.yaml.Position(15, 9),
                stat.location().position());
        TextVariant one = entry.variants().get(1);
        assertFalse(one.multiLine());
        assertEquals("All is well.", one.lines().get(0).source());
        assertEquals("Alles in Ordnung.", one.translations().get("de").get(0).source());
    }

    @Test
    void undeclaredPlaceholderInAVariantText() {
        Diagnostic d = single(
                VALID.replace("text: \"All is well.\"", "text: \"All is {state}.\"")
                        .replace("{de: \"Alles in Ordnung.\"}", "{de: \"Alles {state}.\"}"),
                CatalogError.UNDECLARED_PLACEHOLDER,
                24,
                15);
        assertTrue(d.message().startsWith("the text of variant 'brief' of code 211 uses {state}"), d.message());
    }

    @Test
    void tooManyLinesInAVariant() {
        String lines = "[" + String.join(", ", java.util.Collections.nCopies(33, "\"Line {host}.\"")) + "]";
        Diagnostic d = single(
                VALID.replace("[\"Status of {host}:\", \"End of status.\"]", lines)
                        .replace("[\"Status von {host}:\", \"Ende des Status.\"]", lines),
                CatalogError.TOO_MANY,
                17,
                16); // at the '[' of the list
        assertEquals("the variant 'stat' of code 211 lists 33 lines; at most 32 are allowed", d.message());
    }

    @Test
    void placeholderUnusedByEveryLine() {
        Diagnostic d = single(
                VALID.replace("\"Status of {host}:\"", "\"Status:\"").replace("\"Status von {host}:\"", "\"Status:\""),
                CatalogError.UNUSED_PLACEHOLDER,
                21,
                20);
        assertTrue(d.message().startsWith("placeholder 'host' of variant 'stat' of code 211 is never used"));
    }

    @Test
    void translatedLinesMustCarryTheSamePlaceholders() {
        Diagnostic d = single(
                VALID.replace("\"Status von {host}:\"", "\"Status von {server}:\""),
                CatalogError.TRANSLATION_PLACEHOLDERS,
                19,
                15);
        assertEquals(
                "the de translation of variant 'stat' of code 211 has placeholders {server} but the text has"
                        + " {host}; use exactly the text's placeholders",
                d.message());
    }

    @Test
    void translationOfLinesWithAnotherLineCount() {
        Diagnostic d = single(
                VALID.replace("[\"Status von {host}:\", \"Ende des Status.\"]", "[\"Status von {host}: fertig.\"]"),
                CatalogError.TRANSLATION_LINES,
                19,
                15);
        assertEquals(
                "the de translation of variant 'stat' of code 211 has 1 lines but the text has 2; translate it line"
                        + " by line, as the reply's lines are sent",
                d.message());
    }

    @Test
    void translationOfLinesThatIsOneString() {
        Diagnostic d = single(
                VALID.replace("[\"Status von {host}:\", \"Ende des Status.\"]", "\"Status von {host}:\""),
                CatalogError.WRONG_TYPE,
                19,
                15);
        assertEquals(
                "the de translation of variant 'stat' of code 211 must be a list of 2 lines, found a string",
                d.message());
    }

    @Test
    void malformedLineIsReportedAtTheLine() {
        Diagnostic d =
                single(VALID.replace("\"End of status.\"", "\"End of {status.\""), CatalogError.MALFORMED_TEXT, 17, 38);
        assertTrue(d.message().startsWith("line 2 of variant 'stat' of code 211 is malformed"), d.message());
    }

    @Test
    void malformedTranslatedLineIsReportedAtTheLine() {
        Diagnostic d = single(VALID.replace("\"Ende des Status.\"", "\"Ende }\""), CatalogError.MALFORMED_TEXT, 19, 38);
        assertTrue(
                d.message().startsWith("line 2 of the de translation of variant 'stat' of code 211 is malformed"),
                d.message());
    }

    @Test
    void textAndLinesTogether() {
        Diagnostic d = single(
                VALID.replace("text: \"All is well.\"\n", "text: \"All is well.\"\n        lines: [Fine.]\n"),
                CatalogError.INVALID_VALUE,
                25,
                9);
        assertTrue(d.message().startsWith("variant 'brief' of code 211 has both 'text' and 'lines'"), d.message());
    }

    @Test
    void neitherTextNorLines() {
        Diagnostic d = single(
                VALID.replace("        text: \"All is well.\"\n", "")
                        .replace("        translations: {de: \"Alles in Ordnung.\"}\n", ""),
                CatalogError.MISSING_FIELD,
                22,
                9);
        assertTrue(d.message().startsWith("variant 'brief' of code 211 has neither 'text' nor 'lines'"), d.message());
    }

    @Test
    void emptyLines() {
        String yaml = VALID.replace("lines: [\"Status of {host}:\", \"End of status.\"]", "lines: []")
                .replace("de: [\"Status von {host}:\", \"Ende des Status.\"]", "de: []");
        Diagnostic d = single(yaml, CatalogError.INVALID_VALUE, 17, 16);
        assertTrue(d.message().startsWith("'lines' of variant 'stat' of code 211 is empty"), d.message());
    }

    @Test
    void variantNameMustBeLowerCamelCase() {
        Diagnostic d =
                single(VALID.replace("- name: brief", "- name: Short-Text"), CatalogError.INVALID_IDENTIFIER, 22, 15);
        assertTrue(d.message().startsWith("variant name 'Short-Text' of code 211 must be a lowerCamelCase"));
    }

    @Test
    void variantNameThatIsAKeyword() {
        single(VALID.replace("- name: brief", "- name: new"), CatalogError.INVALID_IDENTIFIER, 22, 15);
    }

    @Test
    void duplicateVariantName() {
        Diagnostic d = single(VALID.replace("- name: brief", "- name: stat"), CatalogError.DUPLICATE_NAME, 22, 15);
        assertEquals("variant 'stat' of code 211 is already declared at line 15; rename or remove one", d.message());
    }

    @Test
    void unknownKeyInAVariant() {
        Diagnostic d = single(
                VALID.replace("description: A one-line text.", "descripton: A one-line text."),
                CatalogError.UNKNOWN_KEY,
                23,
                9);
        assertTrue(d.message().contains("in variant 'brief' of code 211; did you mean 'description'?"), d.message());
    }

    @Test
    void missingVariantTranslationFollowsThePolicy() throws IOException {
        String yaml = VALID.replace("        translations: {de: \"Alles in Ordnung.\"}\n", "");
        CatalogLoader.Result warned = CatalogLoader.read("v.yaml", yaml);
        assertEquals(1, warned.diagnostics().size(), warned.diagnostics()::toString);
        Diagnostic d = warned.diagnostics().get(0);
        assertEquals(CatalogError.MISSING_TRANSLATION, d.error());
        assertEquals(Diagnostic.Severity.WARNING, d.severity());
        assertEquals("22:9", d.line() + ":" + d.column());
        assertEquals(
                "variant 'brief' of code 211 has no translation for de; add one under 'translations', or the en"
                        + " text is used",
                d.message());
        CatalogLoader.Result strict = CatalogLoader.read(
                "v.yaml",
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                MissingTranslationPolicy.ERROR);
        assertTrue(strict.hasErrors());
    }

    @Test
    void secondDigitSixToNineHasGroupNone() {
        String yaml = VALID.replace("code: 211", "code: 299").replace("group: information", "group: none");
        CatalogLoader.Result result = CatalogLoader.read("v.yaml", yaml);
        assertEquals(List.of(), result.diagnostics());
        ReplyCodeEntry entry = result.catalog().orElseThrow().code(299).orElseThrow();
        assertEquals(java.util.Optional.empty(), entry.group());
    }

    @Test
    void secondDigitSixToNineWithAGroupIsAMismatch() {
        Diagnostic d = single(VALID.replace("code: 211", "code: 299"), CatalogError.GROUP_MISMATCH, 9, 12);
        assertEquals(
                "code 299 has second digit 9, so its group is 'none', not 'information' (RFC 959 §4.2.1 defines"
                        + " groups for 0..5 only)",
                d.message());
    }

    @Test
    void groupNoneOnACodeThatHasAGroupIsAMismatch() {
        Diagnostic d = single(VALID.replace("group: information", "group: none"), CatalogError.GROUP_MISMATCH, 9, 12);
        assertEquals("code 211 has second digit 1, so its group is 'information', not 'none'", d.message());
    }
}

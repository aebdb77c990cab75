package io.github.ftpreply.catalog;

import static io.github.ftpreply.catalog.CatalogValidatorTest.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Translations carry the base text's placeholders, name declared locales, and are complete unless allowed not. */
class TranslationValidationTest {

    private static final String VALID = """
      schema: 1
      locales: [en, de, fr]
      codes:
        - code: 120
          name: SERVICE_READY_IN
          title: Service ready soon
          description: The server will be ready in a few minutes.
          category: positive-preliminary
          group: connections
          text: "Service ready in {minutes} minutes."
          translations:
            de: "Dienst in {minutes} Minuten bereit."
            fr: "Service prêt dans {minutes} minutes, l'attente est courte."
          placeholders:
            - {name: minutes, type: int, description: Minutes until ready.}
          spec: {document: RFC 959}
          status: standard
      """;

    @Test
    void translationsLoadInLocaleOrder() {
        CatalogLoader.Result result = CatalogLoader.read("t.yaml", VALID);
        assertEquals(List.of(), result.diagnostics());
        Catalog catalog = result.catalog().orElseThrow();
        assertEquals(List.of("en", "de", "fr"), catalog.locales());
        ReplyCodeEntry entry = catalog.code(120).orElseThrow();
        assertEquals(List.of("de", "fr"), List.copyOf(entry.translations().keySet()));
        assertEquals(
                "Dienst in {minutes} Minuten bereit.",
                entry.translations().get("de").source());
    }

    @Test
    void placeholderMismatchNamesLocaleAndCode() {
        Diagnostic d = single(
                VALID.replace("Dienst in {minutes} Minuten", "Dienst in {minuten} Minuten"),
                CatalogError.TRANSLATION_PLACEHOLDERS,
                12,
                11);
        assertEquals(
                "the de translation of code 120 has placeholders {minuten} but the text has {minutes};"
                        + " use exactly the text's placeholders",
                d.message());
    }

    @Test
    void droppedPlaceholderIsAMismatch() {
        single(
                VALID.replace("Dienst in {minutes} Minuten bereit.", "Dienst bald bereit."),
                CatalogError.TRANSLATION_PLACEHOLDERS,
                12,
                11);
    }

    @Test
    void malformedTranslation() {
        Diagnostic d =
                single(VALID.replace("Dienst in {minutes}", "Dienst in {minutes"), CatalogError.MALFORMED_TEXT, 12, 11);
        assertTrue(d.message().startsWith("the de translation of code 120 is malformed"), d.message());
    }

    @Test
    void messageFormatSyntaxWrittenByHandIsMalformed() {
        // A translator who writes MessageFormat's own syntax would get a pattern that means something else.
        Diagnostic d = single(
                VALID.replace("Dienst in {minutes} Minuten", "Dienst in {0,number} Minuten"),
                CatalogError.MALFORMED_TEXT,
                12,
                11);
        assertTrue(d.message().contains("'{0,number}' is not a placeholder"), d.message());
    }

    @Test
    void undeclaredLocale() {
        Diagnostic d = single(
                VALID.replace("      fr: ", "      es: \"Listo en {minutes} minutos.\"\n      fr: "),
                CatalogError.INVALID_VALUE,
                13,
                7);
        assertEquals(
                "locale 'es' of code 120 is not one of the translated 'locales' (de, fr); declare it or correct"
                        + " the tag",
                d.message());
    }

    @Test
    void malformedLocaleTag() {
        single(
                VALID.replace("locales: [en, de, fr]", "locales: [en, de, fr, pt_BR]"),
                CatalogError.INVALID_VALUE,
                2,
                23);
    }

    @Test
    void missingTranslationIsAWarningByDefault() {
        String yaml = VALID.replace("      de: \"Dienst in {minutes} Minuten bereit.\"\n", "");
        CatalogLoader.Result result = CatalogLoader.read("t.yaml", yaml);
        assertTrue(result.catalog().isPresent(), "a warning does not stop loading");
        assertEquals(1, result.diagnostics().size());
        Diagnostic d = result.diagnostics().get(0);
        assertEquals(
                "t.yaml:11:5: warning [cat-missing-translation] code 120 has no translation for de; add one"
                        + " under 'translations', or the en text is used",
                d.toString());
    }

    @Test
    void missingTranslationCanBeAnErrorOrIgnored() throws IOException {
        String yaml = VALID.replace("      de: \"Dienst in {minutes} Minuten bereit.\"\n", "");
        CatalogLoader.Result strict = CatalogLoader.read("t.yaml", stream(yaml), MissingTranslationPolicy.ERROR);
        assertTrue(strict.catalog().isEmpty());
        assertEquals(Diagnostic.Severity.ERROR, strict.diagnostics().get(0).severity());
        CatalogLoader.Result quiet = CatalogLoader.read("t.yaml", stream(yaml), MissingTranslationPolicy.IGNORE);
        assertEquals(List.of(), quiet.diagnostics());
    }

    private static ByteArrayInputStream stream(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}

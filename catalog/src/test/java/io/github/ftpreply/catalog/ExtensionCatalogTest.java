package io.github.ftpreply.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Extension catalogs merged into the canonical one: each merge rule, and each error pinned to its position. */
class ExtensionCatalogTest {

    private static final Catalog CANONICAL = CatalogLoader.canonical();

    private static final String VALID = """
      schema: 1
      locales: [ko]
      exclude: [631, 632, 633]
      codes:
        - code: 242
          name: QUOTA_REPORT
          title: Quota report
          description: The server reports the user's remaining quota.
          category: positive-completion
          group: unspecified
          text: "{megabytes} MB left."
          translations:
            de: "{megabytes} MB frei."
          placeholders:
            - {name: megabytes, type: int, description: Megabytes left.}
          spec: {document: non-standard}
          status: non-standard
        - code: 530
          override: true
          text: "Please log in with USER and PASS."
          translations:
            de: "Bitte mit USER und PASS anmelden."
            ko: "USER와 PASS로 로그인하십시오."
        - code: 220
          override: true
          title: Welcome
      """;

    private static CatalogLoader.Result read(String yaml) {
        return CatalogLoader.readExtension("mine.yaml", yaml, CANONICAL, MissingTranslationPolicy.WARNING);
    }

    @Test
    void mergesNewCodesOverridesExclusionsAndLanguages() {
        CatalogLoader.Result result = read(VALID);
        Catalog merged = result.catalog().orElseThrow(() -> new AssertionError(result.diagnostics()));
        assertEquals(CANONICAL.codes().size() + 1 - 3, merged.codes().size());
        assertTrue(merged.code(631).isEmpty() && merged.code(633).isEmpty(), "excluded codes are gone");
        ReplyCodeEntry quota = merged.code(242).orElseThrow();
        assertEquals("QUOTA_REPORT", quota.name());
        assertEquals("mine.yaml:5:5", quota.location().toString());

        ReplyCodeEntry notLoggedIn = merged.code(530).orElseThrow();
        assertEquals("Please log in with USER and PASS.", notLoggedIn.text().source());
        assertEquals(
                List.of("de", "ko"),
                List.copyOf(notLoggedIn.translations().keySet()),
                "a new text drops the canonical translations of the old one");
        assertEquals("NOT_LOGGED_IN", notLoggedIn.name());

        ReplyCodeEntry welcome = merged.code(220).orElseThrow();
        assertEquals("Welcome", welcome.title());
        assertEquals(
                CANONICAL.code(220).orElseThrow().translations(),
                welcome.translations(),
                "an override that keeps the text keeps its translations");
        assertEquals(
                List.of("en", "de", "fr", "es", "it", "pt-BR", "ja", "zh-CN", "zh-TW", "ru", "ko"), merged.locales());
    }

    @Test
    void missingTranslationsOfTheExtensionAreWarnings() {
        List<String> warnings =
                read(VALID).diagnostics().stream().map(Diagnostic::toString).toList();
        assertEquals(4, warnings.size(), warnings::toString);
        // 242 has only German; 530's new text only German and Korean; 220 keeps its canonical translations, which
        // lack Korean.
        assertHas(
                warnings,
                "mine.yaml:12:5: warning [cat-missing-translation] code 242 has no translation for fr, es,"
                        + " it, pt-BR, ja, zh-CN, zh-TW, ru, ko;");
        assertHas(
                warnings,
                "mine.yaml:21:5: warning [cat-missing-translation] code 530 has no translation for fr, es,"
                        + " it, pt-BR, ja, zh-CN, zh-TW, ru;");
        assertHas(warnings, "mine.yaml:24:5: warning [cat-missing-translation] code 220 has no translation for ko;");
        // The new language lacks the canonical codes that the extension neither excluded nor overrode, in one warning.
        assertHas(
                warnings,
                "mine.yaml:2:11: warning [cat-missing-translation] locale 'ko' has no text for "
                        + (CANONICAL.codes().size() - 3 - 2) + " canonical codes (110, 120,");
    }

    private static void assertHas(List<String> warnings, String prefix) {
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith(prefix)), () -> prefix + " in " + warnings);
    }

    @Test
    void canonicalCodeWithoutTheOverrideFlagIsAnError() {
        Diagnostic d = single(
                VALID.replace("  - code: 220\n    override: true\n    title: Welcome\n", """
          - code: 220
            name: WELCOME
            title: Welcome
            description: Hello.
            category: positive-completion
            group: connections
            text: Hello.
            spec: {document: non-standard}
            status: non-standard
        """),
                CatalogError.OVERRIDE_WITHOUT_FLAG,
                24,
                11);
        assertTrue(
                d.message()
                        .startsWith("220 is already in the canonical catalog (SERVICE_READY); to change its"
                                + " texts add 'override: true'"),
                d.message());
    }

    @Test
    void forgottenFlagOnAPartialEntryIsOneError() {
        // Only the flag is missing; the fields a new entry would need are not reported as well.
        single(
                VALID.replace("    override: true\n    title: Welcome\n", "    title: Welcome\n"),
                CatalogError.OVERRIDE_WITHOUT_FLAG,
                24,
                11);
    }

    @Test
    void overrideOfAnUnknownCodeIsAnError() {
        single(
                VALID.replace("- code: 220\n    override: true", "- code: 298\n    override: true"),
                CatalogError.UNKNOWN_OVERRIDE,
                24,
                11);
    }

    @Test
    void overrideMayNotChangeTheName() {
        Diagnostic d = single(
                VALID.replace("    title: Welcome\n", "    title: Welcome\n    name: HELLO\n"),
                CatalogError.NOT_OVERRIDABLE,
                27,
                5);
        assertTrue(d.message().startsWith("'name' of code 220 cannot be overridden"), d.message());
    }

    @Test
    void overrideMayNotChangeTheVariants() {
        Diagnostic d = single(
                VALID.replace("    title: Welcome\n", "    title: Welcome\n    variants: []\n"),
                CatalogError.NOT_OVERRIDABLE,
                27,
                5);
        assertTrue(d.message().startsWith("'variants' of code 220 cannot be overridden"), d.message());
    }

    @Test
    void anOverrideWithATextOfItsOwnDropsTheCanonicalVariants() {
        assertEquals("pass", CANONICAL.code(530).orElseThrow().variants().get(0).name());
        Catalog merged = read(VALID).catalog().orElseThrow();
        assertEquals(List.of(), merged.code(530).orElseThrow().variants());
    }

    @Test
    void anOverrideThatKeepsTheTextKeepsTheCanonicalVariants() {
        Catalog merged = read(VALID.replace(
                        "    title: Welcome\n",
                        "    title: Welcome\n  - code: 257\n    override: true\n    title: Directory\n"))
                .catalog()
                .orElseThrow();
        ReplyCodeEntry pathname = merged.code(257).orElseThrow();
        assertEquals("Directory", pathname.title());
        assertEquals(CANONICAL.code(257).orElseThrow().variants(), pathname.variants());
        assertFalse(pathname.variants().isEmpty());
    }

    @Test
    void newVendorCodeWithSecondDigitNineHasNoGroupAndMayHaveVariants() {
        CatalogLoader.Result result = read("""
                schema: 1
                codes:
                  - code: 599
                    name: VENDOR_QUOTA_EXCEEDED
                    title: Vendor quota exceeded
                    description: The vendor's server refuses an upload over the account's quota.
                    category: permanent-negative
                    group: none
                    text: "Quota exceeded."
                    spec: {document: non-standard}
                    status: non-standard
                    variants:
                      - name: stor
                        description: The answer to STOR over the quota.
                        lines: ["Quota exceeded;", "{used} MB used."]
                        placeholders:
                          - {name: used, type: long, description: The megabytes in use.}
                """);
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        ReplyCodeEntry vendor = result.catalog().orElseThrow().code(599).orElseThrow();
        assertEquals(java.util.Optional.empty(), vendor.group());
        TextVariant stor = vendor.variants().get(0);
        assertTrue(stor.multiLine());
        assertEquals(PlaceholderType.LONG, stor.placeholders().get(0).type());
        assertEquals("mine.yaml:13:9", stor.location().toString());
    }

    @Test
    void excludingAnUnknownCodeIsAnError() {
        Diagnostic d = single(
                VALID.replace("exclude: [631, 632, 633]", "exclude: [631, 632, 633, 298]"),
                CatalogError.UNKNOWN_EXCLUDE,
                3,
                26);
        assertEquals(
                "298 is not a code of the canonical catalog, so it cannot be excluded; remove it from 'exclude'",
                d.message());
    }

    @Test
    void overrideTranslationMustKeepThePlaceholdersOfTheText() {
        String yaml = VALID + """
          - code: 229
            override: true
            translations:
              de: "Erweiterter Passivmodus, Port {prt}."
        """;
        Diagnostic d = single(yaml, CatalogError.TRANSLATION_PLACEHOLDERS, 30, 11);
        assertEquals(
                "the de translation of code 229 has placeholders {prt} but the text has {port}; use exactly the"
                        + " text's placeholders",
                d.message());
    }

    @Test
    void newTextWithNewPlaceholdersMustDeclareThem() {
        String yaml = VALID.replace("text: \"Please log in with USER and PASS.\"", "text: \"Please log in, {user}.\"")
                .replace("Bitte mit USER und PASS anmelden.", "Bitte anmelden, {user}.")
                .replace("USER와 PASS로 로그인하십시오.", "{user}, 로그인하십시오.");
        Diagnostic d = single(yaml, CatalogError.UNDECLARED_PLACEHOLDER, 20, 11);
        assertTrue(d.message().contains("uses {user} but its placeholders are none"), d.message());
    }

    @Test
    void newCodeMayNotTakeACanonicalName() {
        single(VALID.replace("name: QUOTA_REPORT", "name: NOT_LOGGED_IN"), CatalogError.DUPLICATE_NAME, 6, 11);
    }

    @Test
    void extensionMayNotRedefineCategories() {
        single(VALID.replace("schema: 1\n", "schema: 1\ncategories: []\n"), CatalogError.UNKNOWN_KEY, 2, 1);
    }

    @Test
    void missingTranslationPolicyAppliesToExtensionsToo() {
        CatalogLoader.Result strict =
                CatalogLoader.readExtension("mine.yaml", VALID, CANONICAL, MissingTranslationPolicy.ERROR);
        assertFalse(strict.catalog().isPresent());
        CatalogLoader.Result quiet =
                CatalogLoader.readExtension("mine.yaml", VALID, CANONICAL, MissingTranslationPolicy.IGNORE);
        assertEquals(List.of(), quiet.diagnostics());
    }

    /** Exactly one error (warnings aside), with this id and position. */
    private static Diagnostic single(String yaml, CatalogError error, int line, int column) {
        CatalogLoader.Result result =
                CatalogLoader.readExtension("mine.yaml", yaml, CANONICAL, MissingTranslationPolicy.IGNORE);
        assertEquals(1, result.diagnostics().size(), () -> "diagnostics: " + result.diagnostics());
        Diagnostic d = result.diagnostics().get(0);
        assertEquals(error, d.error(), d::toString);
        assertEquals("mine.yaml:" + line + ":" + column, d.file() + ":" + d.position(), d::toString);
        assertTrue(result.catalog().isEmpty());
        return d;
    }
}

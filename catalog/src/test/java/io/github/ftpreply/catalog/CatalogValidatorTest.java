package io.github.ftpreply.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One bad catalog per validation rule, each pinned to the exact id, line and column of its diagnostic. Line
 * numbers count from the first line of each text block.
 */
class CatalogValidatorTest {

    /** A minimal valid catalog; tests replace one line of it to break one rule. */
    private static final String VALID = """
      schema: 1
      sources:
        - id: card
          description: A reference card.
      codes:
        - code: 120
          name: SERVICE_READY_IN
          title: Service ready soon
          description: The server will be ready in a few minutes.
          category: positive-preliminary
          group: connections
          text: "Service ready in {minutes} minutes."
          placeholders:
            - name: minutes
              type: int
              description: Minutes until ready.
          spec: {document: RFC 959, section: "4.2.2"}
          status: standard
          sources: [card]
        - code: 220
          name: SERVICE_READY
          title: Service ready
          description: The server greets a new user.
          category: positive-completion
          group: connections
          text: Service ready for new user.
          spec: {document: RFC 959}
          status: standard
      socket-errors:
        - code: 10054
          name: CONNECTION_RESET
          title: Connection reset
          description: The peer reset the connection.
      """;

    @Test
    void validCatalogHasNoDiagnostics() {
        CatalogLoader.Result result = CatalogLoader.read("test.yaml", VALID);
        assertEquals(List.of(), result.diagnostics());
        Catalog catalog = result.catalog().orElseThrow();
        assertEquals(
                List.of(120, 220),
                catalog.codes().stream().map(ReplyCodeEntry::code).toList());
        assertEquals("RFC 959 §4.2.2", catalog.code(120).orElseThrow().spec().toString());
        assertEquals(
                new io.github.ftpreply.catalog.yaml.Position(20, 5),
                catalog.code(220).orElseThrow().location().position());
    }

    @Test
    void unknownKeySuggestsTheNearMiss() {
        Diagnostic d = single(
                VALID.replace("    title: Service ready\n", "    titel: Service ready\n"),
                CatalogError.UNKNOWN_KEY,
                22,
                5);
        assertTrue(d.message().contains("unknown key 'titel' in code 220; did you mean 'title'?"), d.message());
    }

    @Test
    void unknownKeyWithoutNearMissListsAllowedKeys() {
        Diagnostic d =
                single(VALID.replace("schema: 1\n", "schema: 1\nflavour: mint\n"), CatalogError.UNKNOWN_KEY, 2, 1);
        assertTrue(
                d.message()
                        .contains(
                                "allowed here are schema, locales, sources, categories, groups, codes, socket-errors"),
                d.message());
    }

    @Test
    void missingFieldPointsAtTheEntry() {
        // Removing "title" from code 220 leaves the entry starting at line 20, column 5.
        Diagnostic d = single(VALID.replace("    title: Service ready\n", ""), CatalogError.MISSING_FIELD, 20, 5);
        assertEquals("code 220 has no 'title'; add it (a string, see docs/catalog.md)", d.message());
    }

    @Test
    void wrongTypePointsAtTheValue() {
        Diagnostic d = single(
                VALID.replace("title: Service ready\n", "title: [Service, ready]\n"), CatalogError.WRONG_TYPE, 22, 12);
        assertEquals("'title' of code 220 must be a string, found a list", d.message());
    }

    @Test
    void quotedCodeIsAWrongType() {
        Diagnostic d = single(VALID.replace("- code: 220", "- code: \"220\""), CatalogError.WRONG_TYPE, 20, 11);
        assertTrue(
                d.message().endsWith("must be an integer, found a string; write digits without quotes"), d.message());
    }

    @Test
    void duplicateCode() {
        String yaml = VALID.replace("- code: 120", "- code: 220")
                .replace("category: positive-preliminary", "category: positive-completion");
        Diagnostic d = single(yaml, CatalogError.DUPLICATE_CODE, 20, 11);
        assertEquals("code 220 is already declared at line 6; remove or renumber one", d.message());
    }

    @Test
    void duplicateName() {
        Diagnostic d = single(
                VALID.replace("name: SERVICE_READY_IN", "name: SERVICE_READY"), CatalogError.DUPLICATE_NAME, 21, 11);
        assertEquals(
                "name SERVICE_READY in 'codes' is already declared at line 7; remove or renumber one", d.message());
    }

    @Test
    void codeOutOfRange() {
        Diagnostic d = single(VALID.replace("- code: 220", "- code: 720"), CatalogError.CODE_OUT_OF_RANGE, 20, 11);
        assertEquals("720 is not an FTP reply code: codes are three digits from 100 to 699", d.message());
    }

    @Test
    void secondDigitOverFiveIsInRangeWithGroupNone() {
        // A vendor's x9x code is a valid reply; only its group must say that RFC 959 gives it none.
        Diagnostic d = single(VALID.replace("- code: 220", "- code: 290"), CatalogError.GROUP_MISMATCH, 25, 12);
        assertTrue(d.message().startsWith("code 290 has second digit 9, so its group is 'none'"), d.message());
    }

    @Test
    void socketErrorUnderCodesIsInTheWrongSection() {
        Diagnostic d = single(VALID.replace("- code: 220", "- code: 10054"), CatalogError.WRONG_SECTION, 20, 11);
        assertEquals("10054 is a Windows Sockets error, not an FTP reply; move it to 'socket-errors'", d.message());
    }

    @Test
    void ftpCodeUnderSocketErrorsIsInTheWrongSection() {
        Diagnostic d = single(VALID.replace("- code: 10054", "- code: 421"), CatalogError.WRONG_SECTION, 30, 11);
        assertEquals("421 is an FTP reply code, not a socket error; move it to 'codes'", d.message());
    }

    @Test
    void socketErrorOutOfRange() {
        single(VALID.replace("- code: 10054", "- code: 9999"), CatalogError.CODE_OUT_OF_RANGE, 30, 11);
    }

    @Test
    void nameThatIsNotAnIdentifier() {
        Diagnostic d = single(
                VALID.replace("name: SERVICE_READY\n", "name: 2SERVICE_READY\n"),
                CatalogError.INVALID_IDENTIFIER,
                21,
                11);
        assertTrue(d.message().startsWith("'2SERVICE_READY' is not a valid Java identifier"), d.message());
    }

    @Test
    void nameThatIsNotUpperSnakeCase() {
        Diagnostic d = single(
                VALID.replace("name: SERVICE_READY\n", "name: serviceReady\n"),
                CatalogError.INVALID_IDENTIFIER,
                21,
                11);
        assertEquals("'serviceReady' is not UPPER_SNAKE_CASE; write it as SERVICE_READY", d.message());
    }

    @Test
    void nameThatIsAJavaKeyword() {
        Diagnostic d =
                single(VALID.replace("name: SERVICE_READY\n", "name: \"class\"\n"), CatalogError.RESERVED_WORD, 21, 11);
        assertTrue(d.message().startsWith("'class' is a reserved word in Java"), d.message());
    }

    @Test
    void categoryContradictingTheFirstDigit() {
        Diagnostic d = single(
                VALID.replace("category: positive-completion", "category: transient-negative"),
                CatalogError.CATEGORY_MISMATCH,
                24,
                15);
        assertEquals(
                "code 220 starts with 2, so its category is 'positive-completion', not 'transient-negative'",
                d.message());
    }

    @Test
    void groupContradictingTheSecondDigit() {
        Diagnostic d = single(
                VALID.replace("    group: connections\n    text: Service", "    group: file-system\n    text: Service"),
                CatalogError.GROUP_MISMATCH,
                25,
                12);
        assertEquals("code 220 has second digit 2, so its group is 'connections', not 'file-system'", d.message());
    }

    @Test
    void unknownCategorySuggestsTheNearMiss() {
        Diagnostic d = single(
                VALID.replace("category: positive-completion", "category: positive-complete"),
                CatalogError.INVALID_VALUE,
                24,
                15);
        assertEquals("category 'positive-complete' is not known; did you mean 'positive-completion'?", d.message());
    }

    @Test
    void placeholderUsedButNotDeclared() {
        Diagnostic d = single(
                VALID.replace("text: Service ready for new user.", "text: Service ready for {user}."),
                CatalogError.UNDECLARED_PLACEHOLDER,
                26,
                11);
        assertTrue(d.message().startsWith("the text of code 220 uses {user}, which is not declared"), d.message());
    }

    @Test
    void placeholderDeclaredButNeverUsed() {
        Diagnostic d = single(
                VALID.replace("\"Service ready in {minutes} minutes.\"", "Service ready soon."),
                CatalogError.UNUSED_PLACEHOLDER,
                14,
                15);
        assertTrue(d.message().startsWith("placeholder 'minutes' of code 120 is never used in the text"), d.message());
    }

    @Test
    void unbalancedBraceIsMalformedText() {
        Diagnostic d = single(
                VALID.replace("text: Service ready for new user.", "text: \"Service ready {\""),
                CatalogError.MALFORMED_TEXT,
                26,
                11);
        assertTrue(d.message().contains("is never closed; write '{{' for a literal brace"), d.message());
    }

    @Test
    void unknownSourceId() {
        Diagnostic d = single(VALID.replace("sources: [card]", "sources: [crad]"), CatalogError.INVALID_VALUE, 19, 15);
        assertEquals("source 'crad' is not declared (card); declare it under 'sources' or correct the id", d.message());
    }

    @Test
    void duplicateKey() {
        Diagnostic d = single(
                VALID.replace("    title: Service ready\n", "    title: Service ready\n    title: Ready\n"),
                CatalogError.DUPLICATE_KEY,
                23,
                5);
        assertEquals("key 'title' appears twice in code 220 (first at line 22); keep one", d.message());
    }

    @Test
    void unsupportedSchema() {
        single(VALID.replace("schema: 1", "schema: 2"), CatalogError.UNSUPPORTED_SCHEMA, 1, 9);
    }

    @Test
    void conflictingMeaningsNeedExactlyOnePrimary() {
        String meanings = """
            status: standard
            meanings:
              - {meaning: One thing., origins: [card]}
              - {meaning: Another thing., origins: [RFC 959]}
        """;
        Diagnostic d = single(
                VALID.replace("    status: standard\n    sources: [card]\n", meanings + "    sources: [card]\n"),
                CatalogError.PRIMARY_MEANING,
                20,
                7);
        assertEquals("code 120 has 0 meanings marked 'primary: true'; mark exactly one", d.message());
    }

    @Test
    void primaryMeaningMustSayWhy() {
        String meanings = """
            status: standard
            meanings:
              - {meaning: One thing., origins: [card], primary: true}
        """;
        single(
                VALID.replace("    status: standard\n    sources: [card]\n", meanings + "    sources: [card]\n"),
                CatalogError.PRIMARY_MEANING,
                20,
                9);
    }

    @Test
    void everyProblemIsReportedInOnePass() {
        String yaml = VALID.replace("    description: The server will be ready in a few minutes.\n", "")
                .replace("    title: Service ready\n", "    titel: Service ready\n")
                .replace("- code: 10054", "- code: 421");
        List<String> found = CatalogLoader.read("test.yaml", yaml).diagnostics().stream()
                .map(d -> d.error().id() + "@" + d.position())
                .toList();
        assertEquals(List.of("cat-missing-field@6:5", "cat-unknown-key@21:5", "cat-wrong-section@29:11"), found);
    }

    @Test
    void diagnosticPrintsLikeACompiler() {
        Diagnostic d = single(VALID.replace("schema: 1", "schema: 2"), CatalogError.UNSUPPORTED_SCHEMA, 1, 9);
        assertEquals(
                "test.yaml:1:9: error [cat-unsupported-schema] schema 2 is not supported; this version reads"
                        + " schema 1",
                d.toString());
    }

    /** Asserts that {@code yaml} yields exactly one diagnostic, with this id, line and column, and returns it. */
    static Diagnostic single(String yaml, CatalogError error, int line, int column) {
        CatalogLoader.Result result = CatalogLoader.read("test.yaml", yaml);
        assertEquals(1, result.diagnostics().size(), () -> "diagnostics: " + result.diagnostics());
        Diagnostic d = result.diagnostics().get(0);
        assertEquals(error, d.error(), d::toString);
        assertEquals(line + ":" + column, d.line() + ":" + d.column(), d::toString);
        assertTrue(result.catalog().isEmpty(), "no catalog is built when there is an error");
        return d;
    }
}

package io.github.ftpreply.catalog;

import static io.github.ftpreply.catalog.CatalogValidatorTest.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The loader builds only maps, lists and scalars, and refuses documents that would cost unbounded resources. */
class SafeLoadingTest {

    @Test
    void javaTypeTagIsRefusedNotConstructed() {
        Diagnostic d = single(
                "schema: 1\ncodes: []\nsources: !!java.net.URL [\"http://localhost/\"]\n",
                CatalogError.YAML_TAG,
                3,
                10);
        assertTrue(d.message().contains("tag:yaml.org,2002:java.net.URL"), d.message());
    }

    @Test
    void localTagIsRefused() {
        single("schema: 1\ncodes: !custom []\n", CatalogError.YAML_TAG, 2, 8);
    }

    @Test
    void setTagIsRefused() {
        single("schema: 1\ncodes: []\nsources: !!set {a, b}\n", CatalogError.YAML_TAG, 3, 10);
    }

    @Test
    void aliasBombHitsTheAliasLimit() {
        StringBuilder yaml = new StringBuilder("schema: 1\ncodes: []\na: &a [x, x]\n");
        for (int i = 0; i < 12; i++) {
            yaml.append("b").append(i).append(": &b").append(i).append(" [*a, *a]\n");
        }
        // Two aliases a line from line 4: the 11th is the first of line 9, "b5: &b5 [*a, *a]".
        Diagnostic d = single(yaml.toString(), CatalogError.YAML_LIMIT, 9, 10);
        assertTrue(d.message().contains("aliases"), d.message());
    }

    @Test
    void deepNestingHitsTheDepthLimit() {
        String yaml = "schema: 1\ncodes: []\ndeep: " + "[".repeat(40) + "]".repeat(40) + "\n";
        // The root map is level 1, so the 20th '[' (column 26) is the first too deep.
        Diagnostic d = single(yaml, CatalogError.YAML_LIMIT, 3, 26);
        assertTrue(d.message().contains("deeper than 20 levels"), d.message());
    }

    @Test
    void documentOverTheSizeLimitIsRefusedBeforeParsing() throws IOException {
        byte[] big = new byte[YamlReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) '#');
        CatalogLoader.Result result = CatalogLoader.read("big.yaml", new ByteArrayInputStream(big));
        assertEquals(1, result.diagnostics().size());
        assertEquals(
                "big.yaml:1:1: error [cat-yaml-limit] the file is larger than 4 MiB; split it or remove what is"
                        + " not needed",
                result.diagnostics().get(0).toString());
    }

    @Test
    void invalidUtf8IsASyntaxErrorAtTheByte() throws IOException {
        byte[] bytes = "schema: 1\ncodes: []\n# \u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        CatalogLoader.Result result = CatalogLoader.read("latin1.yaml", new ByteArrayInputStream(bytes));
        assertEquals(
                "latin1.yaml:3:3: error [cat-yaml-syntax] this byte is not UTF-8; save the file as UTF-8",
                result.diagnostics().get(0).toString());
    }

    @Test
    void syntaxErrorPointsAtTheProblem() {
        Diagnostic d = single("schema: 1\ncodes:\n  - code: 220\n   name: X\n", CatalogError.YAML_SYNTAX, 4, 4);
        assertTrue(d.message().startsWith("this line does not line up with the lines above it"), d.message());
    }

    @Test
    void twoDocumentsInOneFileAreASyntaxError() {
        Diagnostic d = single("schema: 1\ncodes: []\n---\nschema: 1\n", CatalogError.YAML_SYNTAX, 3, 1);
        assertTrue(d.message().contains("a catalog is one document"), d.message());
    }

    @Test
    void emptyFileReportsTheMissingFields() {
        CatalogLoader.Result result = CatalogLoader.read("empty.yaml", "");
        assertEquals(2, result.diagnostics().size(), result.diagnostics()::toString);
        assertTrue(result.diagnostics().stream().allMatch(d -> d.error() == CatalogError.MISSING_FIELD));
    }

    @Test
    void topLevelListIsAWrongType() {
        single("- 1\n- 2\n", CatalogError.WRONG_TYPE, 1, 1);
    }
}

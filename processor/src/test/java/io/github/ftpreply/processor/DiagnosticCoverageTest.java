package io.github.ftpreply.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic id has a section in docs/handlers.md (or, for extension catalogs, docs/extending.md) and a test
 * that expects its tag.
 */
class DiagnosticCoverageTest {
    private static final Path TESTS = Path.of("src/test/java/io/github/ftpreply/processor");

    @Test
    void everyIdIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("../docs/handlers.md"), StandardCharsets.UTF_8)
                + Files.readString(Path.of("../docs/extending.md"), StandardCharsets.UTF_8);
        for (DiagnosticId id : DiagnosticId.values()) {
            assertWithMessage("docs/handlers.md or docs/extending.md section for %s", id.id())
                    .that(doc)
                    .contains("\n### `" + id.id() + "`\n");
        }
    }

    @Test
    void everyIdIsExpectedByATest() throws IOException {
        String tests = Files.readString(TESTS.resolve("DiagnosticsTest.java"), StandardCharsets.UTF_8)
                + Files.readString(TESTS.resolve("ExhaustivenessTest.java"), StandardCharsets.UTF_8)
                + Files.readString(TESTS.resolve("ExtensionDiagnosticsTest.java"), StandardCharsets.UTF_8);
        for (DiagnosticId id : DiagnosticId.values()) {
            assertWithMessage("a test expecting %s", id.tag()).that(tests).contains("\"" + id.tag());
        }
    }
}

package io.github.ftpreply.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ftpreply.catalog.CatalogLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The runtime's committed generated files ({@code FtpReplyCode}, {@code SocketErrorCode}, {@code FtpReplyMessages}
 * and its bundles), the reference page docs/codes.md and the processor's recorded canonical constants
 * ({@link CanonicalConstants}) must be exactly what the generators make of the canonical catalog: a catalog or
 * generator change without regeneration fails here.
 */
class RuntimeSourcesDriftTest {
    private static final Path REPOSITORY_ROOT = Path.of(System.getProperty("ftpreply.repositoryRoot", ".."));

    @TestFactory
    Iterable<DynamicTest> committedFilesMatchTheCatalog() {
        return RegenerateRuntimeSources.files(CatalogLoader.canonical()).entrySet().stream()
                .map(file -> DynamicTest.dynamicTest(file.getKey(), () -> check(file.getKey(), file.getValue())))
                .toList();
    }

    private static void check(String relativePath, String generated) throws IOException {
        Path path = REPOSITORY_ROOT.resolve(relativePath);
        String committed = Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "<missing>";
        assertEquals(
                generated,
                committed,
                relativePath + " differs from what the catalog generates;"
                        + " regenerate it from the repository root with\n  " + EnumGenerator.REGENERATE);
    }
}

package io.github.ftpreply.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import io.github.ftpreply.catalog.CatalogLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The runtime's committed {@code FtpReplyCode} and {@code SocketErrorCode} must be exactly what
 * {@link EnumGenerator} makes of the canonical catalog: a catalog change without regeneration fails here.
 */
class RuntimeSourcesDriftTest {
    private static final Path RUNTIME_SOURCES =
            Path.of(System.getProperty("ftpreply.runtimeSources", "../runtime/src/main/java"));

    @TestFactory
    Iterable<DynamicTest> committedEnumsMatchTheCatalog() {
        return RegenerateRuntimeSources.files(CatalogLoader.canonical()).stream()
                .map(file -> DynamicTest.dynamicTest(file.typeSpec().name(), () -> check(file)))
                .toList();
    }

    private static void check(JavaFile file) throws IOException {
        Path path = RegenerateRuntimeSources.path(RUNTIME_SOURCES, file);
        String committed = Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "<missing>";
        assertEquals(file.toString(), committed, path.normalize() + " differs from what the catalog generates;"
                + " regenerate it from the repository root with\n  " + EnumGenerator.REGENERATE);
    }
}

package io.github.ftpreply.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes the canonical catalog as Java data ({@link CatalogJavaWriter}) when the catalog module is built: the
 * catalog's pom runs it at {@code process-classes} and compiles its output into the same classes directory, so
 * compilations never parse the canonical YAML.
 */
public final class CatalogPrecompiler {
    private CatalogPrecompiler() {}

    /** {@code args[0]}: the generated-sources directory, such as {@code catalog/target/generated-sources/catalog}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CatalogPrecompiler <generated-sources directory>");
        }
        Path target = Path.of(args[0]).resolve(CatalogLoader.PRECOMPILED_CLASS.replace('.', '/') + ".java");
        byte[] yaml = CatalogLoader.canonicalYaml();
        byte[] source =
                CatalogJavaWriter.write(CatalogLoader.canonicalFromYaml(), yaml).getBytes(StandardCharsets.US_ASCII);
        // Unchanged output keeps its timestamp, so an incremental build does not compile it again.
        if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), source)) {
            Files.createDirectories(target.getParent());
            Files.write(target, source);
        }
    }
}

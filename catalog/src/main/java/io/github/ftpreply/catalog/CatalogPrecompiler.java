package io.github.ftpreply.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the canonical catalog's binary form ({@link CatalogCodec}) next to its YAML when the catalog module is built
 * (the catalog's pom runs it at {@code process-classes}), so compilations never parse the canonical YAML.
 */
public final class CatalogPrecompiler {
    private CatalogPrecompiler() {}

    /** {@code args[0]}: the classes directory, such as {@code catalog/target/classes}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CatalogPrecompiler <classes directory>");
        }
        Path target = Path.of(args[0]).resolve(CatalogLoader.PRECOMPILED_RESOURCE);
        Files.createDirectories(target.getParent());
        Files.write(target, CatalogCodec.encode(CatalogLoader.canonicalFromYaml()));
    }
}

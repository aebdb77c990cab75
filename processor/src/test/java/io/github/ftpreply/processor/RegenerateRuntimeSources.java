package io.github.ftpreply.processor;

import com.palantir.javapoet.JavaFile;
import io.github.ftpreply.catalog.Catalog;
import io.github.ftpreply.catalog.CatalogLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the runtime's generated enums from the canonical catalog into a source root, by default
 * {@code runtime/src/main/java}. Run it with the commands in {@link EnumGenerator#REGENERATE}.
 */
public final class RegenerateRuntimeSources {
    private RegenerateRuntimeSources() {}

    /** The generated runtime files, for the canonical catalog. */
    static List<JavaFile> files(Catalog catalog) {
        return List.of(EnumGenerator.replyCodes(catalog), EnumGenerator.socketErrors(catalog));
    }

    /** Where a generated file lives under a source root. */
    static Path path(Path sourceRoot, JavaFile file) {
        return sourceRoot.resolve(file.packageName().replace('.', '/')).resolve(file.typeSpec().name() + ".java");
    }

    /**
     * Regenerates the runtime enums.
     *
     * @param args the source root to write to; {@code runtime/src/main/java} if none
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "runtime/src/main/java");
        for (JavaFile file : files(CatalogLoader.canonical())) {
            Path target = path(root, file);
            Files.writeString(target, file.toString(), StandardCharsets.UTF_8);
            System.out.println("wrote " + target.normalize());
        }
    }
}

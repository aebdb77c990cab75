package io.github.ftpreply.processor;

import io.github.ftpreply.catalog.Catalog;
import io.github.ftpreply.catalog.CatalogLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes everything the runtime module carries that is generated from the canonical catalog: the enums, the
 * localized bundles and their accessor class; and the reference page docs/codes.md ({@link CodesPage}). Run it with the commands in {@link EnumGenerator#REGENERATE};
 * {@code RuntimeSourcesDriftTest} fails whenever the committed files differ from what this writes.
 */
public final class RegenerateRuntimeSources {
    static final String JAVA_ROOT = "runtime/src/main/java";
    static final String RESOURCE_ROOT = "runtime/src/main/resources";
    static final JavaName MESSAGES = JavaName.of(ClassNames.RUNTIME_PACKAGE, "FtpReplyMessages");

    private RegenerateRuntimeSources() {}

    /** Each generated runtime file, by its path from the repository root, with its content. */
    static Map<String, String> files(Catalog catalog) {
        Map<String, String> files = new LinkedHashMap<>();
        for (JavaSource source : List.of(
                EnumGenerator.replyCodes(catalog),
                EnumGenerator.socketErrors(catalog),
                MessagesGenerator.file(
                        catalog, MESSAGES, ClassNames.FTP_REPLY_CODE, MessagesGenerator.CANONICAL_HEADER))) {
            files.put(JAVA_ROOT + "/" + source.name().canonicalName().replace('.', '/') + ".java", source.text());
        }
        String bundleDirectory = RESOURCE_ROOT + "/" + MESSAGES.packageName().replace('.', '/') + "/";
        BundleGenerator.bundles(catalog, MESSAGES.simpleName())
                .forEach((name, content) -> files.put(bundleDirectory + name, content));
        files.put(CodesPage.PATH, CodesPage.markdown(catalog));
        files.put(CanonicalConstants.PATH, CanonicalConstants.render(catalog));
        return files;
    }

    /**
     * Regenerates the runtime's generated files.
     *
     * @param args the repository root; the current directory if none
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        for (Map.Entry<String, String> file : files(CatalogLoader.canonical()).entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            System.out.println("wrote " + target.normalize());
        }
    }
}

package io.github.ftpreply.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.ftpreply.catalog.Catalog;
import io.github.ftpreply.catalog.CatalogException;
import io.github.ftpreply.catalog.CatalogLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;

/** Compiles handler sources with the processor, over the small test catalog or the canonical one. */
final class Compilations {
    /** The eight-code catalog of {@code test-replies.yaml}: 150 200 220 230 331 421 530 550, socket error 10054. */
    static final Catalog TEST_CATALOG = load("test-replies.yaml");

    private Compilations() {}

    /** A source file {@code test/<simpleName>.java}. */
    static JavaFileObject source(String simpleName, String text) {
        return JavaFileObjects.forSourceString("test." + simpleName, text);
    }

    /**
     * {@code test.Acme}, an {@code @FtpReplyCatalog} with {@code yamlLines} in its {@code yaml} text block: line 5
     * opens the block, and its YAML lines are source lines 6.., indented by 8 columns. {@code messagesName} is left
     * out when {@code null}.
     */
    static JavaFileObject inlineCatalog(String enumName, String messagesName, String... yamlLines) {
        String quotes = "\"\"\"";
        StringBuilder source = new StringBuilder("package test;\n\nimport io.github.ftpreply.*;\n\n")
                .append("@FtpReplyCatalog(enumName = \"")
                .append(enumName)
                .append(messagesName == null ? "\"" : "\", messagesName = \"" + messagesName + "\"")
                .append(", yaml = ")
                .append(quotes)
                .append('\n');
        for (String line : yamlLines) {
            source.append(line.isEmpty() ? "" : "        " + line).append('\n');
        }
        source.append("        ").append(quotes).append(")\ninterface Acme {}\n");
        return source("Acme", source.toString());
    }

    /** The text of the source file a compilation generated for the top-level type {@code qualifiedName}. */
    static String generatedSource(Compilation compilation, String qualifiedName) throws IOException {
        return compilation
                .generatedSourceFile(qualifiedName)
                .orElseThrow(
                        () -> new AssertionError("no " + qualifiedName + " in " + compilation.generatedSourceFiles()))
                .getCharContent(false)
                .toString();
    }

    /** Compiles over the test catalog, with that catalog's {@code FtpReplyCode} compiled alongside. */
    static Compilation compile(JavaFileObject... sources) {
        return compile(List.of(), sources);
    }

    /** As {@link #compile(JavaFileObject...)}, with javac options such as {@code -Aftpreply.missingCodes=warning}. */
    static Compilation compile(List<String> options, JavaFileObject... sources) {
        List<JavaFileObject> all = new ArrayList<>(Arrays.asList(sources));
        all.add(testCatalogReplyCodes());
        return javac().withProcessors(new FtpReplyProcessor(() -> TEST_CATALOG))
                .withOptions(options)
                .compile(all);
    }

    /** The test catalog's {@code FtpReplyCode}, which shadows the runtime jar's in test compilations. */
    static JavaFileObject testCatalogReplyCodes() {
        return JavaFileObjects.forSourceString(
                "io.github.ftpreply.FtpReplyCode",
                EnumGenerator.replyCodes(TEST_CATALOG).toString());
    }

    /**
     * Compiles over the canonical catalog, as users do, with extension catalogs found in {@code catalogPath}
     * ({@code -Aftpreply.catalogPath}).
     */
    static Compilation compileWithExtensions(Path catalogPath, List<String> options, JavaFileObject... sources) {
        List<String> all = new ArrayList<>(options);
        all.add("-A" + ProcessorOptions.CATALOG_PATH + "=" + catalogPath);
        return compileCanonical(all, sources);
    }

    /** Writes {@code yaml} to {@code directory/resource}, creating directories, and returns the directory. */
    static Path writeCatalog(Path directory, String resource, String yaml) {
        try {
            Path file = directory.resolve(resource);
            Files.createDirectories(file.getParent());
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles over the canonical catalog, as users do: against the runtime jar's {@code FtpReplyCode}. */
    static Compilation compileCanonical(List<String> options, JavaFileObject... sources) {
        return javac().withProcessors(new FtpReplyProcessor())
                .withOptions(options)
                .compile(sources);
    }

    private static Catalog load(String resource) {
        try (InputStream in = Compilations.class.getResourceAsStream(resource)) {
            return CatalogLoader.read(resource, in).orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CatalogException e) {
            throw new IllegalStateException(e);
        }
    }
}

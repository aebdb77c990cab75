package io.github.ftpreply.catalog;

import io.github.ftpreply.catalog.yaml.YamlMap;
import io.github.ftpreply.catalog.yaml.YamlNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Loads catalogs: reads the YAML safely ({@link YamlReader}), checks it ({@link CatalogValidator}) and builds the
 * immutable model ({@link CatalogBuilder}) only when there is no error.
 *
 * <pre>{@code
 * Catalog canonical = CatalogLoader.canonical();
 * CatalogLoader.Result mine = CatalogLoader.read("my-replies.yaml", in);
 * mine.diagnostics().forEach(System.err::println);
 * }</pre>
 */
public final class CatalogLoader {

    /** Class-path resource of the canonical catalog. */
    public static final String CANONICAL_RESOURCE = "io/github/ftpreply/catalog/ftp-replies.yaml";

    /** The largest catalog file read, in bytes; a larger one is refused with {@code cat-yaml-limit}. */
    public static final int MAX_FILE_BYTES = YamlReader.MAX_BYTES;

    /** The canonical catalog as Java data, generated at build time by {@link CatalogPrecompiler}. */
    static final String PRECOMPILED_CLASS = "io.github.ftpreply.catalog." + CatalogJavaWriter.CLASS_NAME;

    private CatalogLoader() {}

    /**
     * The outcome of reading a catalog.
     *
     * @param catalog     the catalog, present only if there is no error
     * @param diagnostics every problem found, in document order
     */
    public record Result(Optional<Catalog> catalog, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        /** Whether any diagnostic is an error. */
        public boolean hasErrors() {
            return anyError(diagnostics);
        }

        /** The catalog, or a {@link CatalogException} with every diagnostic. */
        public Catalog orThrow() throws CatalogException {
            if (catalog.isEmpty()) {
                throw new CatalogException(diagnostics);
            }
            return catalog.get();
        }
    }

    /**
     * Reads a catalog. Reads {@code in} to its end but does not close it.
     *
     * @param file the name to show in diagnostics, such as {@code my-replies.yaml}
     */
    public static Result read(String file, InputStream in) throws IOException {
        return read(file, in, MissingTranslationPolicy.WARNING);
    }

    /**
     * Reads a catalog, reporting a missing translation as {@code missingTranslations} says. Reads {@code in} to its
     * end but does not close it.
     *
     * @param file the name to show in diagnostics, such as {@code my-replies.yaml}
     */
    public static Result read(String file, InputStream in, MissingTranslationPolicy missingTranslations)
            throws IOException {
        return load(file, in, missingTranslations, Optional.empty());
    }

    /**
     * Reads an extension catalog (docs/extending.md) and merges it into {@code base}: the result is the merged
     * catalog, and diagnostics name {@code file}. Reads {@code in} to its end but does not close it.
     *
     * @param file the extension's name to show in diagnostics
     * @param base the catalog it extends, usually {@link #canonical()}
     */
    public static Result readExtension(
            String file, InputStream in, Catalog base, MissingTranslationPolicy missingTranslations)
            throws IOException {
        return load(file, in, missingTranslations, Optional.of(base));
    }

    /** Read, validate, and build (or merge into {@code base}) only if no diagnostic is an error. */
    private static Result load(
            String file, InputStream in, MissingTranslationPolicy missingTranslations, Optional<Catalog> base)
            throws IOException {
        YamlReader.Result yaml = YamlReader.read(file, in);
        if (yaml.root().isEmpty() || !yaml.diagnostics().isEmpty()) {
            return new Result(Optional.empty(), yaml.diagnostics());
        }
        YamlNode root = yaml.root().get();
        List<Diagnostic> problems = CatalogValidator.validate(file, root, missingTranslations, base);
        if (anyError(problems)) {
            return new Result(Optional.empty(), problems);
        }
        YamlMap doc = (YamlMap) root;
        Catalog catalog =
                base.isPresent() ? CatalogBuilder.merge(file, doc, base.get()) : CatalogBuilder.build(file, doc);
        return new Result(Optional.of(catalog), problems);
    }

    private static boolean anyError(List<Diagnostic> diagnostics) {
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.severity() == Diagnostic.Severity.ERROR) {
                return true;
            }
        }
        return false;
    }

    /** {@link #readExtension(String, InputStream, Catalog, MissingTranslationPolicy)} from text. */
    public static Result readExtension(
            String file, String yaml, Catalog base, MissingTranslationPolicy missingTranslations) {
        try {
            return readExtension(
                    file, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), base, missingTranslations);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on a byte array
        }
    }

    /** Reads a catalog from text, for tests and tools. */
    public static Result read(String file, String yaml) {
        try {
            return read(file, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on a byte array
        }
    }

    /**
     * Reads a catalog file; diagnostics name it by its file name.
     *
     * @throws IOException if it cannot be read, or is not a regular file (a FIFO would block, a device never ends)
     */
    public static Result read(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new IOException(path + " is not a regular file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return read(path.getFileName().toString(), in);
        }
    }

    /**
     * The canonical catalog shipped in this jar, read once per class loader: from its Java data, generated from the
     * YAML when the jar was built, so that neither SnakeYAML nor the validator is loaded; from the YAML only if that
     * class is missing (a build that skipped the generation, such as an IDE's) or was generated from another YAML.
     *
     * @throws IllegalStateException if the jar is broken (the build tests the catalog, so this means a bad jar)
     */
    public static Catalog canonical() {
        return Canonical.CATALOG;
    }

    /** The canonical catalog parsed and validated from its YAML, ignoring the Java data. */
    static Catalog canonicalFromYaml() {
        return fromYaml(canonicalYaml());
    }

    private static Catalog fromYaml(byte[] yaml) {
        try {
            // Every canonical text is translated (a test checks it), so completeness is an error here.
            return read("ftp-replies.yaml", new ByteArrayInputStream(yaml), MissingTranslationPolicy.ERROR)
                    .orThrow();
        } catch (IOException | CatalogException e) {
            throw new IllegalStateException("the canonical catalog cannot be read: " + e.getMessage(), e);
        }
    }

    /** The bytes of the canonical YAML in this jar. */
    static byte[] canonicalYaml() {
        try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(CANONICAL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CANONICAL_RESOURCE + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("the canonical catalog cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The canonical catalog from its generated Java data, if the class path holds data generated from {@code yaml}:
     * its length and CRC-32 are compared, so a class left by an earlier build is never taken for a changed YAML.
     */
    static Optional<Catalog> canonicalPrecompiled(byte[] yaml) {
        Object data;
        try {
            // Reflection for the instance only: the class does not exist when this one is compiled (the build
            // generates it later), and its one constructor is a cheaper lookup than one of its many methods.
            data = Class.forName(PRECOMPILED_CLASS, true, CatalogLoader.class.getClassLoader())
                    .getDeclaredConstructor()
                    .newInstance();
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            return Optional.empty(); // none, or one of an earlier build with another shape
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the precompiled canonical catalog is broken: " + e, e);
        }
        if (!(data instanceof PrecompiledCatalog precompiled)
                || precompiled.yamlLength() != yaml.length
                || precompiled.yamlCrc32() != crc32(yaml)) {
            return Optional.empty(); // a class of another build or of another YAML
        }
        return Optional.of(precompiled.catalog());
    }

    static long crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /** Holder idiom: the canonical catalog is read on first use, once, thread-safely. */
    private static final class Canonical {
        static final Catalog CATALOG = load();

        private static Catalog load() {
            byte[] yaml = canonicalYaml();
            Optional<Catalog> precompiled = canonicalPrecompiled(yaml);
            return precompiled.isPresent() ? precompiled.get() : fromYaml(yaml); // no lambda to spin at start-up
        }
    }
}

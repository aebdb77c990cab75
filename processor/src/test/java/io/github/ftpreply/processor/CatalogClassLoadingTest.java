package io.github.ftpreply.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compilation with handlers only reads the canonical catalog from its precompiled form and writes its dispatchers
 * with the processor's own writer: SnakeYAML, the validator and JavaPoet are never loaded (docs/performance.md). The
 * processor runs in a class loader of its own that records every class it defines; a compilation with an extension
 * catalog shows that the recording sees them when they are used.
 */
class CatalogClassLoadingTest {

    private static final String HANDLER = """
            package test;
            import io.github.ftpreply.*;
            @FtpReplyHandler(missing = FtpReplyHandler.MissingCodeSeverity.WARNING)
            public class Login {
                @OnReply(230) public void loggedIn() {}
                @OnAnyReply public void other(FtpReply reply) {}
            }
            """;

    @TempDir
    Path catalogs;

    /** A class loader over the test class path, below the platform loader, that records the classes it defines. */
    private static final class RecordingLoader extends URLClassLoader {
        final Set<String> defined = ConcurrentHashMap.newKeySet();

        RecordingLoader() {
            super(classPath(), ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            defined.add(name);
            return super.findClass(name);
        }

        Processor processor() throws ReflectiveOperationException {
            return (Processor) loadClass(FtpReplyProcessor.class.getName())
                    .getConstructor()
                    .newInstance();
        }

        List<String> definedStartingWith(String prefix) {
            return defined.stream().filter(n -> n.startsWith(prefix)).sorted().toList();
        }

        /** JavaPoet's classes, under their own package or the shaded one. */
        List<String> javaPoet() {
            return defined.stream().filter(n -> n.contains("javapoet")).sorted().toList();
        }

        private static URL[] classPath() {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                try {
                    urls.add(Path.of(entry).toUri().toURL());
                } catch (MalformedURLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return urls.toArray(URL[]::new);
        }
    }

    @Test
    void handlerOnlyCompilationLoadsNeitherSnakeYamlNorTheValidatorNorJavaPoet() throws Exception {
        try (RecordingLoader loader = new RecordingLoader()) {
            Compilation compilation =
                    javac().withProcessors(loader.processor()).compile(Compilations.source("Login", HANDLER));
            assertThat(compilation).succeeded();
            assertThat(compilation.generatedSourceFile("test.LoginDispatcher")).isPresent();
            assertThat(loader.defined).contains("io.github.ftpreply.catalog.CanonicalCatalogData");
            assertThat(loader.definedStartingWith("org.yaml.")).isEmpty();
            assertThat(loader.definedStartingWith("io.github.ftpreply.catalog.yaml.Yaml"))
                    .isEmpty();
            assertThat(loader.defined)
                    .containsNoneOf(
                            "io.github.ftpreply.catalog.CatalogValidator",
                            "io.github.ftpreply.catalog.YamlReader",
                            "io.github.ftpreply.catalog.CatalogBuilder",
                            "io.github.ftpreply.catalog.CatalogJavaWriter");
            assertThat(loader.defined).contains("io.github.ftpreply.processor.JavaWriter");
            assertThat(loader.javaPoet()).isEmpty();
        }
    }

    @Test
    void extensionCatalogLoadsSnakeYamlsParserAndTheValidatorButNoJavaPoet() throws Exception {
        Compilations.writeCatalog(catalogs, "test/acme.yaml", ExtensionCatalogProcessingTest.ACME_YAML);
        try (RecordingLoader loader = new RecordingLoader()) {
            Compilation compilation = javac().withProcessors(loader.processor())
                    .withOptions("-A" + ProcessorOptions.CATALOG_PATH + "=" + catalogs)
                    .compile(ExtensionCatalogProcessingTest.ACME, ExtensionCatalogProcessingTest.ACME_HANDLER);
            assertThat(compilation).succeeded();
            assertThat(loader.definedStartingWith("org.yaml.snakeyaml.")).isNotEmpty();
            // Composed from the parser's events (fix 28): no Composer or node classes, and no value here (words,
            // decimals, true) needs the Resolver, whose class compiles nine patterns.
            assertThat(loader.definedStartingWith("org.yaml.snakeyaml.composer."))
                    .isEmpty();
            assertThat(loader.definedStartingWith("org.yaml.snakeyaml.nodes.")).isEmpty();
            assertThat(loader.definedStartingWith("org.yaml.snakeyaml.resolver."))
                    .isEmpty();
            assertThat(loader.defined).contains("io.github.ftpreply.catalog.CatalogValidator");
            // The extension's enum and accessor class are written with JavaWriter, as dispatchers are.
            assertThat(loader.defined).contains("io.github.ftpreply.processor.JavaWriter");
            assertThat(loader.javaPoet()).isEmpty();
        }
    }
}

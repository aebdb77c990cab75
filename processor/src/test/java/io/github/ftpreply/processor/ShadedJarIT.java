package io.github.ftpreply.processor;

import static com.google.common.truth.Truth.assertThat;

import io.github.ftpreply.FtpReply;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor jar as published (after {@code package}, run by failsafe): it bundles the catalog and SnakeYAML,
 * relocated so that it cannot clash with the user's own copy, holds no JavaPoet (the generators write with
 * {@code JavaWriter}), and works on its own as the only entry of a processor path.
 */
class ShadedJarIT {
    private static final Path JAR =
            Path.of(System.getProperty("ftpreply.processorJar", "target/ftpreply-processor-0.1.0-SNAPSHOT.jar"));
    private static final String SHADED = "io/github/ftpreply/processor/shaded/";

    @Test
    void bundlesOnlyRelocatedSnakeYamlAndNoJavaPoet() throws IOException {
        List<String> entries = entries();
        // Anywhere in the jar, multi-release directories included.
        assertThat(entries.stream()
                        .filter(e -> !e.startsWith(SHADED) && e.contains("org/yaml/snakeyaml/"))
                        .toList())
                .isEmpty();
        assertThat(entries.stream()
                        .filter(e -> e.endsWith(".class") && !e.startsWith("io/github/ftpreply/"))
                        .toList())
                .isEmpty();
        assertThat(entries.stream().filter(e -> e.contains("javapoet")).toList())
                .isEmpty();
        assertThat(entries)
                .containsAtLeast(
                        SHADED + "org/yaml/snakeyaml/Yaml.class",
                        "io/github/ftpreply/catalog/CatalogLoader.class",
                        "io/github/ftpreply/catalog/ftp-replies.yaml",
                        "io/github/ftpreply/catalog/CanonicalCatalogData.class",
                        "io/github/ftpreply/processor/FtpReplyProcessor.class",
                        "META-INF/services/javax.annotation.processing.Processor",
                        "META-INF/gradle/incremental.annotation.processors",
                        "META-INF/MANIFEST.MF");
    }

    @Test
    void publishedPomDeclaresNoBundledDependency() throws IOException {
        String pom = Files.readString(JAR.resolveSibling("dependency-reduced-pom.xml"), StandardCharsets.UTF_8);
        assertThat(pom).contains("<artifactId>ftpreply-processor</artifactId>");
        int start = pom.indexOf("\n  <dependencies>");
        String dependencies = pom.substring(start, pom.indexOf("\n  </dependencies>", start));
        assertThat(dependencies).contains("<artifactId>ftpreply-runtime</artifactId>"); // test scope, not leaked
        // JavaPoet only where the processor's own tests need it.
        int javaPoet = dependencies.indexOf("<artifactId>javapoet</artifactId>");
        if (javaPoet >= 0) {
            assertThat(dependencies.substring(javaPoet, dependencies.indexOf("</dependency>", javaPoet)))
                    .contains("<scope>test</scope>");
        }
        assertThat(dependencies).doesNotContain("snakeyaml");
        assertThat(dependencies).doesNotContain("ftpreply-catalog");
    }

    @Test
    void theJarAloneOnTheProcessorPathGeneratesADispatcher(@TempDir Path dir) throws IOException, URISyntaxException {
        Path source = dir.resolve("src/test/Login.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyHandler class Login {
                    @OnReply(230) void loggedIn() {}
                    @OnAnyReply void other(FtpReply reply) {}
                }
                """);
        Path runtime = Path.of(FtpReply.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path out = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean ok = javac.getTask(
                        diagnostics,
                        null,
                        null,
                        List.of(
                                "-processorpath",
                                JAR.toString(),
                                "-classpath",
                                runtime.toString(),
                                "-d",
                                out.toString(),
                                "-s",
                                out.toString()),
                        null,
                        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                                .getJavaFileObjects(source.toFile()))
                .call();
        assertThat(diagnostics.toString()).isEmpty();
        assertThat(ok).isTrue();
        assertThat(Files.exists(out.resolve("test/LoginDispatcher.class"))).isTrue();
        assertThat(Files.readString(out.resolve("test/LoginDispatcher.java")))
                .contains("case 230 -> handler.loggedIn(); // USER_LOGGED_IN");
    }

    private static List<String> entries() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            return Collections.list(jar.entries()).stream()
                    .map(ZipEntry::getName)
                    .toList();
        }
    }
}

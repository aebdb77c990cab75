package io.github.ftpreply.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * {@code @FtpReplyCatalog(yaml = """...""")}: the extension written in the Java source, so that changing it is a
 * source change every build tool recompiles. Its diagnostics name the Java source line and column of the YAML
 * under javac, and positions in the text where the value is not a text block the processor can find.
 */
class InlineYamlCatalogTest {
    private static final String Q = "\"\"\"";

    /** Line 5 opens the text block; its YAML lines are source lines 6.., indented by 8 columns. */
    private static JavaFileObject carrier(String... yamlLines) {
        return Compilations.inlineCatalog("AcmeReplyCode", null, yamlLines);
    }

    @Test
    void anEnumNamedLikeATypeItUsesWritesThatTypeQualified() throws IOException {
        // The generated enum uses java.util.Optional; named Optional itself, it must not import it.
        JavaFileObject source = Compilations.inlineCatalog("Optional", "AcmeMessages", "schema: 1");
        Compilation compilation = Compilations.compile(List.of("-Xlint:all", "-Werror"), source);
        assertThat(compilation).succeededWithoutWarnings();
        String codes = Compilations.generatedSource(compilation, "test.Optional");
        assertThat(codes).doesNotContain("import java.util.Optional;");
        assertThat(codes).contains("public static java.util.Optional<Optional> find(int code) {");
        assertThat(codes).contains("public java.util.Optional<ReplyGroup> group() {");
        assertThat(codes).contains("public enum Optional {");
    }

    @Test
    void anAccessorAndAnEnumNamedLikeTypesTheyUseStillCompile() throws IOException {
        // The accessor uses java.util.Locale and java.util.List; the enum uses java.util.List. Named Locale and List
        // (in the same package as each other), each file must write the JDK type it shadows in full.
        JavaFileObject source = Compilations.inlineCatalog("List", "Locale", "schema: 1");
        Compilation compilation = Compilations.compile(List.of("-Xlint:all", "-Werror"), source);
        assertThat(compilation).succeededWithoutWarnings();
        String messages = Compilations.generatedSource(compilation, "test.Locale");
        assertThat(messages).doesNotContain("import java.util.Locale;");
        assertThat(messages)
                .contains("public static String text(List code, java.util.Locale locale, Object... arguments)");
        assertThat(messages).contains("public static final java.util.List<java.util.Locale> LOCALES");
        String codes = Compilations.generatedSource(compilation, "test.List");
        assertThat(codes).doesNotContain("import java.util.List;");
        assertThat(codes).contains("private static final java.util.List<Optional<List>> BY_CODE;");
    }

    @Test
    void generatesTheMergedEnumMessagesAndBundlesFromTheText() throws IOException {
        Compilation compilation = Compilations.compile(carrier(
                "schema: 1",
                "exclude: [421]",
                "codes:",
                "  - code: 530",
                "    override: true",
                "    text: \"Log in first, please.\""));
        assertThat(compilation).succeededWithoutWarnings();
        String codes = Compilations.generatedSource(compilation, "test.AcmeReplyCode");
        assertThat(codes).contains("merged with the YAML of {@link Acme}");
        assertThat(codes).contains("the inline yaml (@FtpReplyCatalog on test.Acme)");
        assertThat(codes).doesNotContain("SERVICE_NOT_AVAILABLE"); // 421, excluded
        assertThat(compilation.generatedSourceFile("test.AcmeReplyMessages")).isPresent();
        String bundle = compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, "test", "AcmeReplyMessages.properties")
                .orElseThrow()
                .getCharContent(false)
                .toString();
        assertThat(bundle).contains("530=Log in first, please.");
    }

    @Test
    void theExampleOfTheDocsCompilesWithoutWarnings() throws IOException {
        String doc = Files.readString(Path.of("../docs/extending.md"), StandardCharsets.UTF_8);
        Matcher example = Pattern.compile("<!-- inline-yaml-example -->\\n```java\\n(.*?)```", Pattern.DOTALL)
                .matcher(doc);
        assertThat(example.find()).isTrue();
        // Over the canonical catalog, as a user compiles it.
        Compilation compilation = Compiler.javac()
                .withProcessors(new FtpReplyProcessor())
                .compile(JavaFileObjects.forSourceString("com.acme.AcmeCatalog", example.group(1)));
        assertThat(compilation).succeededWithoutWarnings();
        String codes = Compilations.generatedSource(compilation, "com.acme.AcmeReplyCode");
        assertThat(codes).contains("Please log in with USER and PASS.");
    }

    @Test
    void aCatalogErrorNamesTheJavaSourceLineAndColumnOfTheYaml() {
        JavaFileObject source = carrier("schema: 1", "", "colour: blue");
        Compilation compilation = Compilations.compile(source);
        assertThat(compilation).hadErrorCount(1);
        // YAML line 3, column 1: source line 5 + 3, column 8 + 1.
        assertThat(compilation)
                .hadErrorContaining("Acme.java:8:9: [cat-unknown-key]")
                .inFile(source)
                .onLineContaining("yaml = " + Q);
    }

    @Test
    void aConstantKeepsPositionsInTheText() {
        JavaFileObject source = Compilations.source("Acme", """
                package test;

                import io.github.ftpreply.*;

                @FtpReplyCatalog(enumName = "AcmeReplyCode", yaml = Acme.YAML)
                interface Acme {
                    String YAML = "schema: 1\\ncolour: blue\\n";
                }
                """);
        Compilation compilation = Compilations.compile(source);
        assertThat(compilation)
                .hadErrorContaining("Acme yaml:2:1: [cat-unknown-key]")
                .inFile(source)
                .onLineContaining("yaml = Acme.YAML");
    }

    @Test
    void anEscapeThatAddsALineKeepsPositionsInTheText() {
        JavaFileObject source = carrier("schema: 1\\n", "colour: blue");
        Compilation compilation = Compilations.compile(source);
        assertThat(compilation)
                .hadErrorContaining("Acme yaml:3:1: [cat-unknown-key]")
                .inFile(source)
                .onLineContaining("yaml = " + Q);
    }

    @Test
    void fileAndYamlTogetherAreAnError() {
        JavaFileObject source = Compilations.source("Acme", """
                package test;

                import io.github.ftpreply.*;

                @FtpReplyCatalog(enumName = "AcmeReplyCode",
                        file = "acme.yaml",
                        yaml = "schema: 1")
                interface Acme {}
                """);
        Compilation compilation = Compilations.compile(source);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[extension-invalid-attribute] both file and yaml are given")
                .inFile(source)
                .onLineContaining("file = \"acme.yaml\"");
    }

    @Test
    void neitherFileNorYamlIsAnError() {
        JavaFileObject source = Compilations.source("Acme", """
                package test;

                import io.github.ftpreply.*;

                @FtpReplyCatalog(enumName = "AcmeReplyCode")
                interface Acme {}
                """);
        Compilation compilation = Compilations.compile(source);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[extension-invalid-attribute] neither file nor yaml is given")
                .inFile(source)
                .onLineContaining("@FtpReplyCatalog");
    }
}

package io.github.ftpreply.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of docs/extending.md, compiled and run exactly as written: its YAML (marked
 * {@code <!-- extending-example:yaml path -->}), its Java files ({@code <!-- extending-example:java -->}), and the
 * output it prints ({@code <!-- extending-example:output -->}).
 */
class ExtendingDocTest {
    private static final Path DOC = Path.of("../docs/extending.md");
    private static final Pattern BLOCK =
            Pattern.compile("<!-- extending-example:(\\w+)( [^ ]+)? -->\\n```\\w*\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path catalogs;

    @Test
    void workedExampleCompilesWithoutWarningsAndPrintsWhatTheDocSays() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        List<JavaFileObject> sources = new ArrayList<>();
        String expectedOutput = null;
        String mainClass = null;
        Matcher block = BLOCK.matcher(doc);
        while (block.find()) {
            String kind = block.group(1);
            String body = block.group(3);
            switch (kind) {
                case "yaml" ->
                    Compilations.writeCatalog(catalogs, block.group(2).trim(), body);
                case "java" -> {
                    String name = qualifiedName(body);
                    sources.add(JavaFileObjects.forSourceString(name, body));
                    if (body.contains("public static void main(String[] args)")) {
                        mainClass = name;
                    }
                }
                case "output" -> expectedOutput = body;
                default -> throw new AssertionError("unknown block kind " + kind);
            }
        }
        assertThat(sources).hasSize(3);
        assertThat(expectedOutput).isNotNull();
        assertThat(Files.exists(catalogs.resolve("io/github/ftpreply/examples/extension/acme-replies.yaml")))
                .isTrue();

        Compilation compilation = Compilations.compileWithExtensions(
                catalogs, List.of("-Xlint:all", "-Werror"), sources.toArray(JavaFileObject[]::new));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(run(new CompiledClassLoader(compilation).loadClass(mainClass)))
                .isEqualTo(expectedOutput);
    }

    private static String qualifiedName(String java) {
        Matcher pkg = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE).matcher(java);
        Matcher type = Pattern.compile("^public (?:final )?(?:class|interface) (\\w+)", Pattern.MULTILINE)
                .matcher(java);
        assertThat(pkg.find()).isTrue();
        assertThat(type.find()).isTrue();
        return pkg.group(1) + "." + type.group(1);
    }

    /** Runs {@code main} and returns what it printed; System.out is restored afterwards. */
    private static String run(Class<?> main) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            main.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}

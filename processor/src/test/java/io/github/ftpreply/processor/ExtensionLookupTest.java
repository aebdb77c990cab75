package io.github.ftpreply.processor;

import static com.google.common.truth.Truth.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the processor finds an extension's YAML, with javac's own file manager and directories on disk, as a build
 * tool runs it: the class output (Maven copies resources there before compiling), the lookup order, one read per
 * file, an annotated type from the class path, and a Filer that refuses locations as Eclipse's does.
 */
class ExtensionLookupTest {
    private static final String CARRIER = """
            package test;
            import io.github.ftpreply.*;
            @FtpReplyCatalog(file = "acme.yaml", enumName = "AcmeReplyCode",
                    missingTranslations = FtpReplyCatalog.MissingTranslations.IGNORE)
            public interface Acme {}
            """;
    private static final String HANDLER = """
            package test;
            import io.github.ftpreply.*;
            @FtpReplyHandler(catalog = Acme.class)
            public class AcmeHandler {
                @OnReply(242) void quota(AcmeReplyCode code) {}
                @OnAnyReply void other() {}
            }
            """;

    @TempDir
    Path root;

    private Path sources;
    private Path classes;
    private Path generated;

    @BeforeEach
    void directories() throws IOException {
        sources = Files.createDirectories(root.resolve("src"));
        classes = Files.createDirectories(root.resolve("classes"));
        generated = Files.createDirectories(root.resolve("generated"));
    }

    /** A catalog adding 242 with {@code text}, so each test can tell which copy was read. */
    private static String yaml(String text) {
        return """
                schema: 1
                codes:
                  - code: 242
                    name: QUOTA_REPORT
                    title: Quota report
                    description: The server reports the user's remaining quota.
                    category: positive-completion
                    group: unspecified
                    text: "%s"
                    spec: {document: non-standard}
                    status: non-standard
                """.formatted(text);
    }

    private static void write(Path directory, String resource, String text) throws IOException {
        Files.createDirectories(directory.resolve(resource).getParent());
        Files.writeString(directory.resolve(resource), text, StandardCharsets.UTF_8);
    }

    /** Compiles {@code files} (source texts) with javac; returns the diagnostics, errors first. */
    private List<String> compile(Processor processor, List<String> options, List<Path> classPath, String... files)
            throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<Path> inputs = new ArrayList<>();
            for (String file : files) {
                String name = file.substring(file.indexOf("public ") + 7).split("[ {]")[1];
                Path path = sources.resolve("test/" + name + ".java");
                write(sources, "test/" + name + ".java", file);
                inputs.add(path);
            }
            List<Path> path = new ArrayList<>(classPath);
            path.addAll(List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
                    .map(Path::of)
                    .toList());
            manager.setLocationFromPaths(StandardLocation.CLASS_PATH, path);
            manager.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            manager.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
            manager.setLocationFromPaths(StandardLocation.SOURCE_PATH, List.of(sources));
            JavaCompiler.CompilationTask task = javac.getTask(
                    null, manager, diagnostics, options, null, manager.getJavaFileObjectsFromPaths(inputs));
            task.setProcessors(List.of(processor));
            task.call();
        }
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                .map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT))
                .collect(Collectors.toList());
    }

    private String generatedEnum() throws IOException {
        return Files.readString(generated.resolve("test/AcmeReplyCode.java"), StandardCharsets.UTF_8);
    }

    @Test
    void findsTheFileInTheClassOutputAsMavenLeavesIt() throws IOException {
        write(classes, "test/acme.yaml", yaml("From the class output."));
        assertThat(compile(new FtpReplyProcessor(), List.of(), List.of(), CARRIER, HANDLER))
                .isEmpty();
        assertThat(generatedEnum()).contains("\"From the class output.\"");
        assertThat(Files.readString(classes.resolve("test/AcmeReplyMessages.properties")))
                .contains("242=From the class output.\n");
        assertThat(Files.exists(classes.resolve("test/AcmeHandlerDispatcher.class")))
                .isTrue();
    }

    @Test
    void optionDirectoriesComeFirstThenClassOutputThenSourcePath() throws IOException {
        Path first = root.resolve("first");
        Path second = root.resolve("second");
        write(second, "test/acme.yaml", yaml("From the second option directory."));
        write(classes, "test/acme.yaml", yaml("From the class output."));
        write(sources, "test/acme.yaml", yaml("From the source path."));
        String option = "-Aftpreply.catalogPath=" + first + File.pathSeparator + second;
        assertThat(compile(new FtpReplyProcessor(), List.of(option), List.of(), CARRIER))
                .isEmpty();
        assertThat(generatedEnum()).contains("\"From the second option directory.\"");

        assertThat(compile(new FtpReplyProcessor(), List.of(), List.of(), CARRIER))
                .isEmpty();
        assertThat(generatedEnum()).contains("\"From the class output.\"");

        Files.delete(classes.resolve("test/acme.yaml"));
        assertThat(compile(new FtpReplyProcessor(), List.of(), List.of(), CARRIER))
                .isEmpty();
        assertThat(generatedEnum()).contains("\"From the source path.\"");
    }

    @Test
    void readsEachFileOnceForAllTheTypesThatNameIt() throws IOException {
        write(classes, "test/acme.yaml", yaml("Shared."));
        String second = """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyCatalog(file = "/test/acme.yaml", enumName = "SecondCode",
                        missingTranslations = FtpReplyCatalog.MissingTranslations.IGNORE)
                public interface Second {}
                """;
        ProcessorHygieneTest.Recording recording = new ProcessorHygieneTest.Recording(new FtpReplyProcessor());
        assertThat(compile(recording, List.of(), List.of(), CARRIER, second, HANDLER))
                .isEmpty();
        assertThat(recording.resourceLookups).containsExactly("CLASS_OUTPUT test/acme.yaml");
        assertThat(Files.exists(generated.resolve("test/SecondCode.java"))).isTrue();
    }

    @Test
    void annotatedTypeFromTheClassPathIsReadAgainButNotGenerated() throws IOException {
        Path library = Files.createDirectories(root.resolve("library"));
        write(classes, "test/acme.yaml", yaml("From the library."));
        assertThat(compile(new FtpReplyProcessor(), List.of(), List.of(), CARRIER))
                .isEmpty();
        // The library: its classes and, as Maven packages them, its resources.
        try (var files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = library.resolve(classes.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        for (Path directory : List.of(classes, generated, sources)) {
            try (var files = Files.walk(directory)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.delete(file);
                }
            }
        }
        ProcessorHygieneTest.Recording recording = new ProcessorHygieneTest.Recording(new FtpReplyProcessor());
        assertThat(compile(recording, List.of(), List.of(library), HANDLER)).isEmpty();
        assertThat(recording.sourceFiles)
                .containsExactly("test.AcmeHandlerDispatcher <- [test.AcmeHandler] in round 0");
        assertThat(recording.resourceLookups)
                .containsExactly(
                        "CLASS_OUTPUT test/acme.yaml", "SOURCE_PATH test/acme.yaml", "CLASS_PATH test/acme.yaml")
                .inOrder();
    }

    @Test
    void locationsTheFilerRefusesAreSkippedAndListed() throws IOException {
        ProcessorHygieneTest.Recording recording = new ProcessorHygieneTest.Recording(new FtpReplyProcessor());
        recording.unsupported.add(StandardLocation.SOURCE_PATH);
        recording.unsupported.add(StandardLocation.CLASS_PATH);
        List<String> diagnostics = compile(recording, List.of(), List.of(), CARRIER);
        assertThat(diagnostics).hasSize(1);
        assertThat(diagnostics.get(0)).contains("[extension-file-not-found]");
        assertThat(diagnostics.get(0))
                .contains("  3. SOURCE_PATH test/acme.yaml (not searched: this compiler's Filer"
                        + " says java.lang.IllegalArgumentException: Unsupported location: SOURCE_PATH)\n");

        write(classes, "test/acme.yaml", yaml("Found after all."));
        recording = new ProcessorHygieneTest.Recording(new FtpReplyProcessor());
        recording.unsupported.add(StandardLocation.CLASS_OUTPUT);
        write(sources, "test/acme.yaml", yaml("From the source path."));
        assertThat(compile(recording, List.of(), List.of(), CARRIER)).isEmpty();
        assertThat(generatedEnum()).contains("\"From the source path.\"");
    }
}

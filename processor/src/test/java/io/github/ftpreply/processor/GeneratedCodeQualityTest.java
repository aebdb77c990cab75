package io.github.ftpreply.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Generated dispatchers compile without any lint warning, and are byte-identical whatever the input order. */
class GeneratedCodeQualityTest {
    private static final JavaFileObject CANONICAL_HANDLER = Compilations.source("Canonical", """
            package test;

            import io.github.ftpreply.*;

            @FtpReplyHandler(exhaustiveness = FtpReplyHandler.Exhaustiveness.CATEGORIES_COUNT)
            public class Canonical {
                @OnReply({230, 530}) public int login(FtpReplyCode code) { return code.code(); }
                @OnCategory(ReplyCategory.POSITIVE_COMPLETION) public int ok(FtpReply reply) { return 2; }
                @OnAnyReply public int other(int code) { return -code; }
            }
            """);

    /**
     * Under {@code -Xlint:all -Werror} a compilation with handlers has no warning at all: the processor claims its
     * annotations and the {@code @Generated} on its own output, so javac's {@code -Xlint:processing} has nothing to
     * report (ProcessorHygieneTest has the rules).
     */
    @Test
    void aCompilationWithHandlersHasNoLintWarningAtAll() {
        Compilation compilation = Compilations.compile(
                List.of("-Xlint:all", "-Werror"),
                DispatcherGoldenTest.LOGIN_HANDLER,
                DispatcherGoldenTest.TRANSFER_LISTENER_WITHOUT_WARNING);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedSourceFiles()).hasSize(2);
    }

    @Test
    void generatedDispatchersCompileWithoutWarningsUnderXlintAllAndWerror() throws IOException {
        assertLintFree(
                Compilations.compile(
                        DispatcherGoldenTest.LOGIN_HANDLER, DispatcherGoldenTest.TRANSFER_LISTENER_WITHOUT_WARNING),
                DispatcherGoldenTest.LOGIN_HANDLER,
                DispatcherGoldenTest.TRANSFER_LISTENER_WITHOUT_WARNING,
                Compilations.testCatalogReplyCodes());
    }

    @Test
    void dispatchersOverTheCanonicalCatalogCompileWithoutWarnings() throws IOException {
        assertLintFree(Compilations.compileCanonical(List.of(), CANONICAL_HANDLER), CANONICAL_HANDLER);
    }

    /** Compiles the inputs and the generated sources again, without the processor, under -Xlint:all -Werror. */
    static void assertLintFree(Compilation processed, JavaFileObject... inputs) throws IOException {
        assertThat(processed).succeededWithoutWarnings();
        List<JavaFileObject> sources = new ArrayList<>(List.of(inputs));
        for (JavaFileObject generated : processed.generatedSourceFiles()) {
            sources.add(JavaFileObjects.forSourceString(
                    generated
                            .getName()
                            .replace("/SOURCE_OUTPUT/", "")
                            .replace(".java", "")
                            .replace('/', '.'),
                    generated.getCharContent(false).toString()));
        }
        assertThat(sources.size()).isGreaterThan(inputs.length);
        Compilation linted = Compiler.javac()
                .withOptions("-proc:none", "-Xlint:all", "-Werror")
                .compile(sources);
        assertThat(linted).succeededWithoutWarnings();
    }

    @Test
    void outputIsByteIdenticalWhateverTheOrderOfSourcesAndMethods() throws IOException {
        JavaFileObject first = Compilations.source("First", """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyHandler class First {
                    @OnReply(530) void denied(FtpReplyCode code) throws java.io.IOException {}
                    @OnCategory({ReplyCategory.POSITIVE_COMPLETION, ReplyCategory.TRANSIENT_NEGATIVE}) void ok() {}
                    @OnAnyReply void other(int code) throws java.util.concurrent.TimeoutException {}
                }
                """);
        JavaFileObject firstReordered = Compilations.source("First", """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyHandler class First {
                    @OnAnyReply void other(int code) throws java.util.concurrent.TimeoutException {}
                    @OnCategory({ReplyCategory.TRANSIENT_NEGATIVE, ReplyCategory.POSITIVE_COMPLETION}) void ok() {}
                    @OnReply(530) void denied(FtpReplyCode code) throws java.io.IOException {}
                }
                """);
        JavaFileObject second = Compilations.source("Second", """
                package test;
                import io.github.ftpreply.*;
                @FtpReplyHandler class Second {
                    @OnAnyReply void any() {}
                }
                """);
        Map<String, String> inOrder = generatedSources(Compilations.compile(first, second));
        Map<String, String> reversed = generatedSources(Compilations.compile(second, firstReordered));
        assertThat(inOrder.keySet())
                .containsExactly(
                        "/SOURCE_OUTPUT/test/FirstDispatcher.java", "/SOURCE_OUTPUT/test/SecondDispatcher.java");
        assertThat(reversed).isEqualTo(inOrder);
    }

    private static Map<String, String> generatedSources(Compilation compilation) throws IOException {
        assertThat(compilation).succeeded();
        Map<String, String> sources = new TreeMap<>();
        for (JavaFileObject file : new ArrayList<>(compilation.generatedSourceFiles())) {
            sources.put(file.getName(), file.getCharContent(false).toString());
        }
        return sources;
    }
}

package io.github.ftpreply.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** How the processor behaves towards javac, build tools and other processors. */
class ProcessorHygieneTest {
    private static final JavaFileObject HANDLER = Compilations.source("Simple", """
            package test;
            import io.github.ftpreply.*;
            @FtpReplyHandler class Simple { @OnAnyReply void any() {} }
            """);

    @Test
    void declaresItsAnnotationsOptionsAndTheLatestSourceVersion() {
        FtpReplyProcessor processor = new FtpReplyProcessor();
        assertThat(processor.getSupportedAnnotationTypes())
                .containsExactly(
                        "io.github.ftpreply.FtpReplyHandler",
                        "io.github.ftpreply.OnReply",
                        "io.github.ftpreply.OnCategory",
                        "io.github.ftpreply.OnAnyReply",
                        "io.github.ftpreply.FtpReplyCatalog");
        assertThat(processor.getSupportedOptions())
                .containsExactly(
                        "ftpreply.exhaustiveness",
                        "ftpreply.missingCodes",
                        "ftpreply.catalogPath",
                        "ftpreply.missingTranslations",
                        "ftpreply.timings");
        assertThat(processor.getSupportedSourceVersion()).isEqualTo(SourceVersion.latestSupported());
    }

    @Test
    void neverClaimsAnnotationsAndPassesTheHandlerAsOriginatingElement() {
        Recording recording = new Recording(new FtpReplyProcessor(() -> Compilations.TEST_CATALOG));
        Compilation compilation =
                Compiler.javac().withProcessors(recording).compile(HANDLER, Compilations.testCatalogReplyCodes());
        assertThat(compilation).succeeded();
        assertThat(recording.results).isNotEmpty();
        assertThat(recording.results).doesNotContain(true);
        assertThat(recording.sourceFiles).containsExactly("test.SimpleDispatcher <- [test.Simple] in round 0");
    }

    @Test
    void readsTheCatalogOncePerCompilationAndOnlyWhenThereIsAHandler() {
        AtomicInteger reads = new AtomicInteger();
        Compilation compilation = Compiler.javac()
                .withProcessors(
                        new FtpReplyProcessor(() -> {
                            reads.incrementAndGet();
                            return Compilations.TEST_CATALOG;
                        }),
                        new TokenGenerator())
                .compile(HANDLER, DEFERRED, Compilations.source("Third", """
                        package test;
                        import io.github.ftpreply.*;
                        @FtpReplyHandler class Third { @OnAnyReply void any() {} }
                        """), Compilations.testCatalogReplyCodes());
        assertThat(compilation).succeeded();
        assertThat(reads.get()).isEqualTo(1);

        reads.set(0);
        assertThat(Compiler.javac()
                        .withProcessors(new FtpReplyProcessor(() -> {
                            reads.incrementAndGet();
                            return Compilations.TEST_CATALOG;
                        }))
                        .compile(Compilations.source("Plain", "package test; class Plain {}")))
                .succeeded();
        assertThat(reads.get()).isEqualTo(0);
    }

    /** A handler whose methods return a type that another processor generates in the first round. */
    private static final JavaFileObject DEFERRED = Compilations.source("Deferred", """
            package test;
            import io.github.ftpreply.*;
            @FtpReplyHandler class Deferred { @OnAnyReply Token any() { return new Token(); } }
            """);

    @Test
    void defersHandlersWhoseSignaturesNameTypesGeneratedInALaterRound() throws IOException {
        Recording recording = new Recording(new FtpReplyProcessor(() -> Compilations.TEST_CATALOG));
        Compilation compilation = Compiler.javac()
                .withProcessors(recording, new TokenGenerator())
                .compile(DEFERRED, Compilations.testCatalogReplyCodes());
        assertThat(compilation).succeededWithoutWarnings();
        // Rounds count from 0: Token appears in round 0's output, so the handler is complete only in round 1.
        assertThat(recording.sourceFiles).containsExactly("test.DeferredDispatcher <- [test.Deferred] in round 1");
        assertThat(compilation
                        .generatedSourceFile("test.DeferredDispatcher")
                        .orElseThrow()
                        .getCharContent(false)
                        .toString())
                .contains("    Token dispatch(FtpReply reply) {\n");
    }

    @Test
    void writesNoFileInTheLastRoundWhenJavacEndsProcessingEarly() {
        // A warning under -Werror makes javac skip to its last round while Deferred still waits for Token; a
        // dispatcher written then would make javac warn that it escapes annotation processing.
        Recording recording = new Recording(new FtpReplyProcessor(() -> Compilations.TEST_CATALOG));
        Compilation compilation = Compiler.javac()
                .withProcessors(recording, new TokenGenerator(), new Warner())
                .withOptions("-Werror")
                .compile(DEFERRED, Compilations.testCatalogReplyCodes());
        assertThat(compilation).failed();
        assertThat(compilation).hadWarningContaining("first-round warning");
        assertThat(recording.sourceFiles).isEmpty();
        assertThat(compilation.diagnostics().stream()
                        .map(d -> d.getMessage(Locale.ROOT))
                        .filter(m -> m.contains("last round"))
                        .toList())
                .isEmpty();
    }

    /** A processor that every round reaches, as others' processors often are. */
    abstract static class AnyAnnotationProcessor extends AbstractProcessor {
        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }
    }

    /** Prints one warning in the first round, as a processor or the catalog might. */
    static final class Warner extends AnyAnnotationProcessor {
        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (round.getRootElements().stream().anyMatch(e -> e.getSimpleName().contentEquals("Deferred"))) {
                processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.WARNING, "first-round warning");
            }
            return false;
        }
    }

    @Test
    void shipsGradleIncrementalMetadataAndTheServiceRegistration() throws IOException {
        assertThat(resource("META-INF/gradle/incremental.annotation.processors"))
                .isEqualTo("io.github.ftpreply.processor.FtpReplyProcessor,isolating\n");
        assertThat(resource("META-INF/services/javax.annotation.processing.Processor")
                        .trim())
                .isEqualTo("io.github.ftpreply.processor.FtpReplyProcessor");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = FtpReplyProcessor.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Generates {@code test.Token} in the first round, as another processor might. */
    static final class TokenGenerator extends AnyAnnotationProcessor {
        private boolean done;

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer out =
                        processingEnv.getFiler().createSourceFile("test.Token").openWriter()) {
                    out.write("package test;\npublic class Token {}\n");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    /** Generates one source file in the first round, as another processor might. */
    static final class SourceGenerator extends AnyAnnotationProcessor {
        private final String name;
        private final String text;
        private boolean done;

        SourceGenerator(String name, String text) {
            this.name = name;
            this.text = text;
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer out =
                        processingEnv.getFiler().createSourceFile(name).openWriter()) {
                    out.write(text);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    /** Runs a processor, recording what {@code process} returns and which source files it creates, from what. */
    static final class Recording extends AbstractProcessor {
        final List<Boolean> results = new ArrayList<>();
        final List<String> sourceFiles = new ArrayList<>();
        final List<String> resources = new ArrayList<>();
        final List<String> resourceLookups = new ArrayList<>();
        /** Locations whose getResource throws, as Eclipse's Filer does for all but the output locations. */
        final Set<JavaFileManager.Location> unsupported = new java.util.HashSet<>();

        private final AbstractProcessor delegate;

        Recording(AbstractProcessor delegate) {
            this.delegate = delegate;
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return delegate.getSupportedAnnotationTypes();
        }

        @Override
        public Set<String> getSupportedOptions() {
            return delegate.getSupportedOptions();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return delegate.getSupportedSourceVersion();
        }

        @Override
        public synchronized void init(ProcessingEnvironment env) {
            super.init(env);
            Filer filer = env.getFiler();
            Filer recordingFiler = new Filer() {
                @Override
                public JavaFileObject createSourceFile(CharSequence name, Element... originating) throws IOException {
                    sourceFiles.add(name + " <- "
                            + java.util.Arrays.stream(originating)
                                    .map(e ->
                                            ((TypeElement) e).getQualifiedName().toString())
                                    .toList()
                            + " in round " + results.size());
                    return filer.createSourceFile(name, originating);
                }

                @Override
                public JavaFileObject createClassFile(CharSequence name, Element... originating) throws IOException {
                    return filer.createClassFile(name, originating);
                }

                @Override
                public FileObject createResource(
                        JavaFileManager.Location location,
                        CharSequence moduleAndPkg,
                        CharSequence relativeName,
                        Element... originating)
                        throws IOException {
                    resources.add(location.getName() + " "
                            + (moduleAndPkg.length() == 0
                                    ? ""
                                    : moduleAndPkg.toString().replace('.', '/') + "/") + relativeName + " <- "
                            + java.util.Arrays.stream(originating)
                                    .map(e ->
                                            ((TypeElement) e).getQualifiedName().toString())
                                    .toList());
                    return filer.createResource(location, moduleAndPkg, relativeName, originating);
                }

                @Override
                public FileObject getResource(
                        JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName)
                        throws IOException {
                    resourceLookups.add(location.getName() + " " + relativeName);
                    if (unsupported.contains(location)) {
                        throw new IllegalArgumentException("Unsupported location: " + location);
                    }
                    return filer.getResource(location, moduleAndPkg, relativeName);
                }
            };
            delegate.init(new ProcessingEnvironment() {
                @Override
                public Map<String, String> getOptions() {
                    return env.getOptions();
                }

                @Override
                public Messager getMessager() {
                    return env.getMessager();
                }

                @Override
                public Filer getFiler() {
                    return recordingFiler;
                }

                @Override
                public Elements getElementUtils() {
                    return env.getElementUtils();
                }

                @Override
                public Types getTypeUtils() {
                    return env.getTypeUtils();
                }

                @Override
                public SourceVersion getSourceVersion() {
                    return env.getSourceVersion();
                }

                @Override
                public Locale getLocale() {
                    return env.getLocale();
                }
            });
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            boolean result = delegate.process(annotations, round);
            results.add(result);
            return result;
        }
    }
}

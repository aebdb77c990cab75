package io.github.ftpreply.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * What generating the dispatchers costs javac whatever the processor does: in the first round this processor writes,
 * through the {@code Filer}, the sources that the measured processor generated earlier
 * ({@code -Afloor.dispatchers=DIR}), and does nothing else. javac then runs the rounds that generated sources cause,
 * as it does for ftpreply. {@link CompileTimeHarness} times it as the floor of any processor that generates them
 * (ftpreply's dispatchers, enums and accessors, or AutoValue's classes: it runs whatever the annotations).
 */
@SupportedAnnotationTypes("*")
@SupportedOptions(FloorProcessor.DISPATCHERS)
public final class FloorProcessor extends AbstractProcessor {
    static final String DISPATCHERS = "floor.dispatchers";

    /** Each source to write, by qualified name, read in {@link #init} so that {@code process()} only writes. */
    private final Map<String, String> sources = new TreeMap<>();

    private boolean written;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        Path directory = Path.of(processingEnv.getOptions().get(DISPATCHERS));
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String relative = directory.relativize(source).toString();
                String name = relative.substring(0, relative.length() - ".java".length())
                        .replace(source.getFileSystem().getSeparator(), ".");
                sources.put(name, Files.readString(source, StandardCharsets.UTF_8));
            }
        } catch (IOException | UncheckedIOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "floor processor: " + e);
        }
    }

    /**
     * Writes every source in the first round. Its note, {@code floor in process() 12.3 ms}, is the {@code Filer}'s
     * cost for these outputs: the part of a generating processor's time in {@code process()} that is javac's.
     */
    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (written) {
            return false;
        }
        written = true;
        long start = System.nanoTime();
        try {
            for (Map.Entry<String, String> source : sources.entrySet()) {
                JavaFileObject file = processingEnv.getFiler().createSourceFile(source.getKey());
                try (Writer out = file.openWriter()) {
                    out.write(source.getValue());
                }
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "floor processor: " + e);
        }
        processingEnv.getMessager().printMessage(
                Diagnostic.Kind.NOTE,
                String.format(Locale.ROOT, "floor in process() %.1f ms", (System.nanoTime() - start) / 1e6));
        return false;
    }
}

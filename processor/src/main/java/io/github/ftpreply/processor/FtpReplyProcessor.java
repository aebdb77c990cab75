package io.github.ftpreply.processor;

import com.google.auto.service.AutoService;
import io.github.ftpreply.catalog.Catalog;
import io.github.ftpreply.catalog.CatalogLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Generates an exhaustive dispatcher for every {@code @FtpReplyHandler} class. A thin loop over
 * {@link HandlerAnalyzer} → {@link RoutingTable} → {@link ExhaustivenessCheck} → {@link DispatcherGenerator}; it
 * never claims its annotations, and turns any unexpected exception into an error instead of crashing javac.
 */
@AutoService(Processor.class)
public final class FtpReplyProcessor extends AbstractProcessor {
    private final Supplier<Catalog> catalogSource;
    /** Handlers whose signatures named types not generated yet, by qualified name, for the next round. */
    private final Set<String> deferred = new LinkedHashSet<>();

    private ErrorReporter reporter;
    private HandlerPolicy defaults;
    private Optional<Catalog> catalog;

    /** The processor javac loads: it reads the canonical catalog bundled in its jar. */
    public FtpReplyProcessor() {
        this(CatalogLoader::canonical);
    }

    /** A processor over another catalog, for tests. */
    FtpReplyProcessor(Supplier<Catalog> catalogSource) {
        this.catalogSource = catalogSource;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(ClassNames.FTP_REPLY_HANDLER, ClassNames.ON_REPLY, ClassNames.ON_CATEGORY,
                ClassNames.ON_ANY_REPLY);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return ProcessorOptions.names();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        reporter = new ErrorReporter(processingEnv.getMessager());
        defaults = ProcessorOptions.defaults(processingEnv.getOptions(), reporter);
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            new MisplacedAnnotationCheck(reporter, processingEnv.getElementUtils()).check(round);
            for (TypeElement handler : handlersOfThisRound(round)) {
                processHandler(handler, round.processingOver());
            }
        } catch (RuntimeException e) {
            reporter.error(DiagnosticId.INTERNAL_ERROR, "the ftpreply processor failed; please report this"
                    + " with the stack trace:\n" + stackTrace(e));
        }
        return false;
    }

    /** This round's handlers and those deferred from earlier rounds, sorted by name so output is reproducible. */
    private Iterable<TypeElement> handlersOfThisRound(RoundEnvironment round) {
        TreeMap<String, TypeElement> handlers = new TreeMap<>();
        for (String name : deferred) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                handlers.put(name, type);
            }
        }
        deferred.clear();
        TypeElement annotation = processingEnv.getElementUtils().getTypeElement(ClassNames.FTP_REPLY_HANDLER);
        if (annotation != null) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element instanceof TypeElement type) {
                    handlers.put(type.getQualifiedName().toString(), type);
                }
            }
        }
        return handlers.values();
    }

    private void processHandler(TypeElement type, boolean lastRound) {
        try {
            if (HandlerAnalyzer.hasUnresolvedTypes(type)) {
                if (lastRound) {
                    reporter.error(DiagnosticId.UNRESOLVED_TYPE, ErrorReporter.Site.of(type), "no dispatcher was"
                            + " generated for " + type.getQualifiedName() + " because a handler method's signature"
                            + " names a type that does not exist; fix the type named in the error above");
                } else {
                    deferred.add(type.getQualifiedName().toString());
                }
                return;
            }
            Optional<Catalog> known = catalog();
            if (known.isEmpty()) {
                return;
            }
            AnnotationMirror annotation = Annotations.find(type, ClassNames.FTP_REPLY_HANDLER).orElseThrow();
            HandlerAnalyzer analyzer = new HandlerAnalyzer(reporter, processingEnv.getElementUtils(),
                    processingEnv.getTypeUtils());
            Optional<HandlerModel> model = analyzer.analyze(type, annotation, defaults, known.get());
            if (model.isEmpty()) {
                return;
            }
            RoutingTable table = RoutingTable.of(model.get().methods(), known.get());
            if (new ExhaustivenessCheck(reporter).check(model.get(), annotation, table)) {
                boolean generatedAvailable =
                        processingEnv.getElementUtils().getTypeElement(ClassNames.GENERATED) != null;
                new DispatcherGenerator(generatedAvailable).generate(model.get(), table)
                        .writeTo(processingEnv.getFiler());
            }
        } catch (IOException e) {
            reporter.error(DiagnosticId.INTERNAL_ERROR, ErrorReporter.Site.of(type),
                    "cannot write the dispatcher of " + type.getQualifiedName() + ": " + e);
        } catch (RuntimeException e) {
            reporter.error(DiagnosticId.INTERNAL_ERROR, ErrorReporter.Site.of(type), "the ftpreply processor"
                    + " failed on " + type.getQualifiedName() + "; please report this with the stack trace:\n"
                    + stackTrace(e));
        }
    }

    /** The catalog, read on first use and once per compilation; empty (and reported once) if it cannot be read. */
    private Optional<Catalog> catalog() {
        if (catalog == null) {
            try {
                catalog = Optional.of(catalogSource.get());
            } catch (IllegalStateException e) {
                catalog = Optional.empty();
                reporter.error(DiagnosticId.CATALOG_UNAVAILABLE, "the reply catalog cannot be read, so no"
                        + " dispatcher is generated: " + e.getMessage() + "; use an ftpreply-processor jar from a"
                        + " release");
            }
        }
        return catalog;
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}

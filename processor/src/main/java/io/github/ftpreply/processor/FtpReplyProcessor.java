package io.github.ftpreply.processor;

import com.google.auto.service.AutoService;
import io.github.ftpreply.catalog.Catalog;
import io.github.ftpreply.catalog.CatalogLoader;
import io.github.ftpreply.catalog.MissingTranslationPolicy;
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
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Generates an exhaustive dispatcher for every {@code @FtpReplyHandler} class. A thin loop: first every
 * {@code @FtpReplyCatalog} type of the round ({@link ExtensionCatalogs}: merged catalog, enum, bundles), then each
 * handler through {@link HandlerAnalyzer} → {@link RoutingTable} → {@link ExhaustivenessCheck} →
 * {@link DispatcherGenerator}, over the catalog it names. It writes no file in javac's last round, claims its
 * annotations and its own {@code @Generated} output when {@link RoundClaim} allows, and turns any unexpected
 * exception into an error instead of crashing javac.
 */
@AutoService(Processor.class)
public final class FtpReplyProcessor extends AbstractProcessor {
    /** Where the canonical catalog comes from in tests; null for the processor javac loads, which reads its own. */
    private final Supplier<Catalog> catalogSource;
    /** Handlers whose signatures named types not generated yet, by qualified name, for the next round. */
    private final Set<String> deferred = new LinkedHashSet<>();
    /** Whether a handler deferred this round waits for a type that this processor does not generate. */
    private boolean waitingForOthers;

    private ErrorReporter reporter;
    private SourceLevelCheck sourceLevel;
    private HandlerPolicy defaults;
    private Optional<Catalog> catalog;
    private ExtensionCatalogs extensions;
    private ProcessorTimings timings;
    private boolean reportTimings;
    /** Whether {@code javax.annotation.processing.Generated} is on the compilation's platform; looked up once. */
    private Boolean generatedAvailable;

    /** The processor javac loads: it reads the canonical catalog bundled in its jar. */
    public FtpReplyProcessor() {
        this(null); // not CatalogLoader::canonical: a method reference is a class spun in every compilation
    }

    /** A processor over another catalog, for tests. */
    FtpReplyProcessor(Supplier<Catalog> catalogSource) {
        this.catalogSource = catalogSource;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return ClassNames.SUPPORTED_ANNOTATIONS;
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
        timings = new ProcessorTimings();
        reporter = new ErrorReporter(processingEnv.getMessager());
        sourceLevel = new SourceLevelCheck(reporter, processingEnv);
        reportTimings = ProcessorOptions.timings(processingEnv.getOptions(), reporter);
        defaults = ProcessorOptions.defaults(processingEnv.getOptions(), reporter);
        ExtensionLocator locator = new ExtensionLocator(
                processingEnv.getFiler(), ProcessorOptions.catalogPath(processingEnv.getOptions(), reporter));
        extensions = new ExtensionCatalogs(
                reporter,
                processingEnv.getElementUtils(),
                processingEnv.getFiler(),
                locator,
                this::catalog,
                ProcessorOptions.missingTranslations(processingEnv.getOptions(), reporter)
                        .orElse(MissingTranslationPolicy.NOTE),
                (carrier, mirror, value) -> InlineYamlPositions.of(processingEnv, carrier, mirror, value));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        timings.countRound();
        waitingForOthers = false;
        if (!sourceLevel.allows(annotations, round)) {
            // The error is reported; the annotations are still ftpreply's, and an unclaimed-annotation warning
            // beside it would only be noise.
            return RoundClaim.claims(annotations, round, false);
        }
        try {
            timings.switchTo(ProcessorTimings.Phase.DISCOVERY);
            new MisplacedAnnotationCheck(reporter, processingEnv.getElementUtils()).check(round);
            timings.switchTo(ProcessorTimings.Phase.EXTENSIONS);
            extensions.process(round);
            timings.switchTo(ProcessorTimings.Phase.DISCOVERY);
            for (TypeElement handler : handlersOfThisRound(round)) {
                processHandler(handler, round.processingOver());
            }
        } catch (RuntimeException e) {
            reporter.error(
                    DiagnosticId.INTERNAL_ERROR,
                    "the ftpreply processor failed; please report this" + " with the stack trace:\n" + stackTrace(e));
        } finally {
            timings.switchTo(ProcessorTimings.Phase.JAVAC);
        }
        if (round.processingOver() && reportTimings) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, "[ftpreply-timings] " + timings.summary());
        }
        return RoundClaim.claims(annotations, round, waitingForOthers);
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
        timings.switchTo(ProcessorTimings.Phase.ANALYSIS);
        try {
            AnnotationMirror annotation =
                    Annotations.find(type, ClassNames.FTP_REPLY_HANDLER).orElseThrow();
            Optional<AnnotationValue> named = Annotations.explicit(annotation, "catalog");
            if (named.isPresent() && isUnresolved(named.get())) {
                deferOrReport(type, lastRound, false, "its catalog attribute names a type that does not exist");
                return;
            }
            Optional<HandlerCatalog> handled = handlerCatalog(type, annotation, named);
            if (handled.isEmpty()) {
                return;
            }
            Set<String> unresolved = HandlerAnalyzer.unresolvedTypes(type);
            if (!unresolved.isEmpty()) {
                deferOrReport(
                        type,
                        lastRound,
                        unresolved.stream().allMatch(extensions::generatesSimpleName),
                        "a handler method's signature names a type that does not exist");
                return;
            }
            HandlerAnalyzer analyzer =
                    new HandlerAnalyzer(reporter, processingEnv.getElementUtils(), processingEnv.getTypeUtils());
            Optional<HandlerModel> model = analyzer.analyze(type, annotation, defaults, handled.get());
            if (model.isEmpty()) {
                return;
            }
            RoutingTable table =
                    RoutingTable.of(model.get().methods(), handled.get().catalog());
            if (lastRound) {
                // javac reached its last round early (after an error, or a warning under -Werror) while this
                // handler waited for a type. A file written now would escape compilation and make javac warn; the
                // build fails on the diagnostics above anyway, so the handler gets no dispatcher.
                return;
            }
            if (new ExhaustivenessCheck(reporter).check(model.get(), annotation, table)) {
                if (generatedAvailable == null) {
                    generatedAvailable = processingEnv.getElementUtils().getTypeElement(ClassNames.GENERATED) != null;
                }
                timings.switchTo(ProcessorTimings.Phase.GENERATION);
                String source = new DispatcherGenerator(generatedAvailable).generate(model.get(), table);
                timings.switchTo(ProcessorTimings.Phase.WRITING);
                GeneratedSourceFiles.write(
                        processingEnv.getFiler(),
                        model.get().dispatcher().canonicalName(),
                        source,
                        model.get().element());
                timings.countDispatcher();
            }
        } catch (IOException e) {
            reporter.error(
                    DiagnosticId.INTERNAL_ERROR,
                    ErrorReporter.Site.of(type),
                    "cannot write the dispatcher of " + type.getQualifiedName() + ": " + e);
        } catch (RuntimeException e) {
            reporter.error(
                    DiagnosticId.INTERNAL_ERROR,
                    ErrorReporter.Site.of(type),
                    "the ftpreply processor"
                            + " failed on " + type.getQualifiedName() + "; please report this with the stack trace:\n"
                            + stackTrace(e));
        }
    }

    /**
     * Defers {@code type} to the next round, or in the last round reports why it gets no dispatcher. {@code ownOutput}
     * says the missing types are ones this processor generates (an extension's enum), so no other processor is needed.
     */
    private void deferOrReport(TypeElement type, boolean lastRound, boolean ownOutput, String why) {
        if (lastRound) {
            reporter.error(
                    DiagnosticId.UNRESOLVED_TYPE,
                    ErrorReporter.Site.of(type),
                    "no dispatcher was generated"
                            + " for " + type.getQualifiedName() + " because " + why
                            + "; fix the type named in the error"
                            + " above");
        } else {
            deferred.add(type.getQualifiedName().toString());
            waitingForOthers |= !ownOutput;
        }
    }

    /** A class literal whose type does not exist (yet): javac gives an error type, or the string "<error>". */
    private static boolean isUnresolved(AnnotationValue value) {
        return !(value.getValue() instanceof TypeMirror type) || type.getKind() == TypeKind.ERROR;
    }

    /**
     * The catalog {@code type} handles: the canonical one, or the merged catalog of the {@code @FtpReplyCatalog}
     * type it names. Empty if that is not available (reported, here or on the {@code @FtpReplyCatalog}).
     */
    private Optional<HandlerCatalog> handlerCatalog(
            TypeElement type, AnnotationMirror annotation, Optional<AnnotationValue> named) {
        TypeMirror value = named.isPresent() ? (TypeMirror) named.get().getValue() : null;
        if (value == null || value.getKind() == TypeKind.VOID) {
            Optional<Catalog> canonical = catalog();
            return canonical.isPresent() ? Optional.of(HandlerCatalog.canonical(canonical.get())) : Optional.empty();
        }
        ErrorReporter.Site site = new ErrorReporter.Site(type, annotation, named.get());
        if (!(value instanceof DeclaredType declared)
                || !ExtensionCatalogs.isCarrier((TypeElement) declared.asElement())) {
            String name = value.toString();
            Optional<String> generator = extensions.generator(name);
            reporter.error(
                    DiagnosticId.NOT_A_CATALOG,
                    site,
                    type.getSimpleName() + " names " + name + " as its"
                            + " catalog, but " + name + " is not annotated @FtpReplyCatalog; "
                            + generator
                                    .map(g -> name + " is the enum generated from " + g + ", so write catalog = " + g
                                            + ".class")
                                    .orElse("name the type that carries @FtpReplyCatalog, or remove the attribute to"
                                            + " handle the canonical catalog"));
            return Optional.empty();
        }
        return extensions.forHandler((TypeElement) declared.asElement(), site).map(ExtensionCatalog::handlerCatalog);
    }

    /** The catalog, read on first use and once per compilation; empty (and reported once) if it cannot be read. */
    private Optional<Catalog> catalog() {
        if (catalog == null) {
            ProcessorTimings.Phase caller = timings.switchTo(ProcessorTimings.Phase.CATALOG);
            try {
                catalog = Optional.of(catalogSource == null ? CatalogLoader.canonical() : catalogSource.get());
            } catch (IllegalStateException e) {
                catalog = Optional.empty();
                reporter.error(
                        DiagnosticId.CATALOG_UNAVAILABLE,
                        "the reply catalog cannot be read, so no"
                                + " dispatcher is generated: " + e.getMessage()
                                + "; use an ftpreply-processor jar from a"
                                + " release");
            } finally {
                timings.switchTo(caller);
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

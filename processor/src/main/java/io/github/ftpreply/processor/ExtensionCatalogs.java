package io.github.ftpreply.processor;

import io.github.ftpreply.catalog.Catalog;
import io.github.ftpreply.catalog.CatalogError;
import io.github.ftpreply.catalog.CatalogLoader;
import io.github.ftpreply.catalog.Diagnostic;
import io.github.ftpreply.catalog.MissingTranslationPolicy;
import io.github.ftpreply.catalog.ReplyCodeEntry;
import io.github.ftpreply.catalog.yaml.Position;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.StandardLocation;

/**
 * The {@code @FtpReplyCatalog} types of one compilation. For each: takes its YAML from {@code yaml}, or finds its
 * {@code file} ({@link ExtensionLocator}),
 * merges it into the canonical catalog, reports the catalog's diagnostics on the annotation, and generates the
 * merged enum, its accessor class and its bundles into the type's package, each with the type as the only
 * originating element. Handlers that name the type get its merged catalog.
 */
final class ExtensionCatalogs {
    /** Restricted identifiers: valid names of variables, but not of types (JLS 3.9). */
    private static final Set<String> RESTRICTED = Set.of("var", "yield", "record", "sealed", "permits", "when", "_");
    /** How the generated files name an extension given as {@code yaml}, where a file would be named. */
    private static final String INLINE = "the inline yaml";

    private final ErrorReporter reporter;
    private final Elements elements;
    private final Filer filer;
    private final ExtensionLocator locator;
    private final Supplier<Optional<Catalog>> canonical;
    private final MissingTranslationPolicy defaultPolicy;
    private final InlineYamlPositions.Finder inlinePositions;
    /** By the annotated type's qualified name; empty where it had an error, which was reported. */
    private final Map<String, Optional<ExtensionCatalog>> byCarrier = new HashMap<>();
    /** Each generated type's qualified name, to the annotated type that generates it. */
    private final Map<String, String> generatedBy = new HashMap<>();
    /** Merge results by resource and policy, so that each file is parsed and merged once. */
    private final Map<String, CatalogLoader.Result> merged = new HashMap<>();
    /** The canonical bundle lines, read from the jar for the first extension that writes bundles. */
    private CanonicalBundleLines canonicalLines;
    /** The canonical codes' enum constants, read from the jar for the first extension that writes its enum. */
    private CanonicalConstants canonicalConstants;

    ExtensionCatalogs(
            ErrorReporter reporter,
            Elements elements,
            Filer filer,
            ExtensionLocator locator,
            Supplier<Optional<Catalog>> canonical,
            MissingTranslationPolicy defaultPolicy,
            InlineYamlPositions.Finder inlinePositions) {
        this.reporter = reporter;
        this.elements = elements;
        this.filer = filer;
        this.locator = locator;
        this.canonical = canonical;
        this.defaultPolicy = defaultPolicy;
        this.inlinePositions = inlinePositions;
    }

    /** Loads and generates every {@code @FtpReplyCatalog} type of this round, sorted by name. */
    void process(RoundEnvironment round) {
        TypeElement annotation = elements.getTypeElement(ClassNames.FTP_REPLY_CATALOG);
        if (annotation == null) {
            return;
        }
        TreeMap<String, TypeElement> carriers = new TreeMap<>();
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
            if (element instanceof TypeElement type) {
                carriers.put(type.getQualifiedName().toString(), type);
            }
        }
        // Loops, not lambdas, on the extension path: each is a class spun on first use in javac's cold JVM.
        for (Map.Entry<String, TypeElement> entry : carriers.entrySet()) {
            if (!byCarrier.containsKey(entry.getKey())) {
                byCarrier.put(entry.getKey(), loadGenerating(entry.getKey(), entry.getValue()));
            }
        }
    }

    /** Loads the extension {@code carrier} declares and generates its types; an exception becomes an error. */
    private Optional<ExtensionCatalog> loadGenerating(String name, TypeElement carrier) {
        AnnotationMirror mirror =
                Annotations.find(carrier, ClassNames.FTP_REPLY_CATALOG).orElseThrow();
        try {
            return load(carrier, mirror, ErrorReporter.Site.of(carrier, mirror), true);
        } catch (RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            reporter.error(
                    DiagnosticId.INTERNAL_ERROR,
                    ErrorReporter.Site.of(carrier, mirror),
                    "the ftpreply"
                            + " processor failed on @FtpReplyCatalog of " + name
                            + "; please report this with the stack"
                            + " trace:\n" + trace);
            return Optional.empty();
        }
    }

    /** Whether {@code type} carries {@code @FtpReplyCatalog}. */
    static boolean isCarrier(TypeElement type) {
        return Annotations.find(type, ClassNames.FTP_REPLY_CATALOG).isPresent();
    }

    /** Whether this processor generates, or has generated, a type of this simple name in this compilation. */
    boolean generatesSimpleName(String simpleName) {
        return generatedBy.keySet().stream()
                .anyMatch(name -> name.substring(name.lastIndexOf('.') + 1).equals(simpleName));
    }

    /** The name of the {@code @FtpReplyCatalog} type that generates {@code qualifiedName}, if one does. */
    Optional<String> generator(String qualifiedName) {
        return Optional.ofNullable(generatedBy.get(qualifiedName));
    }

    /**
     * The extension {@code carrier} declares, for a handler that names it: empty if it had an error (reported).
     * A carrier compiled earlier (from the class path) is loaded here, its problems reported at {@code site}, and
     * nothing is generated for it: its enum was generated when it was compiled.
     */
    Optional<ExtensionCatalog> forHandler(TypeElement carrier, ErrorReporter.Site site) {
        return byCarrier.computeIfAbsent(
                carrier.getQualifiedName().toString(),
                name -> load(
                        carrier,
                        Annotations.find(carrier, ClassNames.FTP_REPLY_CATALOG).orElseThrow(),
                        site,
                        false));
    }

    private Optional<ExtensionCatalog> load(
            TypeElement carrier, AnnotationMirror mirror, ErrorReporter.Site site, boolean generate) {
        int errorsBefore = reporter.errorCount();
        String name = carrier.getQualifiedName().toString();
        String file = string(mirror, "file");
        String yaml = string(mirror, "yaml");
        String enumName = string(mirror, "enumName");
        String messagesName = string(mirror, "messagesName");
        boolean derivedMessagesName = messagesName.isEmpty();
        if (derivedMessagesName) {
            messagesName =
                    (enumName.endsWith("Code") ? enumName.substring(0, enumName.length() - 4) : enumName) + "Messages";
        }
        boolean inline = !yaml.isEmpty();
        ErrorReporter.Site fileSite = at(site, mirror, inline ? "yaml" : "file");
        if (inline == Annotations.explicit(mirror, "file").isPresent()) {
            reporter.error(
                    DiagnosticId.EXTENSION_INVALID_ATTRIBUTE,
                    inline ? at(site, mirror, "file") : fileSite,
                    (inline ? "both file and yaml are given" : "neither file nor yaml is given")
                            + "; give file = \"acme-replies.yaml\" for a YAML file, or yaml = \"\"\"...\"\"\" for the"
                            + " YAML itself, not both");
        } else if (!inline) {
            checkFile(file, fileSite);
        }
        String outermost = outermost(carrier).getSimpleName().toString();
        checkName(enumName, "enumName", outermost, at(site, mirror, "enumName"));
        if (!derivedMessagesName || reporter.errorCount() == errorsBefore) {
            checkName(
                    messagesName,
                    derivedMessagesName ? "messagesName (derived from enumName)" : "messagesName",
                    outermost,
                    at(site, mirror, derivedMessagesName ? "enumName" : "messagesName"));
        }
        if (reporter.errorCount() == errorsBefore && enumName.equals(messagesName)) {
            reporter.error(
                    DiagnosticId.EXTENSION_INVALID_ATTRIBUTE,
                    at(site, mirror, "messagesName"),
                    "enumName and messagesName are both " + enumName + "; give the accessor class another name");
        }
        Optional<Catalog> base = canonical.get();
        if (reporter.errorCount() > errorsBefore || base.isEmpty()) {
            return Optional.empty();
        }
        String packageName = elements.getPackageOf(carrier).getQualifiedName().toString();
        JavaName codes = JavaName.of(packageName, enumName);
        JavaName messages = JavaName.of(packageName, messagesName);
        if (inline) {
            InlineYamlPositions positions = fileSite.value() == null
                    ? InlineYamlPositions.relative(carrier)
                    : inlinePositions.find(carrier, fileSite.mirror(), fileSite.value());
            YamlSource source =
                    new YamlSource(INLINE, name + " " + INLINE, yaml.getBytes(StandardCharsets.UTF_8), positions::at);
            return merge(carrier, mirror, site, generate, fileSite, codes, messages, base.get(), source);
        }
        String resource = file.startsWith("/")
                ? file.substring(1)
                : packageName.isEmpty() ? file : packageName.replace('.', '/') + "/" + file;

        ExtensionLocator.Lookup lookup = locator.find(resource);
        if (lookup instanceof ExtensionLocator.NotFound notFound) {
            reporter.error(
                    DiagnosticId.EXTENSION_FILE_NOT_FOUND,
                    fileSite,
                    notFound(name, file, resource, notFound.searched()));
            return Optional.empty();
        }
        if (lookup instanceof ExtensionLocator.Unreadable unreadable) {
            reporter.error(
                    DiagnosticId.EXTENSION_UNREADABLE,
                    fileSite,
                    "the extension catalog " + resource + " of "
                            + name + " cannot be read at " + unreadable.where() + ": " + unreadable.cause()
                            + "; make it a readable file");
            return Optional.empty();
        }
        if (lookup instanceof ExtensionLocator.NotAFile notAFile) {
            reporter.error(
                    notAFile.id(),
                    fileSite,
                    "the extension catalog " + resource + " of " + name + " at " + notAFile.where() + " is "
                            + notAFile.what() + ", not a file; point it at the YAML file itself");
            return Optional.empty();
        }
        if (lookup instanceof ExtensionLocator.TooLarge tooLarge) {
            reporter.relay(
                    javax.tools.Diagnostic.Kind.ERROR,
                    fileSite,
                    relayed(Diagnostic.error(
                            CatalogError.YAML_LIMIT,
                            resource,
                            Position.START,
                            "the file at " + tooLarge.where() + " holds " + tooLarge.size() + " bytes or more, larger"
                                    + " than the " + CatalogLoader.MAX_FILE_BYTES + " a catalog may hold; it was not"
                                    + " read")));
            return Optional.empty();
        }
        byte[] content = ((ExtensionLocator.Found) lookup).content();
        YamlSource source = new YamlSource(resource, resource, content, null);
        return merge(carrier, mirror, site, generate, fileSite, codes, messages, base.get(), source);
    }

    /**
     * An extension's YAML: {@code name} for the generated files' headers, {@code key} to merge it once per
     * compilation, and {@code inline} to show a position in YAML given inline, or null for a file, whose positions
     * read {@code name:line:column}.
     */
    private record YamlSource(String name, String key, byte[] content, Function<Position, String> inline) {
        String where(Position position) {
            return inline != null ? inline.apply(position) : name + ":" + position;
        }
    }

    /**
     * Merges the extension's YAML into the canonical catalog, reports its diagnostics at {@code fileSite}, and
     * generates what it declares into {@code codes} and {@code messages} if {@code generate}.
     */
    private Optional<ExtensionCatalog> merge(
            TypeElement carrier,
            AnnotationMirror mirror,
            ErrorReporter.Site site,
            boolean generate,
            ErrorReporter.Site fileSite,
            JavaName codes,
            JavaName messages,
            Catalog base,
            YamlSource source) {
        String name = carrier.getQualifiedName().toString();
        Optional<AnnotationValue> given = Annotations.explicit(mirror, "missingTranslations");
        Optional<String> constant = given.isPresent() ? Annotations.enumConstant(given.get()) : Optional.empty();
        MissingTranslationPolicy policy =
                constant.isPresent() && !constant.get().equals("DEFAULT")
                        ? MissingTranslationPolicy.valueOf(constant.get())
                        : defaultPolicy;
        String mergeKey = source.key() + " " + policy;
        CatalogLoader.Result result = merged.get(mergeKey);
        if (result == null) {
            try {
                result = CatalogLoader.readExtension(
                        source.name(), new ByteArrayInputStream(source.content()), base, policy);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // cannot happen on a byte array
            }
            merged.put(mergeKey, result);
        }
        for (Diagnostic diagnostic : result.diagnostics()) {
            reporter.relay(
                    switch (diagnostic.severity()) {
                        case ERROR -> javax.tools.Diagnostic.Kind.ERROR;
                        case WARNING -> javax.tools.Diagnostic.Kind.WARNING;
                        case NOTE -> javax.tools.Diagnostic.Kind.NOTE;
                    },
                    fileSite,
                    relayed(diagnostic, source.where(diagnostic.position())));
        }
        if (result.catalog().isEmpty()) {
            return Optional.empty();
        }
        Catalog catalog = result.catalog().get();
        Set<Integer> excluded = new HashSet<>();
        for (ReplyCodeEntry entry : base.codes()) {
            if (catalog.code(entry.code()).isEmpty()) {
                excluded.add(entry.code());
            }
        }
        ExtensionCatalog extension = new ExtensionCatalog(name, source.name(), codes, messages, catalog, excluded);
        if (generate && !(claimNames(extension, site) && write(extension, base, carrier, site))) {
            return Optional.empty();
        }
        return Optional.of(extension);
    }

    /** {@code acme.yaml:12:5: [cat-unknown-key] ...}: a catalog diagnostic as the processor reports it. */
    static String relayed(Diagnostic diagnostic) {
        return relayed(diagnostic, diagnostic.file() + ":" + diagnostic.position());
    }

    /** {@code where: [id] message}, with {@code where} the file and position to show. */
    private static String relayed(Diagnostic diagnostic, String where) {
        return where + ": [" + diagnostic.error().id() + "] " + diagnostic.message();
    }

    private static String notFound(String carrier, String file, String resource, List<String> searched) {
        StringBuilder message = new StringBuilder("the extension catalog \"")
                .append(file)
                .append("\" of ")
                .append(carrier)
                .append(" is not in any place searched for ")
                .append(resource)
                .append(":\n");
        for (int i = 0; i < searched.size(); i++) {
            message.append("  ")
                    .append(i + 1)
                    .append(". ")
                    .append(searched.get(i))
                    .append('\n');
        }
        return message.append("With Maven, put it in src/main/resources/")
                .append(resource)
                .append("; otherwise" + " point -A")
                .append(ProcessorOptions.CATALOG_PATH)
                .append(" at the directory that holds ")
                .append(resource)
                .append(" (docs/extending.md). A path relative to the package starts without"
                        + " '/', one from the root with '/'.")
                .toString();
    }

    private void checkFile(String file, ErrorReporter.Site site) {
        String path = file.startsWith("/") ? file.substring(1) : file;
        boolean valid = !path.isEmpty() && !path.endsWith("/") && !path.contains("\\");
        for (String segment : path.split("/", -1)) {
            valid &= !segment.isEmpty() && !segment.equals(".") && !segment.equals("..");
        }
        if (!valid) {
            reporter.error(
                    DiagnosticId.EXTENSION_INVALID_ATTRIBUTE,
                    site,
                    "file = \"" + file + "\" is not a"
                            + " resource path; write one such as \"acme-replies.yaml\" (in this type's package) or"
                            + " \"/catalogs/acme-replies.yaml\" (from the root), with '/' between names and no '.' or '..'");
        }
    }

    private void checkName(String name, String attribute, String outermost, ErrorReporter.Site site) {
        if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name) || RESTRICTED.contains(name)) {
            reporter.error(
                    DiagnosticId.EXTENSION_INVALID_ATTRIBUTE,
                    site,
                    attribute + " = \"" + name + "\" is not"
                            + " a Java class name" + (RESTRICTED.contains(name) ? " (Java restricts it)" : "")
                            + "; write a simple name such as \"AcmeReplyCode\" (the package is the annotated type's)");
        } else if (name.equals(outermost)) {
            reporter.error(
                    DiagnosticId.EXTENSION_INVALID_ATTRIBUTE,
                    site,
                    attribute + " = \"" + name + "\" is the name of " + outermost
                            + ", which the generated type would replace in its package; give it a name of its own,"
                            + " such as \"" + name + "ReplyCode\"");
        }
    }

    /** The top-level type that holds {@code type}, or {@code type} itself: its name is taken in the package. */
    private static TypeElement outermost(TypeElement type) {
        Element outer = type;
        while (outer.getEnclosingElement() instanceof TypeElement enclosing) {
            outer = enclosing;
        }
        return (TypeElement) outer;
    }

    /** Registers the types {@code extension} generates; false (reported) if another extension generates one. */
    private boolean claimNames(ExtensionCatalog extension, ErrorReporter.Site site) {
        boolean free = true;
        for (JavaName type : List.of(extension.codes(), extension.messages())) {
            String owner = generatedBy.get(type.canonicalName());
            if (owner != null && !owner.equals(extension.carrier())) {
                reporter.error(
                        DiagnosticId.EXTENSION_DUPLICATE_NAME,
                        site,
                        extension.carrier() + " would generate "
                                + type.canonicalName() + ", which " + owner
                                + " generates already; give one of them another"
                                + (type.equals(extension.codes()) ? " enumName" : " messagesName"));
                free = false;
            }
        }
        if (free) {
            generatedBy.put(extension.codes().canonicalName(), extension.carrier());
            generatedBy.put(extension.messages().canonicalName(), extension.carrier());
        }
        return free;
    }

    /**
     * Writes the enum, the accessor class and the bundles. A text that the validated catalog holds always makes a
     * valid pattern; if one did not, BundleGenerator's exception reaches the processor's internal-error report.
     */
    private boolean write(ExtensionCatalog extension, Catalog canonical, TypeElement carrier, ErrorReporter.Site site) {
        if (canonicalLines == null) {
            canonicalLines = CanonicalBundleLines.load(canonical);
            canonicalConstants = CanonicalConstants.load(canonical);
        }
        Map<String, String> bundles = BundleGenerator.bundles(
                extension.catalog(), extension.messages().simpleName(), canonical, canonicalLines);
        boolean generated = elements.getTypeElement(ClassNames.GENERATED) != null;
        String header = "Generated by the ftpreply annotation processor from the canonical catalog merged with\n"
                + extension.resource() + " (@FtpReplyCatalog on " + extension.carrier() + ").\nDo not edit: change"
                + " the YAML file and compile again.";
        String mergedWith = extension.resource().equals(INLINE)
                ? "the YAML of {@link "
                : "<code>" + JavadocText.escape(extension.resource()) + "</code>\n(see {@link ";
        String mergedWithEnd = extension.resource().equals(INLINE) ? "}" : "})";
        List<Object> summary = List.of(
                "Every FTP reply code of the ftpreply catalog merged with " + mergedWith,
                JavaName.of(carrier),
                mergedWithEnd + ", with its meaning, category, group, defining specification and default text.");
        JavaName codes =
                new JavaName(extension.codes().packageName(), extension.codes().simpleNames());
        try {
            writeSource(
                    EnumGenerator.replyCodes(
                            extension.catalog(), extension.codes(), summary, header, generated, canonicalConstants),
                    carrier);
            writeSource(
                    MessagesGenerator.file(
                            extension.catalog(), extension.messages(), extension.codes(), header, generated),
                    carrier);
            String packageName = extension.messages().packageName();
            for (Map.Entry<String, String> bundle : bundles.entrySet()) {
                try (OutputStream out = filer.createResource(
                                StandardLocation.CLASS_OUTPUT, packageName, bundle.getKey(), carrier)
                        .openOutputStream()) {
                    out.write(bundle.getValue().getBytes(StandardCharsets.US_ASCII)); // the generator escapes to ASCII
                }
            }
        } catch (FilerException e) {
            // The Filer refuses a type that another source of this compilation declares already.
            reporter.error(
                    DiagnosticId.EXTENSION_DUPLICATE_NAME,
                    site,
                    extension.carrier() + " cannot generate its types: " + e.getMessage()
                            + "; give enumName or messagesName a name no other type in the package has");
            return false;
        } catch (IOException e) {
            reporter.error(
                    DiagnosticId.INTERNAL_ERROR, site, "cannot write what " + extension.carrier() + " generates: " + e);
            return false;
        }
        return true;
    }

    private void writeSource(JavaSource source, TypeElement carrier) throws IOException {
        GeneratedSourceFiles.write(filer, source.name().canonicalName(), source.text(), carrier);
    }

    /** The site of one attribute's value where the site is the annotation itself; else {@code site}. */
    private static ErrorReporter.Site at(ErrorReporter.Site site, AnnotationMirror mirror, String attribute) {
        if (site.mirror() != mirror) {
            return site;
        }
        Optional<AnnotationValue> value = Annotations.explicit(mirror, attribute);
        return value.isPresent() ? new ErrorReporter.Site(site.element(), mirror, value.get()) : site;
    }

    private static String string(AnnotationMirror mirror, String attribute) {
        Optional<AnnotationValue> value = Annotations.explicit(mirror, attribute);
        return value.isPresent() && value.get().getValue() instanceof String text ? text : "";
    }
}

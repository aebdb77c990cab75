package io.github.ftpreply.processor;

import io.github.ftpreply.catalog.MissingTranslationPolicy;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code -A} options the processor reads: the default {@link HandlerPolicy}, and where and how extension
 * catalogs are read (docs/extending.md).
 */
final class ProcessorOptions {
    /** {@code -Aftpreply.exhaustiveness=categories|every-code}. */
    static final String EXHAUSTIVENESS = "ftpreply.exhaustiveness";
    /** {@code -Aftpreply.missingCodes=error|warning}. */
    static final String MISSING_CODES = "ftpreply.missingCodes";
    /** {@code -Aftpreply.catalogPath=dir1:dir2}: directories searched first for extension catalogs. */
    static final String CATALOG_PATH = "ftpreply.catalogPath";
    /** {@code -Aftpreply.missingTranslations=ignore|note|warning|error}. */
    static final String MISSING_TRANSLATIONS = "ftpreply.missingTranslations";
    /** {@code -Aftpreply.timings=true}: one note at the end with the time of each of the processor's phases. */
    static final String TIMINGS = "ftpreply.timings";

    private ProcessorOptions() {}

    /** Every option name, for {@code getSupportedOptions}. */
    static Set<String> names() {
        return Set.of(EXHAUSTIVENESS, MISSING_CODES, CATALOG_PATH, MISSING_TRANSLATIONS, TIMINGS);
    }

    /** The policy the options set; reports an unknown value and keeps the built-in default for it. */
    static HandlerPolicy defaults(Map<String, String> options, ErrorReporter reporter) {
        HandlerPolicy policy = HandlerPolicy.DEFAULT;
        // Each call is guarded: an option not given creates no lambda, and so spins no class in javac's cold JVM.
        Optional<HandlerPolicy.Exhaustiveness> exhaustiveness = options.containsKey(EXHAUSTIVENESS)
                ? parse(options, EXHAUSTIVENESS, HandlerPolicy.Exhaustiveness.values(), e -> e.optionValue, reporter)
                : Optional.empty();
        Optional<HandlerPolicy.Severity> severity = options.containsKey(MISSING_CODES)
                ? parse(options, MISSING_CODES, HandlerPolicy.Severity.values(), s -> s.optionValue, reporter)
                : Optional.empty();
        if (exhaustiveness.isPresent()) {
            policy = policy.withExhaustiveness(exhaustiveness.get());
        }
        if (severity.isPresent()) {
            policy = policy.withSeverity(severity.get());
        }
        return policy;
    }

    /** Whether {@code -Aftpreply.timings} asks for the timings note: {@code true} or {@code false} (the default). */
    static boolean timings(Map<String, String> options, ErrorReporter reporter) {
        return options.containsKey(TIMINGS)
                && parse(options, TIMINGS, new Boolean[] {true, false}, String::valueOf, reporter)
                        .orElse(false);
    }

    /** The missing-translation policy the option sets, if it sets a known one (an unknown one is reported). */
    static Optional<MissingTranslationPolicy> missingTranslations(Map<String, String> options, ErrorReporter reporter) {
        if (!options.containsKey(MISSING_TRANSLATIONS)) {
            return Optional.empty();
        }
        return parse(
                options,
                MISSING_TRANSLATIONS,
                MissingTranslationPolicy.values(),
                p -> p.name().toLowerCase(Locale.ROOT),
                reporter);
    }

    /**
     * The directories of {@code -Aftpreply.catalogPath}, split at {@link File#pathSeparator}, in order; empty
     * entries are skipped, and an entry that is not a path is reported and skipped.
     */
    static List<Path> catalogPath(Map<String, String> options, ErrorReporter reporter) {
        String given = options.get(CATALOG_PATH);
        List<Path> directories = new ArrayList<>();
        if (given == null) {
            return directories;
        }
        for (String entry : given.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                directories.add(Path.of(entry.trim()));
            } catch (InvalidPathException e) {
                reporter.error(
                        DiagnosticId.INVALID_OPTION,
                        "-A" + CATALOG_PATH + " entry '" + entry
                                + "' is not a directory path (" + e.getReason() + "); separate directories with '"
                                + File.pathSeparator + "'");
            }
        }
        return directories;
    }

    private static <T> Optional<T> parse(
            Map<String, String> options,
            String name,
            T[] values,
            Function<T, String> optionValue,
            ErrorReporter reporter) {
        String given = options.get(name);
        if (given == null) {
            return Optional.empty();
        }
        Optional<T> match = Arrays.stream(values)
                .filter(v -> optionValue.apply(v).equals(given.trim()))
                .findFirst();
        if (match.isEmpty()) {
            reporter.error(
                    DiagnosticId.INVALID_OPTION,
                    "-A" + name + "=" + given + " is not a known value; use "
                            + Arrays.stream(values)
                                    .map(v -> "-A" + name + "=" + optionValue.apply(v))
                                    .collect(Collectors.joining(" or ")));
        }
        return match;
    }
}

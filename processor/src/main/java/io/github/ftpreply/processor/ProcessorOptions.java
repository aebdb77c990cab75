package io.github.ftpreply.processor;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The {@code -A} options the processor reads, and how they become the default {@link HandlerPolicy}. */
final class ProcessorOptions {
    /** {@code -Aftpreply.exhaustiveness=categories|every-code}. */
    static final String EXHAUSTIVENESS = "ftpreply.exhaustiveness";
    /** {@code -Aftpreply.missingCodes=error|warning}. */
    static final String MISSING_CODES = "ftpreply.missingCodes";

    private ProcessorOptions() {}

    /** Every option name, for {@code getSupportedOptions}. */
    static Set<String> names() {
        return Set.of(EXHAUSTIVENESS, MISSING_CODES);
    }

    /** The policy the options set; reports an unknown value and keeps the built-in default for it. */
    static HandlerPolicy defaults(Map<String, String> options, ErrorReporter reporter) {
        HandlerPolicy policy = HandlerPolicy.DEFAULT;
        Optional<HandlerPolicy.Exhaustiveness> exhaustiveness = parse(options, EXHAUSTIVENESS,
                HandlerPolicy.Exhaustiveness.values(), e -> e.optionValue, reporter);
        Optional<HandlerPolicy.Severity> severity = parse(options, MISSING_CODES,
                HandlerPolicy.Severity.values(), s -> s.optionValue, reporter);
        if (exhaustiveness.isPresent()) {
            policy = policy.withExhaustiveness(exhaustiveness.get());
        }
        if (severity.isPresent()) {
            policy = policy.withSeverity(severity.get());
        }
        return policy;
    }

    private static <T> Optional<T> parse(Map<String, String> options, String name, T[] values,
            Function<T, String> optionValue, ErrorReporter reporter) {
        String given = options.get(name);
        if (given == null) {
            return Optional.empty();
        }
        Optional<T> match = Arrays.stream(values).filter(v -> optionValue.apply(v).equals(given.trim())).findFirst();
        if (match.isEmpty()) {
            reporter.error(DiagnosticId.INVALID_OPTION, "-A" + name + "=" + given + " is not a known value; use "
                    + Arrays.stream(values).map(v -> "-A" + name + "=" + optionValue.apply(v))
                            .collect(Collectors.joining(" or ")));
        }
        return match;
    }
}

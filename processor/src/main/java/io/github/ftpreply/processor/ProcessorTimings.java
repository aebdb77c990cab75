package io.github.ftpreply.processor;

import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Where the processor's time goes, for {@code -Aftpreply.timings=true}: a stopwatch that is always in one phase, so
 * phases never overlap and add up to the time spent in {@code process}. Reported as one note after the last round.
 */
final class ProcessorTimings {
    /** The phases, in the order the note lists them. */
    enum Phase {
        /** Reading the canonical catalog bundled in the processor (once per compilation). */
        CATALOG("catalog"),
        /** {@code @FtpReplyCatalog} types: merging extension catalogs, writing their enums and bundles. */
        EXTENSIONS("extensions"),
        /** Finding this round's handlers, and routing annotations outside handlers. */
        DISCOVERY("discovery"),
        /** Checking each handler, routing its codes and checking exhaustiveness. */
        ANALYSIS("analysis"),
        /** Rendering each dispatcher's source. */
        GENERATION("generation"),
        /** Handing each dispatcher to the {@code Filer}. */
        WRITING("writing"),
        /** Outside {@code process}: javac's own work between rounds. */
        JAVAC(null);

        private final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    private final Map<Phase, Long> nanos = new EnumMap<>(Phase.class);
    private final long created = System.nanoTime();
    private Phase current = Phase.JAVAC;
    private long since = created;
    private int rounds;
    private int dispatchers;

    /** Charges the time since the last switch to the current phase and enters {@code next}; returns the one left. */
    Phase switchTo(Phase next) {
        long now = System.nanoTime();
        Long charged = nanos.get(current); // not merge(..., Long::sum): no lambda class in every compilation
        nanos.put(current, (charged == null ? 0 : charged) + now - since);
        Phase left = current;
        current = next;
        since = now;
        return left;
    }

    void countRound() {
        rounds++;
    }

    void countDispatcher() {
        dispatchers++;
    }

    /** The note, such as {@code 3 rounds, 1000 dispatchers; in process() 812 ms: catalog 95 ms, ...}. */
    String summary() {
        switchTo(current);
        long inProcess = 0;
        StringJoiner phases = new StringJoiner(", ");
        for (Phase phase : Phase.values()) {
            if (phase.label != null) {
                long phaseNanos = nanos.getOrDefault(phase, 0L);
                inProcess += phaseNanos;
                phases.add(phase.label + " " + millis(phaseNanos));
            }
        }
        return rounds + " rounds, " + dispatchers + " dispatchers written; in process() " + millis(inProcess) + ": "
                + phases + "; since the processor was made " + millis(System.nanoTime() - created);
    }

    /**
     * {@code 12.3 ms}, rounded to a tenth. Not {@code String.format}: its first use loads the formatter and locale
     * data, tens of milliseconds in javac's cold JVM that the harness would count as the processor's.
     */
    static String millis(long nanos) {
        long tenths = Math.round(nanos / 100_000.0);
        return tenths / 10 + "." + tenths % 10 + " ms";
    }
}

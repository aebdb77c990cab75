package io.github.ftpreply.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** {@code -Aftpreply.timings=true}: one note after the last round, and nothing without the option. */
class ProcessorTimingsTest {

    @Test
    void optionPrintsOneNoteWithEveryPhase() {
        Compilation compilation = Compilations.compile(
                List.of("-Aftpreply.timings=true"),
                DispatcherGoldenTest.LOGIN_HANDLER,
                DispatcherGoldenTest.TRANSFER_LISTENER_WITHOUT_WARNING);
        assertThat(compilation).succeededWithoutWarnings();
        List<String> notes = timingNotes(compilation);
        assertEquals(1, notes.size(), notes.toString());
        String note = notes.get(0);
        assertTrue(
                note.matches("\\[ftpreply-timings] \\d+ rounds, 2 dispatchers written; in process\\(\\) [0-9.]+ ms:"
                        + " catalog [0-9.]+ ms, extensions [0-9.]+ ms, discovery [0-9.]+ ms, analysis [0-9.]+ ms,"
                        + " generation [0-9.]+ ms, writing [0-9.]+ ms; since the processor was made [0-9.]+ ms"),
                note);
    }

    @Test
    void millisecondsAreRoundedToATenth() {
        assertEquals("0.0 ms", ProcessorTimings.millis(0));
        assertEquals("0.0 ms", ProcessorTimings.millis(49_999));
        assertEquals("0.1 ms", ProcessorTimings.millis(50_000));
        assertEquals("12.3 ms", ProcessorTimings.millis(12_345_678));
        assertEquals("1000.0 ms", ProcessorTimings.millis(999_999_999));
        assertEquals("3520.5 ms", ProcessorTimings.millis(3_520_450_000L));
    }

    @Test
    void withoutTheOptionOrWithFalseThereIsNoNote() {
        for (List<String> options : List.of(List.<String>of(), List.of("-Aftpreply.timings=false"))) {
            Compilation compilation = Compilations.compile(options, DispatcherGoldenTest.LOGIN_HANDLER);
            assertThat(compilation).succeededWithoutWarnings();
            assertEquals(List.of(), timingNotes(compilation), options.toString());
        }
    }

    @Test
    void anUnknownValueIsAnInvalidOption() {
        Compilation compilation =
                Compilations.compile(List.of("-Aftpreply.timings=yes"), DispatcherGoldenTest.LOGIN_HANDLER);
        assertThat(compilation)
                .hadErrorContaining("[handler-invalid-option] -Aftpreply.timings=yes is not a known value; use"
                        + " -Aftpreply.timings=true or -Aftpreply.timings=false");
    }

    private static List<String> timingNotes(Compilation compilation) {
        return compilation.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
                .map(d -> d.getMessage(null))
                .filter(m -> m.contains("ftpreply-timings"))
                .toList();
    }
}

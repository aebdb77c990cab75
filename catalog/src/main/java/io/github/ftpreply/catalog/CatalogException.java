package io.github.ftpreply.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** A catalog that cannot be used, with every problem found in it. */
public final class CatalogException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public CatalogException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Every problem, in document order. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}

package io.github.ftpreply.catalog;

import io.github.ftpreply.catalog.yaml.Position;
import java.util.Objects;

/**
 * One problem found in a catalog file: where, which rule, and what to do about it.
 *
 * <p>{@link #toString()} gives the compiler-style form users see, for example
 * {@code ftp-replies.yaml:12:5: error [cat-unknown-key] unknown key 'titel' ...}.
 *
 * @param severity whether the problem stops the catalog from loading
 * @param error    the rule that was broken; its {@link CatalogError#id() id} is stable
 * @param file     the file name as the user knows it
 * @param position line and column in that file
 * @param message  what is wrong and what to do, in one or two sentences
 */
public record Diagnostic(Severity severity, CatalogError error, String file, Position position, String message) {

    /** How serious a diagnostic is. */
    public enum Severity {
        /** The catalog cannot be used. */
        ERROR,
        /** The catalog can be used, but something is probably not what the author meant. */
        WARNING,
        /** For information: the catalog can be used as it is (a missing translation under the NOTE policy). */
        NOTE;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity == null");
        Objects.requireNonNull(error, "error == null");
        Objects.requireNonNull(file, "file == null");
        Objects.requireNonNull(position, "position == null");
        Objects.requireNonNull(message, "message == null");
    }

    /** An error at a position. */
    public static Diagnostic error(CatalogError error, String file, Position position, String message) {
        return new Diagnostic(Severity.ERROR, error, file, position, message);
    }

    /** The 1-based line. */
    public int line() {
        return position.line();
    }

    /** The 1-based column. */
    public int column() {
        return position.column();
    }

    @Override
    public String toString() {
        return file + ":" + position + ": " + severity + " [" + error.id() + "] " + message;
    }
}

package io.github.ftpreply.catalog.yaml;

/**
 * A place in a file: 1-based line and column, as editors and compilers show them.
 *
 * @param line   line number, starting at 1
 * @param column column number, starting at 1
 */
public record Position(int line, int column) {

    /** The start of a file, for problems that belong to no particular place in it. */
    public static final Position START = new Position(1, 1);

    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column start at 1: " + line + ":" + column);
        }
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}

package io.github.ftpreply.catalog;

import io.github.ftpreply.catalog.yaml.Position;
import java.util.Objects;

/**
 * Where an entry was declared, so that later stages (the processor, extension merging) can point at it.
 *
 * @param file     file name as the user knows it
 * @param position line and column of the entry
 */
public record Location(String file, Position position) {
    public Location {
        Objects.requireNonNull(file, "file == null");
        Objects.requireNonNull(position, "position == null");
    }

    @Override
    public String toString() {
        return file + ":" + position;
    }
}

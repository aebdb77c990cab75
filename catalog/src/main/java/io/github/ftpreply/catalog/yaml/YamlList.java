package io.github.ftpreply.catalog.yaml;

import java.util.List;
import java.util.Objects;

/**
 * A YAML sequence.
 *
 * @param items    the items, in document order
 * @param position where the sequence starts
 */
public record YamlList(List<YamlNode> items, Position position) implements YamlNode {

    public YamlList {
        items = List.copyOf(items);
        Objects.requireNonNull(position, "position == null");
    }

    @Override
    public String kindName() {
        return "a list";
    }
}

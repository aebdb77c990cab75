package io.github.ftpreply.catalog.yaml;

/**
 * A node of a YAML document as the catalog sees it: only maps, lists and scalars, each with the position it was
 * read from, so that every diagnostic can point at a line and column.
 */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {

    /** Where the node starts in its file. */
    Position position();

    /** A word for the node's kind, as used in "expected a string, found a list" messages. */
    String kindName();
}

package io.github.ftpreply.catalog.yaml;

import java.util.Objects;

/**
 * A scalar: its text exactly as written (after YAML unescaping) and the type YAML resolved for it.
 *
 * @param text     the scalar's text; empty for a null written as nothing
 * @param type     what YAML resolved the scalar to
 * @param position where the scalar starts
 */
public record YamlScalar(String text, Type type, Position position) implements YamlNode {

    /** The scalar types YAML's core schema resolves a plain or tagged scalar to. */
    public enum Type {
        STRING,
        INTEGER,
        FLOAT,
        BOOLEAN,
        NULL
    }

    public YamlScalar {
        Objects.requireNonNull(text, "text == null");
        Objects.requireNonNull(type, "type == null");
        Objects.requireNonNull(position, "position == null");
    }

    @Override
    public String kindName() {
        return switch (type) {
            case STRING -> "a string";
            case INTEGER -> "an integer";
            case FLOAT -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "nothing (null)";
        };
    }
}

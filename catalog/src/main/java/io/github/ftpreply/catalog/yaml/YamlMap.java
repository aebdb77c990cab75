package io.github.ftpreply.catalog.yaml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A YAML mapping. Entries keep document order and duplicates, so that the validator can report a repeated key
 * where it stands instead of the YAML library silently keeping one of them.
 *
 * @param entries  the entries, in document order
 * @param position where the mapping starts
 */
public record YamlMap(List<Entry> entries, Position position) implements YamlNode {

    /**
     * One {@code key: value} pair.
     *
     * @param key   the key, always a scalar (the reader rejects other keys)
     * @param value the value
     */
    public record Entry(YamlScalar key, YamlNode value) {
        public Entry {
            Objects.requireNonNull(key, "key == null");
            Objects.requireNonNull(value, "value == null");
        }
    }

    public YamlMap {
        entries = List.copyOf(entries);
        Objects.requireNonNull(position, "position == null");
    }

    /** The first entry with this key. */
    public Optional<Entry> entry(String key) {
        for (Entry entry : entries) {
            if (entry.key().text().equals(key)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** The value of the first entry with this key. */
    public Optional<YamlNode> get(String key) {
        Optional<Entry> entry = entry(key);
        return entry.isPresent() ? Optional.of(entry.get().value()) : Optional.empty(); // no lambda: see Fields
    }

    @Override
    public String kindName() {
        return "a map";
    }
}

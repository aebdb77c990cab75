package io.github.ftpreply.catalog;

import io.github.ftpreply.catalog.yaml.YamlList;
import io.github.ftpreply.catalog.yaml.YamlMap;
import io.github.ftpreply.catalog.yaml.YamlNode;
import io.github.ftpreply.catalog.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed reads of a map's fields that never fail: a missing field or one of the wrong type reads as empty. The
 * validator has already reported those, so callers only handle the values that are there.
 */
final class Fields {

    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[-+]?(0|[1-9][0-9]*)");

    private Fields() {}

    /** Text of a scalar field; any non-null scalar reads as its text, so {@code section: 4.2} is "4.2". */
    static Optional<String> string(YamlMap map, String key) {
        return asString(value(map, key));
    }

    static Optional<String> asString(YamlNode node) {
        return node instanceof YamlScalar s && s.type() != YamlScalar.Type.NULL
                ? Optional.of(s.text())
                : Optional.empty();
    }

    static Optional<Integer> integer(YamlMap map, String key) {
        return asInteger(value(map, key));
    }

    /** An integer written in plain decimal digits that fits an {@code int}; YAML's 0x, 0o, 0b, 0 and 1_000 do not. */
    static Optional<Integer> asInteger(YamlNode node) {
        if (node instanceof YamlScalar s
                && s.type() == YamlScalar.Type.INTEGER
                && DECIMAL.matcher(s.text()).matches()) {
            try {
                return Optional.of(Integer.parseInt(s.text()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Why {@code node} is not an integer {@link #asInteger} reads, for "must be an integer, " + this. */
    static String notAnInteger(YamlNode node) {
        if (node instanceof YamlScalar s && s.type() == YamlScalar.Type.INTEGER) {
            return DECIMAL.matcher(s.text()).matches()
                    ? "but " + s.text() + " is too large"
                    : "written in plain decimal digits, but '" + s.text()
                            + "' is in another notation (hexadecimal, octal, binary, sexagesimal or with '_');"
                            + " write it as digits 0-9 only, such as 220";
        }
        return "found " + node.kindName() + (node instanceof YamlScalar ? "; write digits without quotes" : "");
    }

    static Optional<Boolean> bool(YamlMap map, String key) {
        return value(map, key) instanceof YamlScalar s && s.type() == YamlScalar.Type.BOOLEAN
                ? Optional.of(isTrue(s.text()))
                : Optional.empty();
    }

    private static boolean isTrue(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on", "y" -> true;
            default -> false;
        };
    }

    static Optional<YamlMap> map(YamlMap map, String key) {
        return value(map, key) instanceof YamlMap found ? Optional.of(found) : Optional.empty();
    }

    /** The entries of a map field, in document order; none if the field is absent or not a map. */
    static List<YamlMap.Entry> entries(YamlMap map, String key) {
        return value(map, key) instanceof YamlMap found ? found.entries() : List.of();
    }

    /** The maps of a list field, skipping items that are not maps. */
    static List<YamlMap> maps(YamlMap map, String key) {
        List<YamlMap> maps = new ArrayList<>();
        if (value(map, key) instanceof YamlList list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlMap itemMap) {
                    maps.add(itemMap);
                }
            }
        }
        return maps;
    }

    /** The string scalars of a list field, skipping items that are not strings. */
    static List<YamlScalar> strings(YamlMap map, String key) {
        List<YamlScalar> strings = new ArrayList<>();
        if (value(map, key) instanceof YamlList list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlScalar scalar && scalar.type() != YamlScalar.Type.NULL) {
                    strings.add(scalar);
                }
            }
        }
        return strings;
    }

    /**
     * The value of the first entry with this key, or {@code null}. Plain code, not {@code Optional} chains: each
     * lambda or method reference is a class spun on first use in javac's cold JVM, and every extension reads these.
     */
    private static YamlNode value(YamlMap map, String key) {
        return map.get(key).orElse(null);
    }
}

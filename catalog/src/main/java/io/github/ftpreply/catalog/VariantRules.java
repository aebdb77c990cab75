package io.github.ftpreply.catalog;

import io.github.ftpreply.catalog.yaml.Position;
import io.github.ftpreply.catalog.yaml.YamlList;
import io.github.ftpreply.catalog.yaml.YamlMap;
import io.github.ftpreply.catalog.yaml.YamlNode;
import io.github.ftpreply.catalog.yaml.YamlScalar;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The rules of a code's {@code variants} (docs/catalog.md): each has a unique lowerCamelCase name and exactly one
 * of {@code text} and {@code lines}, and is checked like a main text: its placeholders, its markers, its
 * translations (a list of as many lines for {@code lines}), the missing-translation policy.
 */
final class VariantRules {

    private final CatalogValidator validator;

    VariantRules(CatalogValidator validator) {
        this.validator = validator;
    }

    void variants(YamlMap entry, String code) {
        Optional<YamlNode> list = entry.get("variants");
        if (list.isEmpty() || !(list.get() instanceof YamlList items)) {
            return; // absent, or a wrong type the shape check reported
        }
        ValueLimits.count(entry, "variants", ValueLimits.MAX_VARIANTS, code, validator);
        Map<String, Position> names = new HashMap<>();
        for (int i = 0; i < items.items().size(); i++) {
            YamlNode item = items.items().get(i);
            if (!(item instanceof YamlMap variant)) {
                validator.report(
                        CatalogError.WRONG_TYPE,
                        item.position(),
                        "each item of 'variants' of " + code + " must be a map of fields, found " + item.kindName());
                continue;
            }
            Optional<String> named = Fields.string(variant, "name");
            String what = named.isPresent()
                    ? "variant '" + named.get() + "' of " + code
                    : "variant " + (i + 1) + " of " + code;
            validator.shape(variant, CatalogSchema.VARIANT, what);
            ValueLimits.count(variant, "placeholders", ValueLimits.MAX_PLACEHOLDERS, "the " + what, validator);
            ValueLimits.count(variant, "lines", ValueLimits.MAX_LINES, "the " + what, validator);
            name(variant, code, names);
            variant(variant, what);
        }
    }

    private void name(YamlMap variant, String code, Map<String, Position> names) {
        Optional<String> given = Fields.string(variant, "name");
        if (given.isPresent()) {
            String name = given.get();
            Position at = variant.get("name").orElseThrow().position();
            if (!CatalogValidator.LOWER_CAMEL.matcher(name).matches() || JavaNames.isReserved(name)) {
                validator.report(
                        CatalogError.INVALID_IDENTIFIER,
                        at,
                        "variant name '" + name + "' of " + code + " must be a lowerCamelCase word that is not a Java"
                                + " keyword, such as 'pwd': it names the variant's accessor and bundle key");
            } else {
                Position first = names.putIfAbsent(name, at);
                if (first != null) {
                    validator.report(
                            CatalogError.DUPLICATE_NAME,
                            at,
                            "variant '" + name + "' of " + code + " is already declared at line " + first.line()
                                    + "; rename or remove one");
                }
            }
        }
    }

    private void variant(YamlMap variant, String what) {
        boolean text = variant.get("text").isPresent();
        boolean lines = variant.get("lines").isPresent();
        if (text && lines) {
            validator.report(
                    CatalogError.INVALID_VALUE,
                    variant.entry("lines").orElseThrow().key().position(),
                    what + " has both 'text' and 'lines'; keep 'text' for a one-line reply or 'lines' for a"
                            + " multi-line one");
        } else if (!text && !lines) {
            validator.report(
                    CatalogError.MISSING_FIELD,
                    variant.position(),
                    what + " has neither 'text' nor 'lines'; add 'text' (a string) for a one-line reply or 'lines'"
                            + " (a list of strings) for a multi-line one");
        } else if (text) {
            validator.placeholdersAndText(variant, what);
        } else {
            lines(variant, what);
        }
    }

    /** A multi-line text: every line parses, and the lines together use exactly the declared placeholders. */
    private void lines(YamlMap variant, String what) {
        Map<String, Position> declared = validator.declaredPlaceholders(variant, what);
        YamlNode node = variant.get("lines").orElseThrow();
        if (!(node instanceof YamlList list)) {
            return; // the shape check reported the wrong type
        }
        if (list.items().isEmpty()) {
            validator.report(
                    CatalogError.INVALID_VALUE,
                    node.position(),
                    "'lines' of " + what + " is empty; give each line of the reply, or use 'text' for one line");
            return;
        }
        Set<String> used = new LinkedHashSet<>();
        boolean parsed = true;
        for (int i = 0; i < list.items().size(); i++) {
            YamlNode line = list.items().get(i);
            if (!(line instanceof YamlScalar)) {
                parsed = false; // the shape check reported it
                continue;
            }
            Optional<Set<String>> markers = validator.markers(line, "line " + (i + 1) + " of " + what);
            if (markers.isPresent()) {
                used.addAll(markers.get());
            } else {
                parsed = false;
            }
        }
        if (!parsed) {
            return;
        }
        validator.translations(
                variant, what, used, Set.of(), OptionalInt.of(list.items().size()));
        validator.placeholderUse(what, used, declared, node.position());
    }

    /**
     * The markers of a multi-line translation: a list of exactly {@code lines} lines, each a valid text; or empty
     * after reporting what is wrong.
     */
    static Optional<Set<String>> lineMarkers(
            CatalogValidator validator, YamlMap.Entry translation, String what, int lines) {
        String locale = translation.key().text();
        YamlNode value = translation.value();
        if (!(value instanceof YamlList list)) {
            validator.report(
                    CatalogError.WRONG_TYPE,
                    value.position(),
                    "the " + locale + " translation of " + what + " must be a list of " + lines + " lines, found "
                            + value.kindName());
            return Optional.empty();
        }
        if (list.items().size() != lines) {
            validator.report(
                    CatalogError.TRANSLATION_LINES,
                    value.position(),
                    "the " + locale + " translation of " + what + " has "
                            + list.items().size() + " lines but the" + " text has " + lines
                            + "; translate it line by line, as the reply's lines are sent");
            return Optional.empty();
        }
        Set<String> markers = new LinkedHashSet<>();
        boolean parsed = true;
        List<YamlNode> items = list.items();
        for (int i = 0; i < items.size(); i++) {
            Optional<Set<String>> line = validator.markers(
                    items.get(i), "line " + (i + 1) + " of the " + locale + " translation of " + what);
            if (line.isPresent()) {
                markers.addAll(line.get());
            } else {
                parsed = false;
            }
        }
        return parsed ? Optional.of(markers) : Optional.empty();
    }
}

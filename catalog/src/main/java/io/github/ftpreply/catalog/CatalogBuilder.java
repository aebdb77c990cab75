package io.github.ftpreply.catalog;

import io.github.ftpreply.catalog.yaml.YamlMap;
import io.github.ftpreply.catalog.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a document that {@link CatalogValidator} accepted into the immutable {@link Catalog} model. It assumes a
 * valid document and fails fast (with {@link IllegalStateException}) if given anything else.
 */
final class CatalogBuilder {

    private final String file;

    private CatalogBuilder(String file) {
        this.file = file;
    }

    static Catalog build(String file, YamlMap doc) {
        return new CatalogBuilder(file).catalog(doc);
    }

    private Catalog catalog(YamlMap doc) {
        return new Catalog(
                strings(doc, "locales"),
                Fields.maps(doc, "sources").stream().map(this::source).toList(),
                Fields.maps(doc, "categories").stream()
                        .map(h -> heading(h, key -> Category.ofKey(key).orElseThrow()))
                        .toList(),
                Fields.maps(doc, "groups").stream()
                        .map(h -> heading(h, key -> FunctionGroup.ofKey(key).orElseThrow()))
                        .toList(),
                Fields.maps(doc, "codes").stream().map(this::code).toList(),
                Fields.maps(doc, "socket-errors").stream()
                        .map(this::socketError)
                        .toList());
    }

    /**
     * The base catalog with an extension applied: excluded codes removed, overrides applied to their codes, new
     * codes, languages and sources added. Assumes {@link CatalogValidator} accepted the extension against
     * {@code base}.
     */
    static Catalog merge(String file, YamlMap extension, Catalog base) {
        CatalogBuilder builder = new CatalogBuilder(file);
        Set<Integer> excluded = new HashSet<>();
        for (YamlScalar code : Fields.strings(extension, "exclude")) {
            Optional<Integer> number = Fields.asInteger(code);
            if (number.isPresent()) {
                excluded.add(number.get());
            }
        }
        Map<Integer, YamlMap> overrides = new HashMap<>();
        List<ReplyCodeEntry> codes = new ArrayList<>();
        for (YamlMap entry : Fields.maps(extension, "codes")) {
            if (ExtensionRules.isOverride(entry)) {
                overrides.put(Fields.integer(entry, "code").orElseThrow(), entry);
            } else {
                codes.add(builder.code(entry));
            }
        }
        for (ReplyCodeEntry original : base.codes()) {
            if (!excluded.contains(original.code())) {
                YamlMap override = overrides.get(original.code());
                codes.add(override == null ? original : builder.overridden(original, override));
            }
        }
        List<String> locales = new ArrayList<>(base.locales());
        for (String locale : strings(extension, "locales")) {
            if (!locales.contains(locale)) {
                locales.add(locale);
            }
        }
        List<SourceDocument> sources = new ArrayList<>(base.sources());
        for (YamlMap source : Fields.maps(extension, "sources")) {
            sources.add(builder.source(source));
        }
        return new Catalog(locales, sources, base.categories(), base.groups(), codes, base.socketErrors());
    }

    /**
     * A base entry with an override's texts. A new text replaces the base translations, which translate the old, and
     * the base variants, which are uses of the old wording: a server whose 530 says something of its own says it for
     * PASS too.
     */
    private ReplyCodeEntry overridden(ReplyCodeEntry original, YamlMap override) {
        Optional<String> text = Fields.string(override, "text");
        Map<String, TextTemplate> translations = new java.util.LinkedHashMap<>();
        if (text.isEmpty()) {
            translations.putAll(original.translations());
        }
        translations.putAll(translations(override));
        return new ReplyCodeEntry(
                original.code(),
                original.name(),
                Fields.string(override, "title").orElse(original.title()),
                Fields.string(override, "description").orElse(original.description()),
                original.category(),
                original.group(),
                text.isPresent() ? TextTemplate.parse(text.get()) : original.text(),
                translations,
                override.get("placeholders").isPresent() ? placeholders(override) : original.placeholders(),
                text.isEmpty() ? original.variants() : List.of(),
                original.spec(),
                original.status(),
                original.sources(),
                original.meanings(),
                new Location(file, override.position()));
    }

    private SourceDocument source(YamlMap map) {
        return new SourceDocument(required(map, "id"), Fields.string(map, "file"), required(map, "description"));
    }

    private <K extends Enum<K>> Heading<K> heading(YamlMap map, Function<String, K> key) {
        return new Heading<>(
                key.apply(required(map, "key")),
                required(map, "title"),
                required(map, "description"),
                Fields.maps(map, "aliases").stream()
                        .map(a -> new Alias(required(a, "name"), strings(a, "origins"), Fields.string(a, "note")))
                        .toList());
    }

    // merge, code and what follows run for every extension in javac's cold JVM, where each lambda or method
    // reference is a class spun on first use: they loop instead of streaming.

    private ReplyCodeEntry code(YamlMap map) {
        YamlMap spec = Fields.map(map, "spec").orElseThrow();
        return new ReplyCodeEntry(
                Fields.integer(map, "code").orElseThrow(),
                required(map, "name"),
                required(map, "title"),
                required(map, "description"),
                Category.ofKey(required(map, "category")).orElseThrow(),
                FunctionGroup.ofKey(required(map, "group")), // empty for "none"
                TextTemplate.parse(required(map, "text")),
                translations(map),
                placeholders(map),
                variants(map),
                new SpecReference(required(spec, "document"), Fields.string(spec, "section")),
                Status.ofKey(required(map, "status")).orElseThrow(),
                strings(map, "sources"),
                meanings(map),
                new Location(file, map.position()));
    }

    private List<TextVariant> variants(YamlMap map) {
        List<TextVariant> variants = new ArrayList<>();
        for (YamlMap variant : Fields.maps(map, "variants")) {
            variants.add(variant(variant));
        }
        return variants;
    }

    private static List<Meaning> meanings(YamlMap map) {
        List<Meaning> meanings = new ArrayList<>();
        for (YamlMap m : Fields.maps(map, "meanings")) {
            meanings.add(new Meaning(
                    required(m, "meaning"),
                    strings(m, "origins"),
                    Fields.bool(m, "primary").orElse(false),
                    Fields.string(m, "why")));
        }
        return meanings;
    }

    /** A variant written with {@code text} (one line) or {@code lines}; the validator has allowed only one. */
    private TextVariant variant(YamlMap map) {
        boolean multiLine = map.get("lines").isPresent();
        List<TextTemplate> lines = multiLine
                ? templates(map.get("lines").orElseThrow())
                : List.of(TextTemplate.parse(required(map, "text")));
        Map<String, List<TextTemplate>> translations = new java.util.LinkedHashMap<>();
        for (YamlMap.Entry e : Fields.entries(map, "translations")) {
            translations.put(e.key().text(), templates(e.value()));
        }
        return new TextVariant(
                required(map, "name"),
                required(map, "description"),
                lines,
                multiLine,
                translations,
                placeholders(map),
                new Location(file, map.position()));
    }

    /** The lines of a {@code lines} list, or the one line of a string. */
    private static List<TextTemplate> templates(io.github.ftpreply.catalog.yaml.YamlNode node) {
        if (node instanceof io.github.ftpreply.catalog.yaml.YamlList list) {
            List<TextTemplate> lines = new ArrayList<>();
            for (io.github.ftpreply.catalog.yaml.YamlNode line : list.items()) {
                lines.add(TextTemplate.parse(Fields.asString(line).orElseThrow()));
            }
            return lines;
        }
        return List.of(TextTemplate.parse(Fields.asString(node).orElseThrow()));
    }

    private static List<Placeholder> placeholders(YamlMap map) {
        List<Placeholder> placeholders = new ArrayList<>();
        for (YamlMap p : Fields.maps(map, "placeholders")) {
            placeholders.add(new Placeholder(
                    required(p, "name"),
                    PlaceholderType.ofKey(required(p, "type")).orElseThrow(),
                    required(p, "description")));
        }
        return placeholders;
    }

    /** Translations in document order; the validator has checked each locale and text. */
    private static java.util.Map<String, TextTemplate> translations(YamlMap map) {
        java.util.Map<String, TextTemplate> translations = new java.util.LinkedHashMap<>();
        for (YamlMap.Entry e : Fields.entries(map, "translations")) {
            translations.put(
                    e.key().text(),
                    TextTemplate.parse(Fields.asString(e.value()).orElseThrow()));
        }
        return translations;
    }

    private SocketErrorEntry socketError(YamlMap map) {
        return new SocketErrorEntry(
                Fields.integer(map, "code").orElseThrow(),
                required(map, "name"),
                required(map, "title"),
                required(map, "description"),
                strings(map, "sources"),
                new Location(file, map.position()));
    }

    private static String required(YamlMap map, String key) {
        Optional<String> value = Fields.string(map, key);
        if (value.isEmpty()) {
            throw new IllegalStateException("validated map has no '" + key + "' at " + map.position());
        }
        return value.get();
    }

    private static List<String> strings(YamlMap map, String key) {
        List<String> strings = new ArrayList<>();
        for (YamlScalar scalar : Fields.strings(map, key)) {
            strings.add(scalar.text());
        }
        return strings;
    }
}

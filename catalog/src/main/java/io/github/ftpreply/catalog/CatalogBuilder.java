package io.github.ftpreply.catalog;

import io.github.ftpreply.catalog.yaml.YamlMap;
import io.github.ftpreply.catalog.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;
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
            .map(h -> heading(h, key -> Category.ofKey(key).orElseThrow())).toList(),
        Fields.maps(doc, "groups").stream()
            .map(h -> heading(h, key -> FunctionGroup.ofKey(key).orElseThrow())).toList(),
        Fields.maps(doc, "codes").stream().map(this::code).toList(),
        Fields.maps(doc, "socket-errors").stream().map(this::socketError).toList());
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

  private ReplyCodeEntry code(YamlMap map) {
    YamlMap spec = Fields.map(map, "spec").orElseThrow(() -> new IllegalStateException("no spec"));
    return new ReplyCodeEntry(
        Fields.integer(map, "code").orElseThrow(),
        required(map, "name"),
        required(map, "title"),
        required(map, "description"),
        Category.ofKey(required(map, "category")).orElseThrow(),
        FunctionGroup.ofKey(required(map, "group")).orElseThrow(),
        TextTemplate.parse(required(map, "text")),
        translations(map),
        Fields.maps(map, "placeholders").stream()
            .map(p -> new Placeholder(required(p, "name"),
                PlaceholderType.ofKey(required(p, "type")).orElseThrow(), required(p, "description")))
            .toList(),
        new SpecReference(required(spec, "document"), Fields.string(spec, "section")),
        Status.ofKey(required(map, "status")).orElseThrow(),
        strings(map, "sources"),
        Fields.maps(map, "meanings").stream()
            .map(m -> new Meaning(required(m, "meaning"), strings(m, "origins"),
                Fields.bool(m, "primary").orElse(false), Fields.string(m, "why")))
            .toList(),
        new Location(file, map.position()));
  }

  /** Translations in document order; the validator has checked each locale and text. */
  private static java.util.Map<String, TextTemplate> translations(YamlMap map) {
    java.util.Map<String, TextTemplate> translations = new java.util.LinkedHashMap<>();
    Fields.map(map, "translations").ifPresent(t -> t.entries().forEach(
        e -> translations.put(e.key().text(), TextTemplate.parse(Fields.asString(e.value()).orElseThrow()))));
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
    return value.orElseThrow(() -> new IllegalStateException("validated map has no '" + key + "' at "
        + map.position()));
  }

  private static List<String> strings(YamlMap map, String key) {
    return Fields.strings(map, key).stream().map(YamlScalar::text).toList();
  }
}

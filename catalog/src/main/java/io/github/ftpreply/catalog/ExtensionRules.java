package io.github.ftpreply.catalog;

import io.github.ftpreply.catalog.yaml.Position;
import io.github.ftpreply.catalog.yaml.YamlList;
import io.github.ftpreply.catalog.yaml.YamlMap;
import io.github.ftpreply.catalog.yaml.YamlNode;
import io.github.ftpreply.catalog.yaml.YamlScalar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules that only an extension catalog has (docs/extending.md): a code the base catalog has may only be
 * changed with {@code override: true}, only in its texts, with the placeholders of the text it ends up with;
 * {@code exclude} names base codes; a language the extension adds is reported where base codes lack it.
 */
final class ExtensionRules {

    private final CatalogValidator validator;
    private final Catalog base;
    private final Set<String> declaredLocales = new HashSet<>();
    private final Map<String, YamlScalar> newLocales = new LinkedHashMap<>();
    private final Map<Integer, Position> excluded = new HashMap<>();
    private final Set<Integer> overridden = new HashSet<>();

    ExtensionRules(CatalogValidator validator, Catalog base) {
        this.validator = validator;
        this.base = base;
    }

    /** Whether an entry of {@code codes} is an override ({@code override: true}). */
    static boolean isOverride(YamlMap entry) {
        return Fields.bool(entry, "override").orElse(false);
    }

    /** Records a locale of the extension's list; true if the extension lists it twice. */
    boolean declaresLocale(String tag) {
        return !declaredLocales.add(tag);
    }

    /** A language the base catalog does not have. */
    void newLocale(YamlScalar locale) {
        declaredLocales.add(locale.text());
        newLocales.put(locale.text(), locale);
    }

    void excludes(YamlMap doc) {
        Optional<YamlNode> list = doc.get("exclude");
        if (list.isEmpty() || !(list.get() instanceof YamlList items)) {
            return;
        }
        for (YamlNode item : items.items()) {
            Fields.asInteger(item).ifPresent(code -> {
                if (base.code(code).isEmpty()) {
                    validator.report(
                            CatalogError.UNKNOWN_EXCLUDE,
                            item.position(),
                            code + " is not a code of the canonical"
                                    + " catalog, so it cannot be excluded; remove it from 'exclude'");
                } else if (excluded.putIfAbsent(code, item.position()) != null) {
                    validator.report(
                            CatalogError.INVALID_VALUE, item.position(), code + " is excluded twice; keep one");
                }
            });
        }
    }

    /** Whether an entry without {@code override: true} names a code of the base catalog. */
    boolean isBaseCode(YamlMap entry) {
        return Fields.integer(entry, "code").flatMap(base::code).isPresent();
    }

    /** A base code written as if it were new: the flag is missing. */
    void unflaggedOverride(YamlMap entry) {
        ReplyCodeEntry existing =
                Fields.integer(entry, "code").flatMap(base::code).orElseThrow();
        validator.report(
                CatalogError.OVERRIDE_WITHOUT_FLAG,
                entry.get("code").orElseThrow().position(),
                existing.code()
                        + " is already in the canonical catalog (" + existing.name() + "); to change its texts add"
                        + " 'override: true', to replace it exclude it first, or pick a code the catalog does not have");
    }

    /** A new code must not take a base code's name. */
    void newCode(YamlMap entry) {
        Fields.string(entry, "name")
                .ifPresent(name -> base.codes().stream()
                        .filter(e -> e.name().equals(name) && !excluded.containsKey(e.code()))
                        .findFirst()
                        .ifPresent(clash -> validator.report(
                                CatalogError.DUPLICATE_NAME,
                                entry.get("name").orElseThrow().position(),
                                "name " + name + " is already code " + clash.code()
                                        + " of the canonical catalog; choose another")));
    }

    /** An override: of a base code, not excluded, with texts whose placeholders agree. */
    void override(YamlMap entry, Map<Integer, Position> codes) {
        String what = CatalogValidator.describe(entry, "this override");
        Optional<Integer> code = Fields.integer(entry, "code");
        if (code.isEmpty()) {
            return;
        }
        Position at = entry.get("code").orElseThrow().position();
        Optional<ReplyCodeEntry> original = base.code(code.get());
        if (original.isEmpty()) {
            validator.report(
                    CatalogError.UNKNOWN_OVERRIDE,
                    at,
                    code.get() + " is not in the canonical catalog, so there"
                            + " is nothing to override; remove 'override: true' and write a complete entry");
            return;
        }
        if (excluded.containsKey(code.get())) {
            validator.report(CatalogError.INVALID_VALUE, at, code.get() + " is both excluded and overridden; do one");
        }
        Position first = codes.putIfAbsent(code.get(), at);
        if (first != null || !overridden.add(code.get())) {
            validator.report(
                    CatalogError.DUPLICATE_CODE,
                    at,
                    "code " + code.get() + " is already declared at line " + (first == null ? at.line() : first.line())
                            + "; remove or renumber one");
            return;
        }
        placeholders(entry, what, original.get());
    }

    /**
     * The text an override ends up with (its own, or the base one) must use exactly its placeholders (its own, or
     * the base ones); its translations must match that text. A new text drops the base translations, which
     * translated the old one.
     */
    private void placeholders(YamlMap entry, String what, ReplyCodeEntry original) {
        boolean newText = entry.get("text").isPresent();
        boolean newPlaceholders = entry.get("placeholders").isPresent();
        if (newText || newPlaceholders) {
            if (newText && newPlaceholders) {
                validator.placeholdersAndText(entry, what);
                return;
            }
            Set<String> declared = newPlaceholders
                    ? Fields.maps(entry, "placeholders").stream()
                            .flatMap(p -> Fields.string(p, "name").stream())
                            .collect(Collectors.toCollection(java.util.LinkedHashSet::new))
                    : original.placeholders().stream().map(Placeholder::name).collect(Collectors.toSet());
            Optional<String> text = Fields.string(entry, "text");
            TextTemplate template;
            try {
                template = text.map(TextTemplate::parse).orElse(original.text());
            } catch (TextTemplate.SyntaxException e) {
                validator.report(
                        CatalogError.MALFORMED_TEXT,
                        entry.get("text").orElseThrow().position(),
                        "the text of " + what + " is malformed: " + e.getMessage());
                return;
            }
            Set<String> used = template.markerNames();
            Position where =
                    entry.get(newText ? "text" : "placeholders").orElseThrow().position();
            if (!used.equals(declared)) {
                validator.report(
                        used.containsAll(declared)
                                ? CatalogError.UNDECLARED_PLACEHOLDER
                                : CatalogError.UNUSED_PLACEHOLDER,
                        where,
                        "the text of " + what + " uses "
                                + CatalogValidator.braces(used) + " but its placeholders are "
                                + CatalogValidator.braces(declared)
                                + "; "
                                + (newText ? "declare 'placeholders' for the new text" : "change the text to match"));
            }
            validator.translations(entry, what, used, Set.of());
        } else {
            validator.translations(
                    entry,
                    what,
                    original.text().markerNames(),
                    original.translations().keySet());
        }
    }

    /** One warning per language the extension adds, listing the base codes that have no text in it. */
    void untranslatedBaseCodes() {
        newLocales.forEach((tag, locale) -> {
            List<Integer> missing = base.codes().stream()
                    .filter(e -> !excluded.containsKey(e.code()) && !overridden.contains(e.code()))
                    .map(ReplyCodeEntry::code)
                    .toList();
            if (!missing.isEmpty()) {
                validator.missingTranslation(
                        locale.position(),
                        "locale '" + tag + "' has no text for " + missing.size()
                                + " canonical codes ("
                                + missing.stream().map(String::valueOf).collect(Collectors.joining(", "))
                                + "); override them with 'translations', or they fall back to "
                                + validator.locales.get(0));
            }
        });
    }
}

package io.github.ftpreply.catalog;

import io.github.ftpreply.catalog.yaml.Position;
import io.github.ftpreply.catalog.yaml.YamlList;
import io.github.ftpreply.catalog.yaml.YamlMap;
import io.github.ftpreply.catalog.yaml.YamlNode;
import io.github.ftpreply.catalog.yaml.YamlScalar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

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
            Optional<Integer> code = Fields.asInteger(item);
            if (code.isEmpty()) {
                continue;
            }
            if (base.code(code.get()).isEmpty()) {
                validator.report(
                        CatalogError.UNKNOWN_EXCLUDE,
                        item.position(),
                        code.get() + " is not a code of the canonical"
                                + " catalog, so it cannot be excluded; remove it from 'exclude'");
            } else if (excluded.putIfAbsent(code.get(), item.position()) != null) {
                validator.report(
                        CatalogError.INVALID_VALUE, item.position(), code.get() + " is excluded twice; keep one");
            }
        }
    }

    /** Whether an entry without {@code override: true} names a code of the base catalog. */
    boolean isBaseCode(YamlMap entry) {
        return baseEntry(entry) != null;
    }

    /** A base code written as if it were new: the flag is missing. */
    void unflaggedOverride(YamlMap entry) {
        ReplyCodeEntry existing = Objects.requireNonNull(baseEntry(entry), "not a base code");
        validator.report(
                CatalogError.OVERRIDE_WITHOUT_FLAG,
                entry.get("code").orElseThrow().position(),
                existing.code()
                        + " is already in the canonical catalog (" + existing.name() + "); to change its texts add"
                        + " 'override: true', to replace it exclude it first, or pick a code the catalog does not have");
    }

    /** A new code must not take a base code's name. */
    void newCode(YamlMap entry) {
        Optional<String> name = Fields.string(entry, "name");
        if (name.isEmpty()) {
            return;
        }
        for (ReplyCodeEntry clash : base.codes()) {
            if (clash.name().equals(name.get()) && !excluded.containsKey(clash.code())) {
                validator.report(
                        CatalogError.DUPLICATE_NAME,
                        entry.get("name").orElseThrow().position(),
                        "name " + name.get() + " is already code " + clash.code()
                                + " of the canonical catalog; choose another");
                return;
            }
        }
    }

    /** The base catalog's entry of {@code entry}'s code; {@code null} if it has none (or no code). */
    private ReplyCodeEntry baseEntry(YamlMap entry) {
        Optional<Integer> code = Fields.integer(entry, "code");
        return code.isPresent() ? base.code(code.get()).orElse(null) : null;
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
            // In the YAML's order for new placeholders; a base entry's as a HashSet, as the message always showed them.
            Set<String> declared = newPlaceholders ? new java.util.LinkedHashSet<>() : new HashSet<>();
            if (newPlaceholders) {
                for (YamlMap placeholder : Fields.maps(entry, "placeholders")) {
                    Optional<String> name = Fields.string(placeholder, "name");
                    if (name.isPresent()) {
                        declared.add(name.get());
                    }
                }
            } else {
                for (Placeholder placeholder : original.placeholders()) {
                    declared.add(placeholder.name());
                }
            }
            Optional<String> text = Fields.string(entry, "text");
            TextTemplate template;
            try {
                template = text.isPresent() ? TextTemplate.parse(text.get()) : original.text();
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
        // The same codes lack every new locale: the ones kept from the base and not overridden.
        StringJoiner missing = new StringJoiner(", ");
        int count = 0;
        for (ReplyCodeEntry e : base.codes()) {
            if (!excluded.containsKey(e.code()) && !overridden.contains(e.code())) {
                missing.add(String.valueOf(e.code()));
                count++;
            }
        }
        for (Map.Entry<String, YamlScalar> added : newLocales.entrySet()) {
            if (count > 0) {
                validator.missingTranslation(
                        added.getValue().position(),
                        "locale '" + added.getKey() + "' has no text for " + count + " canonical codes (" + missing
                                + "); override them with 'translations', or they fall back to "
                                + validator.locales.get(0));
            }
        }
    }
}

package io.github.ftpreply.catalog;

import io.github.ftpreply.catalog.CatalogSchema.Field;
import io.github.ftpreply.catalog.CatalogSchema.FieldType;
import io.github.ftpreply.catalog.CatalogSchema.Shape;
import io.github.ftpreply.catalog.yaml.Position;
import io.github.ftpreply.catalog.yaml.YamlList;
import io.github.ftpreply.catalog.yaml.YamlMap;
import io.github.ftpreply.catalog.yaml.YamlNode;
import io.github.ftpreply.catalog.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a catalog document against the schema and the rules of FTP reply codes, and reports every problem with
 * its position. It never stops at the first problem: users fix a file in one pass.
 */
final class CatalogValidator {

    static final int FTP_MIN = 100;
    static final int FTP_MAX = 699;
    static final int SOCKET_MIN = 10000;
    static final int SOCKET_MAX = 11999;

    private static final Pattern KEBAB_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    static final Pattern LOWER_CAMEL = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern SPEC_NAME = Pattern.compile("RFC [1-9][0-9]*");
    /** A BCP 47 tag of the forms bundles support: language, optional script, optional region. */
    private static final Pattern LOCALE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2}|-[0-9]{3})?");

    private final String file;
    private final MissingTranslationPolicy missingTranslations;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    final Set<String> sourceIds = new HashSet<>();
    /** Declared locales, base language first. */
    final List<String> locales = new ArrayList<>();
    /** The rules for extension catalogs, when the document extends a base catalog; null when it does not. */
    private final ExtensionRules extension;

    // Ifs and loops here, not Optional chains and streams: each lambda is a class spun on first use, and this runs
    // in javac's cold JVM on every compilation with an extension catalog (docs/performance.md, fix 26).
    private CatalogValidator(String file, MissingTranslationPolicy missingTranslations, Optional<Catalog> base) {
        this.file = file;
        this.missingTranslations = missingTranslations;
        this.extension = base.isPresent() ? new ExtensionRules(this, base.get()) : null;
        if (base.isPresent()) {
            locales.addAll(base.get().locales());
            for (SourceDocument source : base.get().sources()) {
                sourceIds.add(source.id());
            }
        }
    }

    /** Every problem in the document, in the order the checks find them. Empty if the document is valid. */
    static List<Diagnostic> validate(String file, YamlNode root, MissingTranslationPolicy missingTranslations) {
        return validate(file, root, missingTranslations, Optional.empty());
    }

    /**
     * Every problem in the document, which extends {@code base} if present (docs/extending.md): its codes are new
     * codes or overrides of the base's, and it may exclude base codes.
     */
    static List<Diagnostic> validate(
            String file, YamlNode root, MissingTranslationPolicy missingTranslations, Optional<Catalog> base) {
        CatalogValidator validator = new CatalogValidator(file, missingTranslations, base);
        validator.document(root);
        return List.copyOf(validator.diagnostics);
    }

    private void document(YamlNode root) {
        if (!(root instanceof YamlMap doc)) {
            report(
                    CatalogError.WRONG_TYPE,
                    root.position(),
                    "a catalog must be a map with 'schema' and 'codes' at the top, found " + root.kindName());
            return;
        }
        ValueLimits.scalars(doc, this);
        shape(doc, extension != null ? CatalogSchema.EXTENSION_DOCUMENT : CatalogSchema.DOCUMENT, "the catalog");
        // Too many locales is one error, not one more per locale and per code that lacks it.
        boolean fewLocales = ValueLimits.count(doc, "locales", ValueLimits.MAX_LOCALES, "the catalog", this);
        Optional<Integer> schema = Fields.integer(doc, "schema");
        if (schema.isPresent() && schema.get() != 1) {
            report(
                    CatalogError.UNSUPPORTED_SCHEMA,
                    doc.get("schema").orElseThrow().position(),
                    "schema " + schema.get() + " is not supported; this version reads schema 1");
        }
        for (YamlScalar locale : fewLocales ? Fields.strings(doc, "locales") : List.<YamlScalar>of()) {
            if (!LOCALE_TAG.matcher(locale.text()).matches()) {
                report(
                        CatalogError.INVALID_VALUE,
                        locale.position(),
                        "locale '" + locale.text() + "' is not a language tag" + " such as 'de', 'pt-BR' or 'zh-TW'");
            } else if (LocaleTags.problem(locale.text()).isPresent()) {
                report(
                        CatalogError.INVALID_LOCALE,
                        locale.position(),
                        LocaleTags.problem(locale.text()).get());
            } else if (locales.contains(locale.text())) {
                if (extension == null || extension.declaresLocale(locale.text())) {
                    report(
                            CatalogError.INVALID_VALUE,
                            locale.position(),
                            "locale '" + locale.text() + "' is listed twice");
                }
            } else {
                if (extension != null) {
                    extension.newLocale(locale);
                }
                locales.add(locale.text());
            }
        }
        for (YamlMap source : items(doc, "sources", CatalogSchema.SOURCE, "source ", "")) {
            source(source);
        }
        headings(doc, "categories", true);
        headings(doc, "groups", false);
        Map<Integer, Position> codes = new HashMap<>();
        Map<String, Position> names = new HashMap<>();
        if (extension != null) {
            extension.excludes(doc);
        }
        for (YamlMap entry : items(doc, "codes", null, "the entry ", " of 'codes'")) {
            ValueLimits.count(entry, "placeholders", ValueLimits.MAX_PLACEHOLDERS, describe(entry, "this entry"), this);
            if (extension != null && ExtensionRules.isOverride(entry)) {
                extension.override(entry, codes);
            } else if (extension != null && extension.isBaseCode(entry)) {
                extension.unflaggedOverride(entry);
            } else {
                code(entry, codes, names);
                if (extension != null) {
                    extension.newCode(entry);
                }
            }
        }
        if (extension != null) {
            extension.untranslatedBaseCodes();
        }
        Map<Integer, Position> socketCodes = new HashMap<>();
        Map<String, Position> socketNames = new HashMap<>();
        for (YamlMap entry :
                items(doc, "socket-errors", CatalogSchema.SOCKET_ERROR, "the entry ", " of 'socket-errors'")) {
            socketError(entry, socketCodes, socketNames);
        }
    }

    private Shape codeShape(YamlMap entry) {
        if (extension == null) {
            return CatalogSchema.CODE;
        }
        if (ExtensionRules.isOverride(entry)) {
            return CatalogSchema.OVERRIDE;
        }
        // A base code without the flag is one mistake, reported once: not also every field an entry would need.
        return extension.isBaseCode(entry) ? CatalogSchema.UNFLAGGED_OVERRIDE : CatalogSchema.EXTENSION_CODE;
    }

    /**
     * The map items of a list field, each checked against {@code shape} (an entry of 'codes' against
     * {@link #codeShape} where {@code shape} is null). Items that are not maps are reported. An item without a code
     * or a name is called {@code before + number + after} in messages, such as "placeholder 2 of code 227".
     */
    List<YamlMap> items(YamlMap parent, String key, Shape shape, String before, String after) {
        List<YamlMap> maps = new ArrayList<>();
        Optional<YamlNode> value = parent.get(key);
        if (value.isEmpty() || !(value.get() instanceof YamlList list)) {
            return maps;
        }
        for (int i = 0; i < list.items().size(); i++) {
            YamlNode item = list.items().get(i);
            if (item instanceof YamlMap map) {
                shape(map, shape != null ? shape : codeShape(map), describe(map, before + (i + 1) + after));
                maps.add(map);
            } else {
                report(
                        CatalogError.WRONG_TYPE,
                        item.position(),
                        "each item of '" + key + "' must be a map of fields, found " + item.kindName());
            }
        }
        return maps;
    }

    /** Names an entry by its code where it has one, so messages say "code 220" instead of "entry 7". */
    static String describe(YamlMap map, String fallback) {
        Optional<Integer> code = Fields.integer(map, "code");
        if (code.isPresent()) {
            return "code " + code.get();
        }
        Optional<String> key = Fields.string(map, "key");
        if (key.isPresent()) {
            return "'" + key.get() + "'";
        }
        Optional<String> name = Fields.string(map, "name");
        return name.isPresent() ? "'" + name.get() + "'" : fallback;
    }

    // ---- structure ----------------------------------------------------------------------------------------------

    void shape(YamlMap map, Shape shape, String what) {
        Map<String, Position> seen = new LinkedHashMap<>();
        // A misspelt required key is one problem, not two: "did you mean 'title'" replaces "has no 'title'".
        Set<String> suggested = new HashSet<>();
        for (YamlMap.Entry entry : map.entries()) {
            String key = entry.key().text();
            Position first = seen.putIfAbsent(key, entry.key().position());
            if (first != null) {
                report(
                        CatalogError.DUPLICATE_KEY,
                        entry.key().position(),
                        "key '" + key + "' appears twice in " + what + " (first at line " + first.line()
                                + "); keep one");
                continue;
            }
            Optional<Field> field = shape.field(key);
            if (field.isEmpty()
                    && shape == CatalogSchema.OVERRIDE
                    && CatalogSchema.CODE.field(key).isPresent()) {
                report(
                        CatalogError.NOT_OVERRIDABLE,
                        entry.key().position(),
                        "'" + key + "' of " + what + " cannot be"
                                + " overridden: an override changes only title, description, text, placeholders and translations;"
                                + " remove it, or exclude the code and add your own");
            } else if (field.isEmpty()) {
                Optional<String> suggestion = Suggestions.closest(key, shape.names());
                report(
                        CatalogError.UNKNOWN_KEY,
                        entry.key().position(),
                        unknownKeyMessage(key, what, suggestion, shape.names()));
                if (suggestion.isPresent()) {
                    suggested.add(suggestion.get());
                }
            } else {
                type(entry.value(), field.get(), what);
            }
        }
        for (Field field : shape.fields()) {
            if (field.required() && !seen.containsKey(field.name()) && !suggested.contains(field.name())) {
                report(
                        CatalogError.MISSING_FIELD,
                        map.position(),
                        what + " has no '" + field.name() + "'; add it (" + field.type().description
                                + ", see docs/catalog.md)");
            }
        }
    }

    private static String unknownKeyMessage(
            String key, String what, Optional<String> suggestion, List<String> allowed) {
        return suggestion.isPresent()
                ? "unknown key '" + key + "' in " + what + "; did you mean '" + suggestion.get() + "'?"
                        + " Remove the key or correct its spelling"
                : "unknown key '" + key + "' in " + what + "; the keys allowed here are " + String.join(", ", allowed)
                        + ". Remove it";
    }

    private void type(YamlNode value, Field field, String what) {
        boolean ok = switch (field.type()) {
            case STRING -> value instanceof YamlScalar s && s.type() != YamlScalar.Type.NULL;
            case INTEGER -> Fields.asInteger(value).isPresent();
            case BOOLEAN -> value instanceof YamlScalar s && s.type() == YamlScalar.Type.BOOLEAN;
            case MAP -> value instanceof YamlMap;
            case LIST -> value instanceof YamlList;
            case STRING_LIST, INTEGER_LIST -> value instanceof YamlList;
        };
        if (!ok) {
            report(
                    CatalogError.WRONG_TYPE,
                    value.position(),
                    "'" + field.name() + "' of " + what + " must be " + field.type().description + ", "
                            + (field.type() == FieldType.INTEGER
                                    ? Fields.notAnInteger(value)
                                    : "found " + value.kindName()));
            return;
        }
        if (field.type() == FieldType.INTEGER_LIST) {
            for (YamlNode item : ((YamlList) value).items()) {
                if (Fields.asInteger(item).isEmpty()) {
                    report(
                            CatalogError.WRONG_TYPE,
                            item.position(),
                            "each item of '" + field.name() + "' of " + what + " must be an integer, "
                                    + Fields.notAnInteger(item));
                }
            }
        }
        if (field.type() == FieldType.STRING_LIST) {
            for (YamlNode item : ((YamlList) value).items()) {
                if (!(item instanceof YamlScalar s) || s.type() == YamlScalar.Type.NULL) {
                    report(
                            CatalogError.WRONG_TYPE,
                            item.position(),
                            "each item of '" + field.name() + "' of " + what + " must be a string, found "
                                    + item.kindName());
                }
            }
        }
    }

    // ---- sections -----------------------------------------------------------------------------------------------

    private void source(YamlMap source) {
        Optional<String> given = Fields.string(source, "id");
        if (given.isPresent()) {
            String id = given.get();
            Position at = source.get("id").orElseThrow().position();
            if (!KEBAB_ID.matcher(id).matches()) {
                report(
                        CatalogError.INVALID_VALUE,
                        at,
                        "source id '" + id + "' must be kebab-case, such as 'reference-card'");
            } else if (!sourceIds.add(id)) {
                report(
                        CatalogError.INVALID_VALUE,
                        at,
                        "source id '" + id + "' is declared twice; give each source its own id");
            }
        }
    }

    private void headings(YamlMap doc, String section, boolean categories) {
        Set<String> seen = new HashSet<>();
        for (YamlMap heading : items(doc, section, CatalogSchema.HEADING, "heading ", " of '" + section + "'")) {
            Optional<String> key = Fields.string(heading, "key");
            if (key.isEmpty()) {
                continue;
            }
            Position keyAt = heading.get("key").orElseThrow().position();
            List<String> allowed = categories ? Category.keys() : FunctionGroup.keys();
            if (!allowed.contains(key.get())) {
                report(CatalogError.INVALID_VALUE, keyAt, invalidChoice("'" + section + "' key", key.get(), allowed));
                continue;
            }
            if (!seen.add(key.get())) {
                report(
                        CatalogError.INVALID_VALUE,
                        keyAt,
                        "'" + key.get() + "' is described twice in '" + section + "'; keep one");
            }
            int expected = categories
                    ? Category.ofKey(key.get()).orElseThrow().digit()
                    : FunctionGroup.ofKey(key.get()).orElseThrow().digit();
            Optional<Integer> digit = Fields.integer(heading, "digit");
            if (digit.isPresent() && digit.get() != expected) {
                report(
                        categories ? CatalogError.CATEGORY_MISMATCH : CatalogError.GROUP_MISMATCH,
                        heading.get("digit").orElseThrow().position(),
                        "'" + key.get() + "' is digit " + expected + ", not " + digit.get() + "; write digit: "
                                + expected);
            }
            for (YamlMap alias : items(heading, "aliases", CatalogSchema.ALIAS, "alias ", "")) {
                origins(alias, "origins");
            }
        }
    }

    private void code(YamlMap entry, Map<Integer, Position> codes, Map<String, Position> names) {
        String what = describe(entry, "this entry");
        Optional<Integer> code = Fields.integer(entry, "code");
        if (code.isPresent()) {
            ftpCodeRange(code.get(), entry.get("code").orElseThrow().position(), codes);
        }
        name(entry, names, "codes");
        if (code.isPresent() && code.get() >= FTP_MIN && code.get() <= FTP_MAX) {
            digits(entry, code.get());
        }
        oneOf(entry, "status", "status", Status.keys());
        Optional<YamlMap> spec = Fields.map(entry, "spec");
        if (spec.isPresent()) {
            shape(spec.get(), CatalogSchema.SPEC, "'spec' of " + what);
            for (String key : List.of("document", "section")) {
                Optional<String> value = Fields.string(spec.get(), key);
                if (value.isPresent() && value.get().isBlank()) {
                    report(
                            CatalogError.INVALID_VALUE,
                            spec.get().get(key).orElseThrow().position(),
                            "'" + key + "' of the spec of " + what + " is empty; "
                                    + (key.equals("document")
                                            ? "name the RFC, such as 'RFC 959', or write 'non-standard'"
                                            : "remove it or give the section number"));
                }
            }
        }
        placeholdersAndText(entry, what);
        new VariantRules(this).variants(entry, what);
        for (YamlScalar source : Fields.strings(entry, "sources")) {
            knownSource(source);
        }
        meanings(entry, what);
    }

    private void ftpCodeRange(int code, Position at, Map<Integer, Position> codes) {
        if (code >= SOCKET_MIN && code <= SOCKET_MAX) {
            report(
                    CatalogError.WRONG_SECTION,
                    at,
                    code + " is a Windows Sockets error, not an FTP reply;" + " move it to 'socket-errors'");
        } else if (code < FTP_MIN || code > FTP_MAX) {
            report(
                    CatalogError.CODE_OUT_OF_RANGE,
                    at,
                    code + " is not an FTP reply code: codes are three digits from " + FTP_MIN + " to " + FTP_MAX);
        } else {
            duplicate(CatalogError.DUPLICATE_CODE, "code " + code, codes.putIfAbsent(code, at), at);
        }
    }

    private void name(YamlMap entry, Map<String, Position> names, String section) {
        Optional<String> given = Fields.string(entry, "name");
        if (given.isPresent()) {
            String name = given.get();
            Position at = entry.get("name").orElseThrow().position();
            if (JavaNames.isReserved(name)) {
                report(
                        CatalogError.RESERVED_WORD,
                        at,
                        "'" + name + "' is a reserved word in Java and cannot name a"
                                + " constant; use an UPPER_SNAKE_CASE name such as SERVICE_READY");
            } else if (JavaNames.GENERATED_MEMBERS.contains(name)) {
                report(
                        CatalogError.RESERVED_WORD,
                        at,
                        "'" + name + "' is the name of a field of the generated enum and cannot name a constant;"
                                + " choose another name");
            } else if (!JavaNames.isIdentifier(name)) {
                report(
                        CatalogError.INVALID_IDENTIFIER,
                        at,
                        "'" + name + "' is not a valid Java identifier; use"
                                + " letters, digits and underscores, starting with a letter, such as SERVICE_READY");
            } else if (!isAscii(name)) {
                report(
                        CatalogError.INVALID_IDENTIFIER,
                        at,
                        "'" + name + "' has letters outside A-Z; constant names are written in ASCII"
                                + " UPPER_SNAKE_CASE (A-Z, 0-9 and '_'), such as SERVICE_READY");
            } else if (!UPPER_SNAKE.matcher(name).matches()) {
                report(
                        CatalogError.INVALID_IDENTIFIER,
                        at,
                        "'" + name + "' is not UPPER_SNAKE_CASE; write it as " + JavaNames.toUpperSnake(name));
            } else {
                duplicate(
                        CatalogError.DUPLICATE_NAME,
                        "name " + name + " in '" + section + "'",
                        names.putIfAbsent(name, at),
                        at);
            }
        }
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private void duplicate(CatalogError error, String what, Position first, Position again) {
        if (first != null) {
            report(error, again, what + " is already declared at line " + first.line() + "; remove or renumber one");
        }
    }

    private void digits(YamlMap entry, int code) {
        Category expectedCategory = Category.ofCode(code).orElseThrow();
        Optional<String> categoryKey = Fields.string(entry, "category");
        if (categoryKey.isPresent()) {
            String key = categoryKey.get();
            Position at = entry.get("category").orElseThrow().position();
            Optional<Category> category = Category.ofKey(key);
            if (category.isEmpty()) {
                report(CatalogError.INVALID_VALUE, at, invalidChoice("category", key, Category.keys()));
            } else if (category.get() != expectedCategory) {
                report(
                        CatalogError.CATEGORY_MISMATCH,
                        at,
                        "code " + code + " starts with " + code / 100 + ", so its category is '"
                                + expectedCategory.key() + "', not '" + key + "'");
            }
        }
        // RFC 959 names groups for second digits 0..5 only; a vendor's 599 is valid on the wire and has none.
        Optional<FunctionGroup> group = FunctionGroup.ofCode(code);
        String expectedGroup = group.isPresent() ? group.get().key() : FunctionGroup.NONE_KEY;
        Optional<String> groupKey = Fields.string(entry, "group");
        if (groupKey.isPresent()) {
            String key = groupKey.get();
            Position at = entry.get("group").orElseThrow().position();
            List<String> allowed = new ArrayList<>(FunctionGroup.keys());
            allowed.add(FunctionGroup.NONE_KEY);
            if (!allowed.contains(key)) {
                report(CatalogError.INVALID_VALUE, at, invalidChoice("group", key, allowed));
            } else if (!key.equals(expectedGroup)) {
                report(
                        CatalogError.GROUP_MISMATCH,
                        at,
                        "code " + code + " has second digit " + code / 10 % 10 + ", so its group is '"
                                + expectedGroup + "', not '" + key + "'"
                                + (expectedGroup.equals(FunctionGroup.NONE_KEY)
                                        ? " (RFC 959 §4.2.1 defines groups for 0..5 only)"
                                        : ""));
            }
        }
    }

    void placeholdersAndText(YamlMap entry, String what) {
        Map<String, Position> declared = declaredPlaceholders(entry, what);
        Optional<String> text = Fields.string(entry, "text");
        if (text.isEmpty()) {
            return;
        }
        Position textAt = entry.get("text").orElseThrow().position();
        TextTemplate template;
        try {
            template = TextTemplate.parse(text.get());
        } catch (TextTemplate.SyntaxException e) {
            report(CatalogError.MALFORMED_TEXT, textAt, "the text of " + what + " is malformed: " + e.getMessage());
            return;
        }
        Set<String> used = template.markerNames();
        translations(entry, what, used, Set.of());
        placeholderUse(what, used, declared, textAt);
    }

    /** The placeholders an entry (or a variant) declares, each checked, by name. */
    Map<String, Position> declaredPlaceholders(YamlMap entry, String what) {
        Map<String, Position> declared = new LinkedHashMap<>();
        for (YamlMap placeholder :
                items(entry, "placeholders", CatalogSchema.PLACEHOLDER, "placeholder ", " of " + what)) {
            Optional<String> given = Fields.string(placeholder, "name");
            if (given.isPresent()) {
                String name = given.get();
                Position at = placeholder.get("name").orElseThrow().position();
                if (!LOWER_CAMEL.matcher(name).matches() || JavaNames.isReserved(name)) {
                    report(
                            CatalogError.INVALID_IDENTIFIER,
                            at,
                            "placeholder '" + name + "' of " + what
                                    + " must be a lowerCamelCase Java identifier that is not a keyword, such as 'pathname'");
                } else if (declared.putIfAbsent(name, at) != null) {
                    report(
                            CatalogError.INVALID_VALUE,
                            at,
                            "placeholder '" + name + "' is declared twice in " + what + "; keep one");
                }
            }
            oneOf(placeholder, "type", "placeholder type", PlaceholderType.keys());
        }
        return declared;
    }

    /** The markers a text uses must be exactly the declared placeholders. */
    void placeholderUse(String what, Set<String> used, Map<String, Position> declared, Position textAt) {
        for (String marker : used) {
            if (!declared.containsKey(marker)) {
                report(
                        CatalogError.UNDECLARED_PLACEHOLDER,
                        textAt,
                        "the text of " + what + " uses {" + marker
                                + "}, which is not declared; add it to 'placeholders' with a type and a description");
            }
        }
        for (Map.Entry<String, Position> placeholder : declared.entrySet()) {
            String name = placeholder.getKey();
            if (!used.contains(name)) {
                report(
                        CatalogError.UNUSED_PLACEHOLDER,
                        placeholder.getValue(),
                        "placeholder '" + name + "' of " + what + " is never used in the text; use {" + name
                                + "} in the text or remove the declaration");
            }
        }
    }

    /**
     * Each translation must be for a declared locale and carry exactly the placeholders of the base text; locales
     * in {@code alreadyTranslated} (kept from a base catalog) do not count as missing.
     */
    void translations(YamlMap entry, String what, Set<String> baseMarkers, Set<String> alreadyTranslated) {
        translations(entry, what, baseMarkers, alreadyTranslated, java.util.OptionalInt.empty());
    }

    /**
     * {@link #translations(YamlMap, String, Set, Set)} for a text of {@code lines} lines, if present: each
     * translation is then a list of as many lines, which together carry the base text's placeholders.
     */
    void translations(
            YamlMap entry,
            String what,
            Set<String> baseMarkers,
            Set<String> alreadyTranslated,
            java.util.OptionalInt lines) {
        Set<String> translated = new HashSet<>();
        for (YamlMap.Entry translation : Fields.entries(entry, "translations")) {
            String locale = translation.key().text();
            if (!locales.contains(locale) || locale.equals(locales.get(0))) {
                report(
                        CatalogError.INVALID_VALUE,
                        translation.key().position(),
                        "locale '" + locale + "' of " + what
                                + (locales.isEmpty()
                                        ? " is not declared; list it under 'locales' (base language first)"
                                        : " is not one of the translated 'locales' ("
                                                + String.join(", ", locales.subList(1, locales.size()))
                                                + "); declare it or correct the tag"));
                continue;
            }
            if (!translated.add(locale)) {
                report(
                        CatalogError.DUPLICATE_KEY,
                        translation.key().position(),
                        "locale '" + locale + "' appears twice in" + " the translations of " + what + "; keep one");
                continue;
            }
            Optional<Set<String>> found = lines.isPresent()
                    ? VariantRules.lineMarkers(this, translation, what, lines.getAsInt())
                    : markers(translation.value(), "the " + locale + " translation of " + what);
            if (found.isEmpty()) {
                continue;
            }
            Set<String> markers = found.get();
            if (!markers.equals(baseMarkers)) {
                report(
                        CatalogError.TRANSLATION_PLACEHOLDERS,
                        translation.value().position(),
                        "the " + locale
                                + " translation of " + what + " has placeholders " + braces(markers)
                                + " but the text has "
                                + braces(baseMarkers) + "; use exactly the text's placeholders");
            }
        }
        List<String> missing = new ArrayList<>();
        for (String locale : locales.subList(Math.min(1, locales.size()), locales.size())) {
            if (!translated.contains(locale) && !alreadyTranslated.contains(locale)) {
                missing.add(locale);
            }
        }
        if (!missing.isEmpty()) {
            Optional<YamlMap.Entry> field = entry.entry("translations");
            Position at = field.isPresent() ? field.get().key().position() : entry.position();
            missingTranslation(
                    at,
                    what + " has no translation for " + String.join(", ", missing)
                            + "; add one under 'translations', or the " + locales.get(0) + " text is used");
        }
    }

    /** The markers of one translated text (or line), or empty after reporting why it has none. */
    Optional<Set<String>> markers(YamlNode value, String what) {
        Optional<String> text = Fields.asString(value);
        if (text.isEmpty() || !(value instanceof YamlScalar)) {
            report(CatalogError.WRONG_TYPE, value.position(), what + " must be a string, found " + value.kindName());
            return Optional.empty();
        }
        try {
            return Optional.of(TextTemplate.parse(text.get()).markerNames());
        } catch (TextTemplate.SyntaxException e) {
            report(CatalogError.MALFORMED_TEXT, value.position(), what + " is malformed: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Reports a missing translation as the policy says. */
    void missingTranslation(Position at, String message) {
        if (missingTranslations == MissingTranslationPolicy.IGNORE) {
            return;
        }
        diagnostics.add(new Diagnostic(
                switch (missingTranslations) {
                    case ERROR -> Diagnostic.Severity.ERROR;
                    case NOTE -> Diagnostic.Severity.NOTE;
                    default -> Diagnostic.Severity.WARNING;
                },
                CatalogError.MISSING_TRANSLATION,
                file,
                at,
                message));
    }

    static String braces(Set<String> names) {
        if (names.isEmpty()) {
            return "none";
        }
        java.util.StringJoiner joined = new java.util.StringJoiner(", ");
        for (String name : names) {
            joined.add("{" + name + "}");
        }
        return joined.toString();
    }

    private void meanings(YamlMap entry, String what) {
        Optional<YamlNode> list = entry.get("meanings");
        List<YamlMap> meanings = items(entry, "meanings", CatalogSchema.MEANING, "meaning ", " of " + what);
        int primaries = 0;
        for (YamlMap meaning : meanings) {
            origins(meaning, "origins");
            if (Fields.bool(meaning, "primary").orElse(false)) {
                primaries++;
                if (meaning.get("why").isEmpty()) {
                    report(
                            CatalogError.PRIMARY_MEANING,
                            meaning.position(),
                            "the primary meaning of " + what + " does not say why it wins; add 'why'");
                }
            }
        }
        if (list.isPresent() && list.get() instanceof YamlList && primaries != 1) {
            report(
                    CatalogError.PRIMARY_MEANING,
                    list.get().position(),
                    what + " has " + primaries + " meanings marked 'primary: true'; mark exactly one");
        }
    }

    private void origins(YamlMap map, String key) {
        for (YamlScalar origin : Fields.strings(map, key)) {
            if (!sourceIds.contains(origin.text())
                    && !SPEC_NAME.matcher(origin.text()).matches()) {
                report(
                        CatalogError.INVALID_VALUE,
                        origin.position(),
                        "origin '" + origin.text() + "' is neither a" + " declared source id" + knownSources()
                                + " nor a specification such as 'RFC 959'");
            }
        }
    }

    private void knownSource(YamlScalar source) {
        if (!sourceIds.contains(source.text())) {
            report(
                    CatalogError.INVALID_VALUE,
                    source.position(),
                    "source '" + source.text() + "' is not declared" + knownSources()
                            + "; declare it under 'sources' or correct the id");
        }
    }

    private String knownSources() {
        return sourceIds.isEmpty() ? "" : " (" + String.join(", ", new java.util.TreeSet<>(sourceIds)) + ")";
    }

    private void socketError(YamlMap entry, Map<Integer, Position> codes, Map<String, Position> names) {
        Optional<Integer> given = Fields.integer(entry, "code");
        if (given.isPresent()) {
            int code = given.get();
            Position at = entry.get("code").orElseThrow().position();
            if (code >= FTP_MIN && code <= FTP_MAX) {
                report(
                        CatalogError.WRONG_SECTION,
                        at,
                        code + " is an FTP reply code, not a socket error; move it to" + " 'codes'");
            } else if (code < SOCKET_MIN || code > SOCKET_MAX) {
                report(
                        CatalogError.CODE_OUT_OF_RANGE,
                        at,
                        code + " is not a Windows Sockets error code: they go from " + SOCKET_MIN + " to "
                                + SOCKET_MAX);
            } else {
                duplicate(CatalogError.DUPLICATE_CODE, "socket error " + code, codes.putIfAbsent(code, at), at);
            }
        }
        name(entry, names, "socket-errors");
        for (YamlScalar source : Fields.strings(entry, "sources")) {
            knownSource(source);
        }
    }

    /** Reports the string at {@code key} if it is not one of {@code allowed}, called {@code what} in the message. */
    private void oneOf(YamlMap map, String key, String what, List<String> allowed) {
        Optional<String> value = Fields.string(map, key);
        if (value.isPresent() && !allowed.contains(value.get())) {
            report(
                    CatalogError.INVALID_VALUE,
                    map.get(key).orElseThrow().position(),
                    invalidChoice(what, value.get(), allowed));
        }
    }

    private static String invalidChoice(String what, String value, List<String> allowed) {
        Optional<String> suggestion = Suggestions.closest(value, allowed);
        return suggestion.isPresent()
                ? what + " '" + value + "' is not known; did you mean '" + suggestion.get() + "'?"
                : what + " '" + value + "' is not known; use one of " + String.join(", ", allowed);
    }

    void report(CatalogError error, Position position, String message) {
        diagnostics.add(Diagnostic.error(error, file, position, message));
    }
}

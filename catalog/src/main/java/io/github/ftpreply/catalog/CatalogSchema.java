package io.github.ftpreply.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shape of every map in a catalog document: which keys it may have, their types, and which are required. The
 * validator checks documents against it; docs/catalog.md describes the same shapes for people.
 */
final class CatalogSchema {

    /** The types a field can have. */
    enum FieldType {
        STRING("a string"),
        INTEGER("an integer"),
        BOOLEAN("a boolean (true or false)"),
        MAP("a map"),
        LIST("a list"),
        STRING_LIST("a list of strings"),
        INTEGER_LIST("a list of integers");

        final String description;

        FieldType(String description) {
            this.description = description;
        }
    }

    /** One key of a map. */
    record Field(String name, FieldType type, boolean required) {}

    /** The keys of one kind of map. */
    record Shape(List<Field> fields) {
        // Loops, not streams: the validator calls these on every key of an extension catalog in a cold javac.
        Optional<Field> field(String name) {
            for (Field field : fields) {
                if (field.name().equals(name)) {
                    return Optional.of(field);
                }
            }
            return Optional.empty();
        }

        List<String> names() {
            List<String> names = new ArrayList<>();
            for (Field field : fields) {
                names.add(field.name());
            }
            return List.copyOf(names);
        }
    }

    static final Shape DOCUMENT = shape(
            required("schema", FieldType.INTEGER),
            optional("locales", FieldType.STRING_LIST),
            optional("sources", FieldType.LIST),
            optional("categories", FieldType.LIST),
            optional("groups", FieldType.LIST),
            required("codes", FieldType.LIST),
            optional("socket-errors", FieldType.LIST));

    /**
     * An extension catalog: no categories, groups or socket errors of its own (they are the canonical ones), and a
     * list of canonical codes to {@code exclude}.
     */
    static final Shape EXTENSION_DOCUMENT = shape(
            required("schema", FieldType.INTEGER),
            optional("locales", FieldType.STRING_LIST),
            optional("sources", FieldType.LIST),
            optional("exclude", FieldType.INTEGER_LIST),
            optional("codes", FieldType.LIST));

    static final Shape SOURCE = shape(
            required("id", FieldType.STRING),
            optional("file", FieldType.STRING),
            required("description", FieldType.STRING));

    static final Shape HEADING = shape(
            required("key", FieldType.STRING),
            required("digit", FieldType.INTEGER),
            required("title", FieldType.STRING),
            required("description", FieldType.STRING),
            optional("aliases", FieldType.LIST));

    static final Shape ALIAS = shape(
            required("name", FieldType.STRING),
            required("origins", FieldType.STRING_LIST),
            optional("note", FieldType.STRING));

    static final Shape CODE = shape(
            required("code", FieldType.INTEGER),
            required("name", FieldType.STRING),
            required("title", FieldType.STRING),
            required("description", FieldType.STRING),
            required("category", FieldType.STRING),
            required("group", FieldType.STRING),
            required("text", FieldType.STRING),
            optional("translations", FieldType.MAP),
            optional("placeholders", FieldType.LIST),
            required("spec", FieldType.MAP),
            required("status", FieldType.STRING),
            optional("sources", FieldType.STRING_LIST),
            optional("meanings", FieldType.LIST),
            optional("variants", FieldType.LIST));

    /** A new code in an extension: a full entry, with {@code override: false} allowed for symmetry. */
    static final Shape EXTENSION_CODE = extensionCode();

    /** A base code written without {@code override: true}: any code field, none required (one error says why). */
    static final Shape UNFLAGGED_OVERRIDE = unflaggedOverride();

    /** An override of a canonical code in an extension: the code, the flag, and only the texts that change. */
    static final Shape OVERRIDE = shape(
            required("code", FieldType.INTEGER),
            required("override", FieldType.BOOLEAN),
            optional("title", FieldType.STRING),
            optional("description", FieldType.STRING),
            optional("text", FieldType.STRING),
            optional("translations", FieldType.MAP),
            optional("placeholders", FieldType.LIST));

    /** A text for one use of a code: exactly one of {@code text} (one line) and {@code lines} (a multi-line reply). */
    static final Shape VARIANT = shape(
            required("name", FieldType.STRING),
            required("description", FieldType.STRING),
            optional("text", FieldType.STRING),
            optional("lines", FieldType.STRING_LIST),
            optional("translations", FieldType.MAP),
            optional("placeholders", FieldType.LIST));

    static final Shape PLACEHOLDER = shape(
            required("name", FieldType.STRING),
            required("type", FieldType.STRING),
            required("description", FieldType.STRING));

    static final Shape SPEC = shape(required("document", FieldType.STRING), optional("section", FieldType.STRING));

    static final Shape MEANING = shape(
            required("meaning", FieldType.STRING),
            required("origins", FieldType.STRING_LIST),
            optional("primary", FieldType.BOOLEAN),
            optional("why", FieldType.STRING));

    static final Shape SOCKET_ERROR = shape(
            required("code", FieldType.INTEGER),
            required("name", FieldType.STRING),
            required("title", FieldType.STRING),
            required("description", FieldType.STRING),
            optional("sources", FieldType.STRING_LIST));

    private CatalogSchema() {}

    private static Shape shape(Field... fields) {
        return new Shape(List.of(fields));
    }

    private static Field required(String name, FieldType type) {
        return new Field(name, type, true);
    }

    private static Field optional(String name, FieldType type) {
        return new Field(name, type, false);
    }

    private static Shape extensionCode() {
        List<Field> fields = new ArrayList<>(CODE.fields());
        fields.add(optional("override", FieldType.BOOLEAN));
        return new Shape(List.copyOf(fields));
    }

    private static Shape unflaggedOverride() {
        List<Field> fields = new ArrayList<>();
        for (Field field : EXTENSION_CODE.fields()) {
            fields.add(field.name().equals("code") ? field : new Field(field.name(), field.type(), false));
        }
        return new Shape(List.copyOf(fields));
    }
}

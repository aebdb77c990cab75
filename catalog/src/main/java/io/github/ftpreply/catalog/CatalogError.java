package io.github.ftpreply.catalog;

/**
 * Every problem the catalog loader and validator can report, each with a stable id. The ids appear in messages
 * as {@code [cat-unknown-key]}, are documented in {@code docs/catalog.md}, and never change meaning.
 */
public enum CatalogError {
    YAML_SYNTAX("cat-yaml-syntax"),
    YAML_LIMIT("cat-yaml-limit"),
    YAML_TAG("cat-yaml-tag"),
    DUPLICATE_KEY("cat-duplicate-key"),
    UNKNOWN_KEY("cat-unknown-key"),
    MISSING_FIELD("cat-missing-field"),
    WRONG_TYPE("cat-wrong-type"),
    INVALID_VALUE("cat-invalid-value"),
    UNSUPPORTED_SCHEMA("cat-unsupported-schema"),
    DUPLICATE_CODE("cat-duplicate-code"),
    DUPLICATE_NAME("cat-duplicate-name"),
    CODE_OUT_OF_RANGE("cat-code-out-of-range"),
    WRONG_SECTION("cat-wrong-section"),
    INVALID_IDENTIFIER("cat-invalid-identifier"),
    RESERVED_WORD("cat-reserved-word"),
    CATEGORY_MISMATCH("cat-category-mismatch"),
    GROUP_MISMATCH("cat-group-mismatch"),
    UNDECLARED_PLACEHOLDER("cat-undeclared-placeholder"),
    UNUSED_PLACEHOLDER("cat-unused-placeholder"),
    MALFORMED_TEXT("cat-malformed-text"),
    TRANSLATION_PLACEHOLDERS("cat-translation-placeholders"),
    TRANSLATION_LINES("cat-translation-lines"),
    MISSING_TRANSLATION("cat-missing-translation"),
    PRIMARY_MEANING("cat-primary-meaning"),
    OVERRIDE_WITHOUT_FLAG("cat-override-without-flag"),
    UNKNOWN_OVERRIDE("cat-unknown-override"),
    NOT_OVERRIDABLE("cat-not-overridable"),
    UNKNOWN_EXCLUDE("cat-unknown-exclude"),
    FORBIDDEN_CHARACTER("cat-forbidden-character"),
    VALUE_TOO_LONG("cat-value-too-long"),
    TOO_MANY("cat-too-many"),
    INVALID_LOCALE("cat-invalid-locale");

    private final String id;

    CatalogError(String id) {
        this.id = id;
    }

    /** The stable id, such as {@code cat-unknown-key}. */
    public String id() {
        return id;
    }
}

package io.github.ftpreply.catalog;

import io.github.ftpreply.catalog.yaml.YamlList;
import io.github.ftpreply.catalog.yaml.YamlMap;
import io.github.ftpreply.catalog.yaml.YamlNode;
import io.github.ftpreply.catalog.yaml.YamlScalar;
import java.util.Locale;

/**
 * The limits every value of a catalog keeps, so that whatever the loader accepts compiles into generated Java and is
 * a valid protocol line (docs/extending.md, "Limits"): no control or line-separator character in any value, no
 * value longer than the class file can hold in one constant, and bounded counts of locales, placeholders, variants and lines.
 */
final class ValueLimits {

    /** Longest value, in bytes of the class file's modified UTF-8 (its string constants hold at most 65535). */
    static final int MAX_VALUE_BYTES = 4096;
    /** Most locales a catalog may declare (each is a bundle file and a line of generated code). */
    static final int MAX_LOCALES = 100;
    /** Most placeholders one text may declare (each is a parameter of a generated method). */
    static final int MAX_PLACEHOLDERS = 32;
    /** Most variants one code may declare (each is a generated accessor, its constants and its bundle keys). */
    static final int MAX_VARIANTS = 16;
    /** Most lines one multi-line variant may hold (each is a call in its accessor and a bundle key). */
    static final int MAX_LINES = 32;

    private ValueLimits() {}

    /** Checks every scalar of the document, keys included, wherever it sits. */
    static void scalars(YamlNode node, CatalogValidator validator) {
        if (node instanceof YamlMap map) {
            for (YamlMap.Entry entry : map.entries()) {
                scalar(entry.key(), validator);
                scalars(entry.value(), validator);
            }
        } else if (node instanceof YamlList list) {
            for (YamlNode item : list.items()) {
                scalars(item, validator);
            }
        } else if (node instanceof YamlScalar scalar) {
            scalar(scalar, validator);
        }
    }

    private static void scalar(YamlScalar scalar, CatalogValidator validator) {
        String text = scalar.text();
        int bytes = modifiedUtf8Length(text);
        if (bytes > MAX_VALUE_BYTES) {
            validator.report(
                    CatalogError.VALUE_TOO_LONG,
                    scalar.position(),
                    "this value is " + bytes + " bytes long (in the class file's encoding), more than the "
                            + MAX_VALUE_BYTES + " a catalog value may hold; shorten it");
            return;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isForbidden(c)) {
                validator.report(
                        CatalogError.FORBIDDEN_CHARACTER,
                        scalar.position(),
                        "this value holds " + describe(c) + " at character " + (i + 1)
                                + "; catalog values are single lines of printable text (a reply text is sent as"
                                + " one protocol line), so remove it" + (c == '\n' ? hintForLineBreak(text) : ""));
                return;
            }
            i += Character.charCount(c);
        }
    }

    private static String hintForLineBreak(String text) {
        return text.endsWith("\n") && text.indexOf('\n') == text.length() - 1
                ? " (a YAML block scalar written '>' or '|' ends with a line break; write '>-' instead)"
                : "";
    }

    /** Controls (C0, DEL, C1), U+2028 and U+2029, and a lone surrogate: what no reply line or Java literal holds. */
    static boolean isForbidden(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE;
    }

    private static String describe(int c) {
        String name = switch (c) {
            case '\n' -> " (a line feed)";
            case '\r' -> " (a carriage return)";
            case 0 -> " (NUL)";
            case '\t' -> " (a tab)";
            case 0x85 -> " (NEL, a line break)";
            case 0x2028 -> " (LINE SEPARATOR)";
            case 0x2029 -> " (PARAGRAPH SEPARATOR)";
            default -> Character.isSurrogate((char) c) ? " (half of a surrogate pair)" : " (a control character)";
        };
        return String.format(Locale.ROOT, "U+%04X", c) + name;
    }

    /** The length of {@code text} in the class file's modified UTF-8: NUL and U+0080..U+07FF take 2 bytes, above 3. */
    static int modifiedUtf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return bytes;
    }

    /** Reports a list field of more than {@code max} items; true if it has no more (or is absent). */
    static boolean count(YamlMap map, String key, int max, String what, CatalogValidator validator) {
        if (map.get(key).orElse(null) instanceof YamlList list && list.items().size() > max) {
            validator.report(
                    CatalogError.TOO_MANY,
                    list.position(),
                    what + " lists " + list.items().size() + " " + key + "; at most " + max + " are allowed");
            return false;
        }
        return true;
    }
}

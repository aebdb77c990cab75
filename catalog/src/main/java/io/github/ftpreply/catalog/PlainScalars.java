package io.github.ftpreply.catalog;

import java.util.Set;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The YAML 1.1 tag of a plain (unquoted, untagged) scalar, exactly as SnakeYAML's {@link Resolver} gives it, without
 * compiling the Resolver's nine patterns in each compilation: a value that no number or date pattern can match is
 * decided here, and only the rest (such as {@code 1.5}, {@code 0x1F} or {@code 2026-11-29}) goes to a Resolver, made
 * on first need. {@code PlainScalarsPropertyTest} compares the two.
 */
final class PlainScalars {
    static final String STR = "tag:yaml.org,2002:str";
    static final String INT = "tag:yaml.org,2002:int";
    static final String BOOL = "tag:yaml.org,2002:bool";
    static final String NULL = "tag:yaml.org,2002:null";
    static final String MAP = "tag:yaml.org,2002:map";
    static final String SEQ = "tag:yaml.org,2002:seq";
    static final String FLOAT = "tag:yaml.org,2002:float";
    static final String TIMESTAMP = "tag:yaml.org,2002:timestamp";

    /** The words YAML 1.1 reads as booleans (not {@code y} or {@code n}: SnakeYAML leaves those text). */
    private static final Set<String> BOOLEANS = Set.of(
            "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON",
            "off", "Off", "OFF");
    /** The words YAML 1.1 reads as null; the empty value is null too. */
    private static final Set<String> NULLS = Set.of("~", "null", "Null", "NULL", " ");
    /**
     * Every character that the int, float and timestamp patterns can match: digits, signs, '_', '.', ':' (base 60),
     * the letters of {@code 0b}, {@code 0x}, hex digits, exponents, {@code .inf} and {@code .nan}, and a timestamp's
     * {@code T}, {@code Z}, blanks and offsets. A value with any other character is none of the three.
     */
    private static final String NUMBER_OR_DATE = "0123456789-+_.:bxabcdefABCDEFeEinfINFaNtTZ \t";

    /** The longest value the Resolver tries its int and float patterns on; a longer one is text. */
    private static final int NUMBER_LIMIT = 1024;

    private static Resolver resolver;

    private PlainScalars() {}

    /** The tag of plain scalar {@code value}: one of this class's constants, or another tag such as the merge key's. */
    static String tag(String value) {
        if (value.isEmpty() || NULLS.contains(value)) {
            return NULL;
        }
        if (BOOLEANS.contains(value)) {
            return BOOL;
        }
        char first = value.charAt(0);
        if (first == '<' || first == '!' || first == '&' || first == '*') {
            return resolve(value); // "<<", the merge key; the others cannot start a plain scalar, but agree anyway
        }
        if (!(first >= '0' && first <= '9' || first == '-' || first == '+' || first == '.')) {
            return STR; // no other pattern starts with this character
        }
        if (value.length() <= NUMBER_LIMIT && isDecimal(value)) {
            return INT; // the int pattern's base-10 form, which is tried before float and timestamp
        }
        int dots = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (NUMBER_OR_DATE.indexOf(c) < 0) {
                return STR;
            }
            dots += c == '.' ? 1 : 0;
        }
        // Every number or date pattern has at most one '.': a section number such as 4.2.2 is text.
        return dots > 1 ? STR : resolve(value);
    }

    /** Digits only, without a leading zero unless it is {@code 0} itself. */
    private static boolean isDecimal(String value) {
        if (value.length() > 1 && value.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static synchronized String resolve(String value) {
        if (resolver == null) {
            resolver = new Resolver();
        }
        return resolver.resolve(NodeId.scalar, value, true).getValue();
    }
}

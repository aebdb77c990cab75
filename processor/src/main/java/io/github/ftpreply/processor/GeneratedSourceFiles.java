package io.github.ftpreply.processor;

import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

/**
 * Writes generated sources through the {@code Filer} in ASCII only: every other character becomes a Unicode escape
 * ({@code \}{@code u00a7} for {@code §}), which javac reads back as the character itself (JLS 3.3). The {@code Filer}
 * encodes a source in the compilation's {@code -encoding}, and an encoder that cannot map a character writes
 * {@code ?} without a word: under {@code -encoding US-ASCII}, an extension enum's {@code spec()} said
 * {@code "RFC 959 ?4.2.2"}. Escaped, a generated file means the same under every ASCII-compatible encoding, and its
 * writing never leaves the encoder's ASCII fast path.
 */
final class GeneratedSourceFiles {
    private GeneratedSourceFiles() {}

    /** Creates the source file of {@code qualifiedName} with {@code text}, in ASCII, originating from {@code origin}. */
    static void write(Filer filer, String qualifiedName, String text, Element origin) throws IOException {
        try (Writer out = filer.createSourceFile(qualifiedName, origin).openWriter()) {
            out.write(ascii(text));
        }
    }

    /**
     * {@code text} with each non-ASCII {@code char} (each half of a surrogate pair too) as {@code \}{@code uXXXX}.
     * A backslash right before such a character must leave it an escape: javac reads {@code \}{@code u} as one only
     * after an even run of backslashes, so the last backslash of an odd run is written {@code \}{@code u005c}, the
     * same character. The generators double backslashes in literals and write them as {@code &#92;} in Javadoc, so
     * this is for comments written as they are.
     */
    static String ascii(String text) {
        // Cold code, timed in javac on the 70 KB enum of an extension, whose '§' comes in every constant: the JDK's
        // UTF-8 encoder took 2 to 3 ms only to find the text was not ASCII, and copying it a char[] at a time into
        // a StringBuilder 5 to 8 ms more (the builder checks each char). So the text is scanned as a char[], and
        // copied from the String itself, which the builder takes in one array copy: 1 to 5 ms in all.
        char[] chars = text.toCharArray();
        int i = nextNonAscii(chars, 0);
        if (i == chars.length) {
            return text;
        }
        StringBuilder out = new StringBuilder(chars.length + 64);
        int from = 0;
        for (; i < chars.length; i = nextNonAscii(chars, i + 1)) {
            out.append(text, from, i);
            int backslashes = 0;
            for (int j = i - 1; j >= from && chars[j] == '\\'; j--) {
                backslashes++;
            }
            if (backslashes % 2 == 1) {
                out.setLength(out.length() - 1);
                out.append("\\u005c");
            }
            JavaLiterals.unicodeEscape(chars[i], out);
            from = i + 1;
        }
        return out.append(text, from, chars.length).toString();
    }

    /** The index of the first non-ASCII {@code char} at or after {@code from}, or the array's length if none. */
    private static int nextNonAscii(char[] chars, int from) {
        for (int i = from; i < chars.length; i++) {
            if (chars[i] >= 0x80) {
                return i;
            }
        }
        return chars.length;
    }
}

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
        int first = 0;
        while (first < text.length() && text.charAt(first) < 0x80) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 64).append(text, 0, first);
        int backslashes = 0;
        for (int i = first - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.append(c);
                backslashes = c == '\\' ? backslashes + 1 : 0;
                continue;
            }
            if (backslashes % 2 == 1) {
                out.setLength(out.length() - 1);
                out.append("\\u005c");
            }
            JavaLiterals.unicodeEscape(c, out);
            backslashes = 0;
        }
        return out.toString();
    }
}

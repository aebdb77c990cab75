package io.github.ftpreply.processor;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
        // The JDK checks the usual all-ASCII text in bulk; a loop of ours over a 70 KB enum took ~20 ms in a cold
        // javac. One UTF-8 byte per char means ASCII, or a lone surrogate written as '?': decoding back tells them
        // apart.
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length == text.length() && new String(utf8, StandardCharsets.US_ASCII).equals(text)) {
            return text;
        }
        // An array, not charAt: a cold loop pays for each call (the enum's '§' brings every extension here).
        char[] chars = text.toCharArray();
        StringBuilder out = new StringBuilder(chars.length + 64);
        int from = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                continue;
            }
            out.append(chars, from, i - from);
            int backslashes = 0;
            for (int j = i - 1; j >= from && chars[j] == '\\'; j--) {
                backslashes++;
            }
            if (backslashes % 2 == 1) {
                out.setLength(out.length() - 1);
                out.append("\\u005c");
            }
            JavaLiterals.unicodeEscape(c, out);
            from = i + 1;
        }
        return out.append(chars, from, chars.length - from).toString();
    }
}

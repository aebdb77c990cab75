package io.github.ftpreply.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link GeneratedSourceFiles#ascii}: javac reads back exactly the text it was given, from ASCII alone. */
class GeneratedSourceFilesTest {

    @Example
    void escapesEachNonAsciiCharAndLeavesAsciiAlone() {
        String ascii = "class A { String s = \"\\\\u\"; }";
        assertSame(ascii, GeneratedSourceFiles.ascii(ascii));
        assertEquals("\"RFC 959 \\u00a74.2.2\"", GeneratedSourceFiles.ascii("\"RFC 959 §4.2.2\""));
        assertEquals("\\ud83d\\ude00", GeneratedSourceFiles.ascii("😀"));
        // An odd run of backslashes would make javac read the escape as text: its last one becomes an escape too.
        assertEquals("// a\\u005c\\u00e9", GeneratedSourceFiles.ascii("// a\\é"));
        assertEquals("\"\\\\\\u00e9\"", GeneratedSourceFiles.ascii("\"\\\\é\""));
    }

    @Property(tries = 3000)
    void javacReadsBackTheTextGiven(@ForAll("texts") String text) {
        // A text that already holds an escape javac would read is not one the generators write.
        Assume.that(unicodeEscapesRead(text).equals(text));
        String ascii = GeneratedSourceFiles.ascii(text);
        assertTrue(ascii.chars().allMatch(c -> c < 0x80), ascii);
        assertEquals(text, unicodeEscapesRead(ascii));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("\\", "u", "0", "a", "§", "é", "€", "\ud83d", "\ude00", "\"", " ")
                .list()
                .ofMaxSize(10)
                .map(parts -> String.join("", parts));
    }

    /**
     * What javac's reader makes of a source's Unicode escapes (JLS 3.3): {@code \}, one or more {@code u} and four hex
     * digits, where the backslash follows an even run of backslashes that were not themselves made by an escape.
     */
    private static String unicodeEscapesRead(String source) {
        StringBuilder out = new StringBuilder();
        int rawBackslashes = 0;
        for (int i = 0; i < source.length(); ) {
            char c = source.charAt(i);
            if (c == '\\' && rawBackslashes % 2 == 0 && i + 1 < source.length() && source.charAt(i + 1) == 'u') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) == 'u') {
                    j++;
                }
                if (j + 4 <= source.length() && source.substring(j, j + 4).matches("[0-9a-fA-F]{4}")) {
                    out.append((char) Integer.parseInt(source.substring(j, j + 4), 16));
                    rawBackslashes = 0;
                    i = j + 4;
                    continue;
                }
            }
            out.append(c);
            rawBackslashes = c == '\\' ? rawBackslashes + 1 : 0;
            i++;
        }
        return out.toString();
    }
}

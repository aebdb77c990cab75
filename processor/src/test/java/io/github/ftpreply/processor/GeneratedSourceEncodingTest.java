package io.github.ftpreply.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generated sources are ASCII, so that they mean the same whatever {@code -encoding} the compilation has: the
 * {@code Filer} encodes them in it, and an encoder that cannot map a character writes {@code ?} without a word.
 */
class GeneratedSourceEncodingTest {
    @Test
    void anExtensionCompiledAsUsAsciiKeepsEveryCharacter() throws Exception {
        // The text block's non-ASCII characters are Unicode escapes, so the carrier itself is ASCII.
        JavaFileObject carrier = Compilations.inlineCatalog(
                "AcmeReplyCode",
                null,
                "schema: 1",
                "codes:",
                "  - code: 242",
                "    name: QUOTA_REPORT",
                "    title: Quota \\u00fcber \\u20ac",
                "    description: Says how much quota remains, in \\u20ac.",
                "    category: positive-completion",
                "    group: unspecified",
                "    text: \"Gr\\u00f6\\u00dfe: {megabytes} MB \\ud83d\\ude00\"",
                "    placeholders:",
                "      - {name: megabytes, type: int, description: Megabytes left.}",
                "    spec: {document: non-standard}",
                "    status: non-standard");
        Compilation compilation =
                Compilations.compile(List.of("-encoding", "US-ASCII", "-Xlint:all", "-Werror"), carrier);
        assertThat(compilation).succeededWithoutWarnings();

        for (JavaFileObject source : compilation.generatedSourceFiles()) {
            String text = source.getCharContent(true).toString();
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) >= 0x80) {
                    throw new AssertionError(source.getName() + " holds a non-ASCII character at " + i + ": "
                            + text.substring(Math.max(0, i - 40), i + 1));
                }
            }
        }
        String codes = Compilations.generatedSource(compilation, "test.AcmeReplyCode");
        assertThat(codes).contains("\"RFC 959 \\u00a74.2.2\"");
        assertThat(codes).contains("\"Gr\\u00f6\\u00dfe: {megabytes} MB \\ud83d\\ude00\"");

        Class<?> enumType = new CompiledClassLoader(compilation).loadClass("test.AcmeReplyCode");
        Object quota = enumType.getMethod("of", int.class).invoke(null, 242);
        Object ready = enumType.getMethod("of", int.class).invoke(null, 220);
        assertThat(enumType.getMethod("defaultText").invoke(quota)).isEqualTo("Größe: {megabytes} MB 😀");
        assertThat(enumType.getMethod("title").invoke(quota)).isEqualTo("Quota über €");
        assertThat(enumType.getMethod("spec").invoke(ready)).isEqualTo("RFC 959 §4.2.2");
    }
}

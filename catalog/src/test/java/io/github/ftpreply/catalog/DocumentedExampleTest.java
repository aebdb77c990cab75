package io.github.ftpreply.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/catalog.md shows a complete entry; this loads exactly that text, so the doc cannot drift from the loader. */
class DocumentedExampleTest {

    private static final Path DOC = Path.of("..", "docs", "catalog.md");

    @Test
    void exampleEntryLoadsWithoutDiagnostics() throws IOException {
        String doc = Files.readString(DOC);
        Matcher block = Pattern.compile(
                        "<!-- example-entry:start -->\\s*```yaml\\n(.*?)```\\s*<!-- example-entry:end -->",
                        Pattern.DOTALL)
                .matcher(doc);
        if (!block.find()) {
            throw new AssertionError("docs/catalog.md lost its marked example entry");
        }
        CatalogLoader.Result result = CatalogLoader.read("catalog.md", block.group(1));
        assertEquals(List.of(), result.diagnostics());
        ReplyCodeEntry entry = result.catalog().orElseThrow().code(227).orElseThrow();
        assertEquals("ENTERING_PASSIVE_MODE", entry.name());
        assertEquals(6, entry.placeholders().size());
        assertEquals(PlaceholderType.INT, entry.placeholders().get(0).type());
        assertEquals("RFC 959 §4.2.2", entry.spec().toString());
    }

    @Test
    void everyDocumentedErrorIdExistsAndEveryIdIsDocumented() throws IOException {
        String doc = Files.readString(DOC);
        Matcher ids =
                Pattern.compile("^\\| `(cat-[a-z-]+)` \\|", Pattern.MULTILINE).matcher(doc);
        List<String> documented = new java.util.ArrayList<>();
        while (ids.find()) {
            documented.add(ids.group(1));
        }
        List<String> declared = java.util.Arrays.stream(CatalogError.values())
                .map(CatalogError::id)
                .toList();
        assertEquals(declared, documented);
    }
}

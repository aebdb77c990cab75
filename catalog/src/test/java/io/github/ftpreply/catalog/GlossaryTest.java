package io.github.ftpreply.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reply texts follow the per-language glossary of docs/localization.md. The glossary table there is the one
 * place the terms are written down; this test reads it and checks every text of the codes each row names.
 */
class GlossaryTest {

    private static final Path LOCALIZATION = Path.of("..", "docs", "localization.md");
    private static final String NEVER = "(never)";

    /** One glossary row: the codes it governs and, per language, the accepted (or forbidden) terms. */
    record Row(String term, List<Integer> codes, Map<String, List<String>> terms) {
        boolean forbids() {
            return term.endsWith(NEVER);
        }
    }

    private final Catalog catalog = CatalogLoader.canonical();

    @Test
    void everyTextUsesItsLanguagesTerms() throws IOException {
        assertEquals(List.of(), violations(glossary(), this::text));
    }

    @Test
    void theGlossaryCoversEveryLanguageAndTheRecurringTerms() throws IOException {
        List<Row> rows = glossary();
        for (Row row : rows) {
            assertEquals(catalog.locales(), List.copyOf(row.terms().keySet()), row.term() + " names every language");
        }
        List<String> names = rows.stream().map(Row::term).toList();
        for (String term : List.of(
                "data connection",
                "control connection",
                "file",
                "directory",
                "login, logged in",
                "login " + NEVER,
                "command",
                "parameter")) {
            assertTrue(names.contains(term), "the glossary defines " + term + "; has " + names);
        }
    }

    @Test
    void aTextOffTheGlossaryIsCaught() throws IOException {
        // Guards the guard: the French 530 text this glossary replaced, and a German text without its term.
        Map<String, String> old = Map.of("fr@530", "Non connecté.", "de@212", "Ordnerstatus.");
        List<String> found =
                violations(glossary(), (code, locale) -> old.getOrDefault(locale + "@" + code, text(code, locale)));
        assertEquals(
                List.of(
                        "212 de: \"Ordnerstatus.\" lacks directory (Verzeichnis)",
                        "530 fr: \"Non connecté.\" lacks login, logged in (authentifié / authentification)",
                        "530 fr: \"Non connecté.\" uses login (never) (connecté)"),
                found);
    }

    @Test
    void frenchTextsPutANoBreakSpaceBeforeHighPunctuation() {
        List<String> found = new ArrayList<>();
        for (ReplyCodeEntry entry : catalog.codes()) {
            String text = text(entry.code(), "fr");
            if (!frenchSpacingIsRight(text)) {
                found.add(entry.code() + ": " + text);
            }
        }
        assertEquals(List.of(), found);
        // Guards the guard: a plain space before ':' and a colon glued to the word are both wrong.
        assertTrue(!frenchSpacingIsRight("Action interrompue : erreur."));
        assertTrue(!frenchSpacingIsRight("Action interrompue: erreur."));
        assertTrue(frenchSpacingIsRight("Action interrompue\u00a0: erreur\u202f; suite\u202f?"));
    }

    /** No plain space before {@code : ; ? !}, and a no-break space (U+00A0 or U+202F) before every colon. */
    static boolean frenchSpacingIsRight(String text) {
        return !Pattern.compile(" [:;?!]").matcher(text).find()
                && !Pattern.compile("[^\u00a0\u202f]:").matcher(text).find();
    }

    interface Texts {
        String text(int code, String locale);
    }

    static List<String> violations(List<Row> rows, Texts texts) {
        List<String> found = new ArrayList<>();
        for (Row row : rows) {
            for (int code : row.codes()) {
                for (Map.Entry<String, List<String>> language : row.terms().entrySet()) {
                    String text = texts.text(code, language.getKey());
                    String lower = text.toLowerCase(Locale.ROOT);
                    List<String> hits = language.getValue().stream()
                            .filter(t -> lower.contains(t.toLowerCase(Locale.ROOT)))
                            .toList();
                    String where = code + " " + language.getKey() + ": \"" + text + "\" ";
                    if (row.forbids() && !hits.isEmpty()) {
                        found.add(where + "uses " + row.term() + " (" + String.join(" / ", hits) + ")");
                    } else if (!row.forbids() && hits.isEmpty()) {
                        found.add(where + "lacks " + row.term() + " (" + String.join(" / ", language.getValue()) + ")");
                    }
                }
            }
        }
        found.sort(null);
        return found;
    }

    private String text(int code, String locale) {
        ReplyCodeEntry entry = catalog.code(code).orElseThrow(() -> new AssertionError(code + " is in the catalog"));
        return locale.equals(catalog.locales().get(0))
                ? entry.text().source()
                : entry.translations().get(locale).source();
    }

    /** Reads the table between the glossary markers of docs/localization.md. */
    static List<Row> glossary() throws IOException {
        String doc = Files.readString(LOCALIZATION);
        Matcher table = Pattern.compile("(?s)<!-- glossary:start -->\\n(.*?)<!-- glossary:end -->")
                .matcher(doc);
        assertTrue(table.find(), "docs/localization.md has a glossary table between its markers");
        List<String> lines = table.group(1).lines().toList();
        List<String> header = cells(lines.get(0));
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            List<String> cells = cells(line);
            Map<String, List<String>> terms = new java.util.LinkedHashMap<>();
            for (int i = 2; i < header.size(); i++) {
                terms.put(header.get(i), List.of(cells.get(i).split(" / ")));
            }
            List<Integer> codes =
                    Arrays.stream(cells.get(1).split(" ")).map(Integer::valueOf).toList();
            rows.add(new Row(cells.get(0), codes, terms));
        }
        return rows;
    }

    private static List<String> cells(String line) {
        String inner = line.strip().replaceAll("^\\||\\|$", "");
        return Arrays.stream(inner.split("\\|")).map(String::strip).toList();
    }
}

package io.github.ftpreply.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No sentence of the three source lists is copied into the project's own prose: every title, description,
 * meaning and note of the catalog, and every doc, is compared run by run against the lists' fingerprints.
 *
 * <p>Reply {@code text} is exempt on purpose: it follows the RFCs' standard reply wording, which the source lists
 * quote too.
 */
class NoCopiedSentencesTest {

    @Test
    void catalogProseIsOurOwn() throws IOException {
        Catalog catalog = CatalogLoader.canonical();
        List<String> prose = new ArrayList<>();
        for (ReplyCodeEntry entry : catalog.codes()) {
            prose.add(entry.code() + " title: " + entry.title());
            prose.add(entry.code() + " description: " + entry.description());
            entry.placeholders().forEach(p -> prose.add(entry.code() + " placeholder: " + p.description()));
            for (TextVariant variant : entry.variants()) {
                prose.add(entry.code() + " variant " + variant.name() + ": " + variant.description());
                variant.placeholders()
                        .forEach(p -> prose.add(entry.code() + " variant placeholder: " + p.description()));
            }
            for (Meaning meaning : entry.meanings()) {
                prose.add(entry.code() + " meaning: " + meaning.meaning());
                meaning.why().ifPresent(why -> prose.add(entry.code() + " why: " + why));
            }
        }
        for (SocketErrorEntry entry : catalog.socketErrors()) {
            prose.add(entry.code() + " title: " + entry.title());
            prose.add(entry.code() + " description: " + entry.description());
        }
        Stream.concat(catalog.categories().stream(), catalog.groups().stream()).forEach(h -> {
            prose.add(h.key() + ": " + h.description());
            h.aliases().forEach(a -> a.note().ifPresent(note -> prose.add(h.key() + " alias note: " + note)));
        });
        catalog.sources().forEach(s -> prose.add("source " + s.id() + ": " + s.description()));
        assertEquals(List.of(), copied(prose));
    }

    @Test
    void docsAreOurOwn() throws IOException {
        List<String> docs = new ArrayList<>();
        docs.add(Files.readString(Path.of("..", "README.md")));
        try (Stream<Path> files = Files.list(Path.of("..", "docs"))) {
            // codes.md is generated from the catalog, whose prose catalogProseIsOurOwn checks field by field; read
            // as one text, it would only add runs across fields (a title, then a description) and RFC reply texts.
            for (Path file : files.filter(f -> f.toString().endsWith(".md"))
                    .filter(f -> !f.getFileName().toString().equals("codes.md"))
                    .sorted()
                    .toList()) {
                // Reply texts quoted in YAML examples follow the RFC's wording, as in the catalog itself.
                docs.add(file.getFileName() + ": " + Files.readString(file).replaceAll("(?m)^\\s*text: .*$", ""));
            }
        }
        assertEquals(List.of(), copied(docs));
    }

    @Test
    void fingerprintsCatchACopiedSentence() throws IOException {
        // Guards the guard: a sentence known to be in a source list must be caught.
        String fromASourceList = "Explains how to use the server or the meaning of a particular non-standard command.";
        assertEquals(1, copied(List.of(fromASourceList)).size());
    }

    private static List<String> copied(List<String> texts) throws IOException {
        Set<String> seeds = seedFingerprints();
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            Map<String, String> runs = SeedFingerprints.of(text);
            List<String> hits = runs.entrySet().stream()
                    .filter(e -> seeds.contains(e.getKey()))
                    .map(Map.Entry::getValue)
                    .toList();
            if (!hits.isEmpty()) {
                found.add(text.lines().findFirst().orElse("") + " <- copies \"" + hits.get(0) + "\"");
            }
        }
        return found;
    }

    private static Set<String> seedFingerprints() throws IOException {
        try (InputStream in = NoCopiedSentencesTest.class.getResourceAsStream("seed-fingerprints.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .collect(Collectors.toSet());
        }
    }
}

package io.github.ftpreply.examples.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/extending.md lives in this module, built by Maven like a user's project (the YAML in
 * src/main/resources, found with no configuration): its files are the doc's blocks verbatim, and it prints what the
 * doc says it prints.
 */
class AcmeExampleTest {

    private static final Path DOC = Path.of("..", "docs", "extending.md");
    private static final Pattern BLOCK =
            Pattern.compile("<!-- extending-example:(\\w+)([^>]*)-->\\s*```\\w*\\n(.*?)```", Pattern.DOTALL);

    @Test
    void printsWhatTheDocSays() throws IOException {
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            AcmeExample.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        assertEquals(
                blocks("output").get(0)[1],
                captured.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    @Test
    void sourcesAreTheDocsBlocksVerbatim() throws IOException {
        String yamlPath = blocks("yaml").get(0)[0].trim();
        assertEquals(blocks("yaml").get(0)[1], Files.readString(Path.of("src/main/resources", yamlPath)));
        for (String[] java : blocks("java")) {
            Matcher type = Pattern.compile("public (?:final )?(?:class|interface) (\\w+)")
                    .matcher(java[1]);
            type.find();
            Path source = Path.of("src/main/java/io/github/ftpreply/examples/extension", type.group(1) + ".java");
            assertEquals(java[1], Files.readString(source), source + " differs from its block in docs/extending.md");
        }
    }

    /** The doc's example blocks of one kind: {argument, body}. */
    private static List<String[]> blocks(String kind) throws IOException {
        List<String[]> blocks = new ArrayList<>();
        Matcher block = BLOCK.matcher(Files.readString(DOC));
        while (block.find()) {
            if (block.group(1).equals(kind)) {
                blocks.add(new String[] {block.group(2), block.group(3)});
            }
        }
        if (blocks.isEmpty()) {
            throw new AssertionError("docs/extending.md has no " + kind + " block of the worked example");
        }
        return blocks;
    }
}

package io.github.ftpreply.userbuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The user projects under src/it are the pages' snippets as written, so what the invoker builds prove is what a
 * reader of docs/getting-started.md and docs/extending.md gets: a page that changes fails here until the project
 * follows it.
 */
class UserBuildDocTest {
    private static final Path DOCS = Path.of("../docs");
    private static final Path PROJECTS = Path.of("src/it");
    /** The projects built from the getting-started POM as written; below-17 differs from them in its level. */
    private static final List<String> AT_RELEASE_17 =
            List.of("first-handler", "extension-catalog", "missing-code", "inline-yaml-change");
    /** What the projects add to the page's POM: the two arguments the issue asks a clean build to pass with. */
    private static final String LINT_ARGUMENTS = """
                      <compilerArgs>
                        <arg>-Xlint:all</arg>
                        <arg>-Werror</arg>
                      </compilerArgs>
            """;

    private static final String SNIPPET_START = "UserBuildDocTest checks it. -->\n";

    @Test
    void eachPomIsTheGettingStartedSnippetPlusTheTwoLintArguments() throws IOException {
        String snippet = block(read(DOCS.resolve("getting-started.md")), "## Maven\n\n```xml\n");
        for (String project : AT_RELEASE_17) {
            String pom = read(PROJECTS.resolve(project).resolve("pom.xml"));
            String fromDoc =
                    pom.substring(pom.indexOf(SNIPPET_START) + SNIPPET_START.length(), pom.indexOf("</project>"));
            assertEquals(1, count(fromDoc, LINT_ARGUMENTS), project + " adds the lint arguments once");
            assertEquals(
                    snippet,
                    dedent(fromDoc.replace(LINT_ARGUMENTS, "")).replace("@project.version@", "0.1.0"),
                    project + "/pom.xml against docs/getting-started.md");
        }
    }

    @Test
    void theBelow17ProjectDiffersFromTheFirstOnlyInItsLevel() throws IOException {
        String first = read(PROJECTS.resolve("first-handler/pom.xml"));
        String below = read(PROJECTS.resolve("below-17/pom.xml"));
        assertEquals(tail(first).replace(">17<", ">11<"), tail(below));
        assertEquals(2, count(tail(below), ">11<"));
    }

    @Test
    void handlersAreTheFirstHandlerOfTheGettingStartedPage() throws IOException {
        String handler = block(read(DOCS.resolve("getting-started.md")), "## A first handler\n\n```java\n");
        for (String project : List.of("first-handler", "extension-catalog", "below-17")) {
            assertEquals(handler, read(handlerOf(project)), project);
        }
        // "Drop @OnAnyReply and the build fails with [handler-missing-codes]": the page's handler without it.
        String withoutCatchAll = handler.replaceFirst("\n    @OnAnyReply\n[^}]*}\n", "");
        assertTrue(withoutCatchAll.length() < handler.length());
        assertEquals(withoutCatchAll, read(handlerOf("missing-code")));
    }

    @Test
    void mainRunsTheDispatchLineOfTheGettingStartedPage() throws IOException {
        String line = block(
                read(DOCS.resolve("getting-started.md")),
                "The processor generates `LoginHandlerDispatcher` next to it:\n\n```java\n");
        for (String project : List.of("first-handler", "extension-catalog")) {
            String main = read(PROJECTS.resolve(project).resolve("src/main/java/com/example/Main.java"));
            assertTrue(main.contains("        " + line), project);
        }
    }

    @Test
    void theExtensionProjectIsTheAcmeExampleOfTheExtendingPage() throws IOException {
        String doc = read(DOCS.resolve("extending.md"));
        Path project = PROJECTS.resolve("extension-catalog");
        Matcher block = Pattern.compile(
                        "<!-- extending-example:(\\w+)( [^ ]+)? -->\\n```\\w*\\n(.*?)```", Pattern.DOTALL)
                .matcher(doc);
        List<String> checked = new ArrayList<>();
        while (block.find()) {
            String body = block.group(3);
            switch (block.group(1)) {
                case "yaml" -> {
                    String path = "src/main/resources/" + block.group(2).trim();
                    assertEquals(body, read(project.resolve(path)), path);
                    checked.add(path);
                }
                case "java" -> {
                    String path = javaPath(body);
                    if (path.endsWith("/AcmeCatalog.java")) {
                        // The carrier as the page's "Using an extension" writes it: the default policy, so the
                        // translations the YAML lacks are notes, which -Werror must let through.
                        String carrier = block(doc, "## Using an extension: `@FtpReplyCatalog`\n", "```java\n");
                        assertTrue(read(project.resolve(path)).endsWith("\n" + carrier), path);
                    } else {
                        assertEquals(body, read(project.resolve(path)), path);
                    }
                    checked.add(path);
                }
                case "output" -> {
                    assertEquals(body, read(project.resolve("expected-output.txt")), "expected-output.txt");
                    checked.add("expected-output.txt");
                }
                default -> throw new AssertionError("unknown block kind " + block.group(1));
            }
        }
        assertEquals(5, checked.size(), checked.toString());
    }

    @Test
    void theInlineYamlProjectIsTheExampleOfTheExtendingPage() throws IOException {
        String example = block(read(DOCS.resolve("extending.md")), "<!-- inline-yaml-example -->\n```java\n");
        assertEquals(
                example,
                read(PROJECTS.resolve("inline-yaml-change/src/main/java/com/acme/AcmeCatalog.java")),
                "inline-yaml-change's AcmeCatalog.java against docs/extending.md");
    }

    /** The text of the first fenced block that {@code heading} ends in. */
    private static String block(String doc, String heading) {
        return block(doc, heading, "");
    }

    /** The text of the first fenced block that opens with {@code fence} after {@code heading}. */
    private static String block(String doc, String heading, String fence) {
        int at = doc.indexOf(heading);
        assertTrue(at >= 0, "the page has no " + heading.strip());
        int start = doc.indexOf(fence, at + heading.length()) + fence.length();
        return doc.substring(start, doc.indexOf("```", start));
    }

    private static Path handlerOf(String project) {
        return PROJECTS.resolve(project).resolve("src/main/java/com/example/LoginHandler.java");
    }

    private static String javaPath(String java) {
        Matcher pkg = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE).matcher(java);
        Matcher type = Pattern.compile("^public (?:final )?(?:class|interface) (\\w+)", Pattern.MULTILINE)
                .matcher(java);
        assertTrue(pkg.find() && type.find());
        return "src/main/java/" + pkg.group(1).replace('.', '/') + "/" + type.group(1) + ".java";
    }

    /** The POM from the page's snippet on, without the lines that name the project. */
    private static String tail(String pom) {
        return pom.substring(pom.indexOf(SNIPPET_START));
    }

    private static String dedent(String text) {
        return text.lines().map(l -> l.startsWith("  ") ? l.substring(2) : l).reduce("", (a, l) -> a + l + "\n");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }
}

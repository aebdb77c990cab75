package io.github.ftpreply.examples.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snippets of docs/integrations.md (each marked {@code <!-- integrations-example:java -->}) compile as written,
 * with ftpreply's annotation processor and {@code -Xlint:all -Werror}, against the two integration modules.
 */
class IntegrationsDocTest {

    private static final Pattern BLOCK =
            Pattern.compile("<!-- integrations-example:java -->\\n```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern TYPE = Pattern.compile("^public (?:final )?class (\\w+)", Pattern.MULTILINE);

    @TempDir
    Path out;

    @Test
    void everySnippetCompilesWithoutWarnings() throws Exception {
        String doc = Files.readString(Path.of("../docs/integrations.md"), StandardCharsets.UTF_8);
        List<JavaFileObject> sources = new ArrayList<>();
        Matcher block = BLOCK.matcher(doc);
        while (block.find()) {
            String body = block.group(1);
            Matcher type = TYPE.matcher(body);
            assertTrue(type.find(), body);
            sources.add(new Source(type.group(1), body));
        }
        assertEquals(3, sources.size());

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "-Xlint:all",
                    "-Werror",
                    "--release",
                    "17",
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-d",
                    out.toString(),
                    "-s",
                    out.toString());
            boolean compiled = javac.getTask(diagnostics, files, null, options, null, sources)
                    .call();
            assertTrue(compiled, diagnostics.toString());
        }
        assertTrue(Files.exists(out.resolve("com/example/ftp/LoginHandlerDispatcher.class")), "dispatcher generated");
        assertTrue(Files.exists(out.resolve("com/example/ftp/Upload.class")));
        assertTrue(Files.exists(out.resolve("com/example/ftp/Servers.class")));
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String simpleName, String code) {
            super(java.net.URI.create("string:///com/example/ftp/" + simpleName + ".java"), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}

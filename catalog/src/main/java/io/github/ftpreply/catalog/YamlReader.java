package io.github.ftpreply.catalog;

import io.github.ftpreply.catalog.yaml.Position;
import io.github.ftpreply.catalog.yaml.YamlMap;
import io.github.ftpreply.catalog.yaml.YamlNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads a YAML document into plain {@link YamlNode}s, safely.
 *
 * <p>SnakeYAML only <em>parses</em> the document; {@link YamlComposer} builds the nodes from its events, and nothing
 * is ever constructed from a tag, so a {@code !!java.net.URL} in a catalog is reported, never instantiated. The
 * limits below keep a hostile or broken file from using unbounded time or memory.
 */
final class YamlReader {

    /** Largest document accepted, in bytes. */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    /** Largest document accepted, in code points (SnakeYAML's own limit, checked while scanning). */
    static final int MAX_CODE_POINTS = 4_000_000;
    /** Most aliases ({@code *name}) of maps and lists a document may use; aliases of scalars are free. */
    static final int MAX_ALIASES = 10;
    /** Deepest nesting of nodes, the root being level 1; an alias counts as deep as what it names. */
    static final int MAX_DEPTH = 20;

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private YamlReader(String file) {
        this.file = file;
    }

    /** The outcome of reading: the root node unless the YAML itself was unreadable, and every problem found. */
    record Result(Optional<YamlNode> root, List<Diagnostic> diagnostics) {
        Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** Reads {@code in} completely (up to {@link #MAX_BYTES}); does not close it. */
    static Result read(String file, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        return new YamlReader(file).readBytes(bytes);
    }

    private Result readBytes(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return failure(
                    CatalogError.YAML_LIMIT,
                    Position.START,
                    "the file is larger than " + MAX_BYTES / (1024 * 1024)
                            + " MiB; split it or remove what is not needed");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return failure(
                    CatalogError.YAML_SYNTAX,
                    YamlProblems.firstNonUtf8(bytes).orElse(Position.START),
                    "this byte is not UTF-8; save the file as UTF-8");
        }
        YamlNode root;
        try {
            root = YamlComposer.document(
                    new ParserImpl(new StreamReader(new StringReader(text)), loaderOptions()), file, diagnostics);
        } catch (YamlComposer.Stop e) {
            return failure(e.error(), e.position(), e.getMessage());
        } catch (MarkedYAMLException e) {
            return failure(classify(e), YamlComposer.position(e.getProblemMark()), describe(e));
        } catch (YAMLException e) {
            return failure(classify(e), Position.START, e.getMessage() + "; fix the YAML so that it parses");
        }
        if (root == null && diagnostics.isEmpty()) {
            return new Result(Optional.of(new YamlMap(List.of(), Position.START)), diagnostics); // an empty file
        }
        return new Result(Optional.ofNullable(root), diagnostics);
    }

    /** The parser's limits; composing (anchors, aliases, nesting) is {@link YamlComposer}'s. */
    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        return options;
    }

    private Result failure(CatalogError error, Position position, String message) {
        diagnostics.add(Diagnostic.error(error, file, position, message));
        return new Result(Optional.empty(), diagnostics);
    }

    private static CatalogError classify(YAMLException e) {
        // The scanner's code point limit is the only limit the parser checks.
        return String.valueOf(e.getMessage()).contains("exceeds the limit")
                ? CatalogError.YAML_LIMIT
                : CatalogError.YAML_SYNTAX;
    }

    private static String describe(MarkedYAMLException e) {
        return classify(e) == CatalogError.YAML_SYNTAX
                ? YamlProblems.explain(e.getProblem(), e.getContext())
                : String.valueOf(e.getProblem()) + "; fix the YAML at this place";
    }
}

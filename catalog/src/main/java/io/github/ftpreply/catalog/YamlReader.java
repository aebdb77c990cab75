package io.github.ftpreply.catalog;

import io.github.ftpreply.catalog.yaml.Position;
import io.github.ftpreply.catalog.yaml.YamlList;
import io.github.ftpreply.catalog.yaml.YamlMap;
import io.github.ftpreply.catalog.yaml.YamlNode;
import io.github.ftpreply.catalog.yaml.YamlScalar;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a YAML document into plain {@link YamlNode}s, safely.
 *
 * <p>SnakeYAML only <em>composes</em> the document (builds its node graph); nothing is ever constructed from a
 * tag, so a {@code !!java.net.URL} in a catalog is reported, never instantiated. The limits below keep a hostile or
 * broken file from using unbounded time or memory.
 */
final class YamlReader {

    /** Largest document accepted, in bytes. */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    /** Largest document accepted, in code points (SnakeYAML's own limit, checked while scanning). */
    static final int MAX_CODE_POINTS = 4_000_000;
    /** Most aliases ({@code *name}) a document may use. */
    static final int MAX_ALIASES = 10;
    /** Deepest nesting of maps and lists. */
    static final int MAX_DEPTH = 20;

    private static final Map<Tag, YamlScalar.Type> SCALAR_TAGS = Map.of(
            Tag.STR, YamlScalar.Type.STRING,
            // A plain scalar that looks like a date stays text: no catalog field is a timestamp.
            Tag.TIMESTAMP, YamlScalar.Type.STRING,
            Tag.INT, YamlScalar.Type.INTEGER,
            Tag.FLOAT, YamlScalar.Type.FLOAT,
            Tag.BOOL, YamlScalar.Type.BOOLEAN,
            Tag.NULL, YamlScalar.Type.NULL);

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
        Node root;
        try {
            root = compose(text);
        } catch (MarkedYAMLException e) {
            return failure(classify(e), position(e.getProblemMark()), describe(e));
        } catch (YAMLException e) {
            if (String.valueOf(e.getMessage()).contains("Nesting Depth")) {
                return failure(
                        CatalogError.YAML_LIMIT,
                        YamlProblems.tooDeep(text, MAX_DEPTH),
                        "nesting is deeper than " + MAX_DEPTH + " levels here; flatten the document");
            }
            if (String.valueOf(e.getMessage()).contains("Number of aliases")) {
                return failure(
                        CatalogError.YAML_LIMIT,
                        YamlProblems.tooManyAliases(text, MAX_ALIASES),
                        "this alias is one more than the " + MAX_ALIASES + " aliases of maps and lists a catalog may"
                                + " use; write the values out");
            }
            return failure(classify(e), Position.START, e.getMessage() + "; fix the YAML so that it parses");
        }
        if (root == null) {
            return new Result(Optional.of(new YamlMap(List.of(), Position.START)), diagnostics);
        }
        YamlNode converted = convert(root, 1);
        return new Result(Optional.ofNullable(converted), diagnostics);
    }

    /**
     * What {@code new Yaml(options).compose(reader)} does, without the {@code Yaml} facade: its constructor makes an
     * object constructor, a representer and dumper options that composing never uses, and loading them (about sixty
     * classes and a {@code java.util.logging} logger) was a quarter of reading an extension catalog in a compilation.
     */
    private static Node compose(String text) {
        LoaderOptions options = loaderOptions();
        ParserImpl parser = new ParserImpl(new StreamReader(new java.io.StringReader(text)), options);
        return new Composer(parser, new Resolver(), options).getSingleNode();
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        // Duplicates are reported by the validator, with both positions, instead of failing the whole parse.
        options.setAllowDuplicateKeys(true);
        options.setMergeOnCompose(false);
        // Composing never constructs a tagged object; refusing global tags here as well costs nothing.
        options.setTagInspector(tag -> false);
        return options;
    }

    private YamlNode convert(Node node, int depth) {
        if (depth > MAX_DEPTH) {
            diagnostics.add(Diagnostic.error(
                    CatalogError.YAML_LIMIT,
                    file,
                    position(node.getStartMark()),
                    "nesting is deeper than " + MAX_DEPTH
                            + " levels (or an alias refers to itself); flatten the document"));
            return null;
        }
        Tag tag = node.getTag();
        if (node instanceof ScalarNode scalar) {
            YamlScalar.Type type = SCALAR_TAGS.get(tag);
            if (type == null) {
                return unsupportedTag(node);
            }
            return new YamlScalar(scalar.getValue(), type, position(node.getStartMark()));
        }
        if (node instanceof SequenceNode sequence) {
            if (!Tag.SEQ.equals(tag)) {
                return unsupportedTag(node);
            }
            List<YamlNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                YamlNode converted = convert(item, depth + 1);
                if (converted != null) {
                    items.add(converted);
                }
            }
            return new YamlList(items, position(node.getStartMark()));
        }
        MappingNode mapping = (MappingNode) node;
        if (!Tag.MAP.equals(tag)) {
            return unsupportedTag(node);
        }
        List<YamlMap.Entry> entries = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode key = convert(tuple.getKeyNode(), depth + 1);
            YamlNode value = convert(tuple.getValueNode(), depth + 1);
            if (key == null || value == null) {
                continue;
            }
            if (key instanceof YamlScalar scalarKey && scalarKey.type() != YamlScalar.Type.NULL) {
                entries.add(new YamlMap.Entry(scalarKey, value));
            } else {
                diagnostics.add(Diagnostic.error(
                        CatalogError.WRONG_TYPE,
                        file,
                        key.position(),
                        "a key must be a plain word, found " + key.kindName() + "; write the key as text"));
            }
        }
        return new YamlMap(entries, position(node.getStartMark()));
    }

    private YamlNode unsupportedTag(Node node) {
        diagnostics.add(Diagnostic.error(
                CatalogError.YAML_TAG,
                file,
                position(node.getStartMark()),
                "tag '" + node.getTag().getValue()
                        + "' is not allowed: a catalog holds only maps, lists and plain values;" + " remove the tag"));
        return null;
    }

    private Result failure(CatalogError error, Position position, String message) {
        diagnostics.add(Diagnostic.error(error, file, position, message));
        return new Result(Optional.empty(), diagnostics);
    }

    private static CatalogError classify(YAMLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("exceeds the limit")
                || message.contains("Nesting Depth")
                || message.contains("Number of aliases")) {
            return CatalogError.YAML_LIMIT;
        }
        if (message.contains("Global tag is not allowed")) {
            return CatalogError.YAML_TAG;
        }
        return CatalogError.YAML_SYNTAX;
    }

    private static String describe(MarkedYAMLException e) {
        return classify(e) == CatalogError.YAML_SYNTAX
                ? YamlProblems.explain(e.getProblem(), e.getContext())
                : String.valueOf(e.getProblem()) + "; fix the YAML at this place";
    }

    private static Position position(Mark mark) {
        return mark == null ? Position.START : new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }
}

package io.github.ftpreply.catalog;

import static io.github.ftpreply.catalog.CatalogValidatorTest.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ftpreply.catalog.yaml.Position;
import io.github.ftpreply.catalog.yaml.YamlList;
import io.github.ftpreply.catalog.yaml.YamlMap;
import io.github.ftpreply.catalog.yaml.YamlNode;
import io.github.ftpreply.catalog.yaml.YamlScalar;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * {@link YamlComposer} builds from the parser's events the same tree, with the same types and positions, as
 * SnakeYAML's own {@code Composer} followed by a plain conversion; and it stops at each limit where it is passed.
 */
class YamlComposerPropertyTest {

    private static final Map<Tag, YamlScalar.Type> TYPES = Map.of(
            Tag.STR, YamlScalar.Type.STRING,
            Tag.TIMESTAMP, YamlScalar.Type.STRING,
            Tag.INT, YamlScalar.Type.INTEGER,
            Tag.FLOAT, YamlScalar.Type.FLOAT,
            Tag.BOOL, YamlScalar.Type.BOOLEAN,
            Tag.NULL, YamlScalar.Type.NULL);

    @Property(tries = 3000)
    void buildsWhatSnakeYamlsComposerBuilds(@ForAll long seed) throws IOException {
        String yaml = new Document(new Random(seed)).text();
        YamlReader.Result read =
                YamlReader.read("t.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), read.diagnostics(), yaml);
        Node composed = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        assertEquals(expected(composed), read.root().orElseThrow(), yaml);
    }

    @Example
    void anAnchorDefinedAgainInsideItsListStands() throws IOException {
        // SnakeYAML registers a list's anchor at its start: the inner &x replaces it, inside and after the list.
        String yaml = "a: &x [&x b, *x]\nc: *x\n";
        YamlReader.Result read =
                YamlReader.read("t.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), read.diagnostics());
        assertEquals(
                expected(new Yaml(new LoaderOptions()).compose(new StringReader(yaml))),
                read.root().orElseThrow());
    }

    @Example
    void aliasOfAnEnclosingListIsRefused() {
        Diagnostic d = single("schema: 1\ncodes: []\na: &a [x, *a]\n", CatalogError.YAML_LIMIT, 3, 11);
        assertTrue(d.message().contains("holds it"), d.message());
    }

    @Example
    void aliasCountsAsDeepAsWhatItNames() {
        // 'a' spans 12 levels below the root map; an alias of it 10 levels down reaches level 21.
        String deep = "[".repeat(11) + "x" + "]".repeat(11);
        String yaml = "schema: 1\ncodes: []\na: &a " + deep + "\nb: " + "[".repeat(9) + "*a" + "]".repeat(9) + "\n";
        single(yaml, CatalogError.YAML_LIMIT, 4, 13);
    }

    @Example
    void aliasWithoutAnchorIsRefusedWhereItIs() {
        Diagnostic d = single("schema: 1\ncodes: []\na: *nowhere\n", CatalogError.YAML_SYNTAX, 3, 4);
        assertTrue(d.message().contains("names no anchor"), d.message());
    }

    @Example
    void whatAnUnallowedTagHoldsIsNotReportedAgain() {
        single("schema: 1\ncodes: []\nsources: !!set {!!binary a: b, ? [x] : y}\n", CatalogError.YAML_TAG, 3, 10);
    }

    /** A random flow document: nested maps and lists of varied scalars, with anchors and aliases of finished nodes. */
    private static final class Document {
        private static final String[] SCALARS = {
            "a", "word with spaces", "242", "0", "007", "-3", "1.5", "1e3", ".inf", "4.2.2", "0x1F", "2026-11-29",
            "yes", "No", "on", "y", "~", "null", "'quoted'", "\"dq \\u00e9\"", "!!str 12", "!!int 7", "'yes'", "é",
            "!!float 2", "!!null ''", "! 12"
        };
        private final Random random;
        private final List<String> anchors = new ArrayList<>();
        private int aliases;

        Document(Random random) {
            this.random = random;
        }

        String text() {
            StringBuilder out = new StringBuilder("root: ");
            node(out, 1);
            return out.append('\n').toString();
        }

        private void node(StringBuilder out, int depth) {
            int kind = depth > 5 ? 0 : random.nextInt(6);
            if (kind == 5 && !anchors.isEmpty() && aliases < 8) {
                aliases++;
                out.append('*').append(anchors.get(random.nextInt(anchors.size())));
                return;
            }
            String anchor = random.nextInt(4) == 0 ? "n" + random.nextInt(1_000_000) : null;
            if (anchor != null) {
                out.append('&').append(anchor).append(' ');
            }
            if (kind <= 2 || kind == 5) {
                out.append(SCALARS[random.nextInt(SCALARS.length)]);
            } else if (kind == 3) {
                out.append('[');
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    out.append(i == 0 ? "" : ", ");
                    node(out, depth + 1);
                }
                out.append(']');
            } else {
                out.append('{');
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    out.append(i == 0 ? "" : ", ")
                            .append("k")
                            .append(random.nextInt(3))
                            .append(": ");
                    node(out, depth + 1);
                }
                out.append('}');
            }
            if (anchor != null) {
                anchors.add(anchor); // aliased only once finished: an alias inside would be recursive
            }
        }
    }

    private static YamlNode expected(Node node) {
        Position at = new Position(
                node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
        if (node instanceof ScalarNode scalar) {
            return new YamlScalar(scalar.getValue(), TYPES.get(node.getTag()), at);
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(expected(item));
            }
            return new YamlList(items, at);
        }
        List<YamlMap.Entry> entries = new ArrayList<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            entries.add(new YamlMap.Entry((YamlScalar) expected(tuple.getKeyNode()), expected(tuple.getValueNode())));
        }
        return new YamlMap(entries, at);
    }
}

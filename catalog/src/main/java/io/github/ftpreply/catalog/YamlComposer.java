package io.github.ftpreply.catalog;

import io.github.ftpreply.catalog.yaml.Position;
import io.github.ftpreply.catalog.yaml.YamlList;
import io.github.ftpreply.catalog.yaml.YamlMap;
import io.github.ftpreply.catalog.yaml.YamlNode;
import io.github.ftpreply.catalog.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Builds our {@link YamlNode}s straight from SnakeYAML's parser events, as SnakeYAML's {@code Composer} would build
 * its nodes (anchors, aliases, one document), and checks the limits on the way: each problem at its own line and
 * column. Skipping the {@code Composer}, its node classes, a conversion pass and the {@code Resolver}'s patterns
 * saves a cold javac about 20 ms per extension (docs/performance.md, fix 28); plain scalars are typed by
 * {@link PlainScalars}.
 *
 * <p>A node with a tag other than YAML's own string, number, boolean, null, map and list tags is reported and left
 * out, and composing goes on, so that every such tag is reported. Nothing is ever constructed from a tag.
 */
final class YamlComposer {

    /** A problem that ends composing: a limit passed, an alias without an anchor, a second document. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final CatalogError error;
        private final transient Position position;

        Stop(CatalogError error, Position position, String message) {
            super(message, null, false, false);
            this.error = error;
            this.position = position;
        }

        CatalogError error() {
            return error;
        }

        Position position() {
            return position;
        }
    }

    private final Parser parser;
    private final String file;
    private final List<Diagnostic> diagnostics;
    /** By anchor, its latest definition: as in SnakeYAML, a map's or list's from its start, a scalar's once read. */
    private final Map<String, Anchored> anchors = new HashMap<>();

    private int collectionAliases;
    /** How many levels the node {@link #node} returned last spans: 1 for a scalar. */
    private int height;
    /** Above zero inside a map or list whose tag was reported: what it holds is left out with it, unreported. */
    private int muted;

    /**
     * What an anchor names: its node (null if left out), whether it is a map or list, and its height; or, while
     * {@code open}, a map or list still being composed, which an alias inside it would make recursive.
     */
    private record Anchored(YamlNode node, boolean collection, int height, boolean open) {}

    private YamlComposer(Parser parser, String file, List<Diagnostic> diagnostics) {
        this.parser = parser;
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /**
     * The stream's single document (null if the stream is empty); problems with a node are added to
     * {@code diagnostics}, and the node is left out.
     *
     * @throws Stop if composing cannot go on
     * @throws org.yaml.snakeyaml.error.YAMLException if the parser finds the text broken
     */
    static YamlNode document(Parser parser, String file, List<Diagnostic> diagnostics) {
        parser.getEvent(); // stream start
        YamlNode root = null;
        if (!parser.checkEvent(Event.ID.StreamEnd)) {
            parser.getEvent(); // document start
            root = new YamlComposer(parser, file, diagnostics).node(1);
            parser.getEvent(); // document end
        }
        if (!parser.checkEvent(Event.ID.StreamEnd)) {
            throw new Stop(
                    CatalogError.YAML_SYNTAX,
                    position(parser.getEvent().getStartMark()),
                    "a second YAML document starts here, and a catalog is one document; remove this '---' and what"
                            + " follows, or move it into the document above");
        }
        return root;
    }

    /** The next node, {@code depth} levels down from the document (1 for the root). */
    private YamlNode node(int depth) {
        Event event = parser.getEvent();
        if (event instanceof AliasEvent alias) {
            return alias(alias, depth);
        }
        if (depth > YamlReader.MAX_DEPTH) {
            throw tooDeep(position(event.getStartMark()));
        }
        if (event instanceof ScalarEvent scalar) {
            YamlNode node = scalar(scalar);
            height = 1;
            if (scalar.getAnchor() != null) {
                anchors.put(scalar.getAnchor(), new Anchored(node, false, 1, false));
            }
            return node;
        }
        CollectionStartEvent start = (CollectionStartEvent) event;
        String anchor = start.getAnchor();
        Anchored open = new Anchored(null, true, 0, true);
        if (anchor != null) {
            anchors.put(anchor, open);
        }
        YamlNode node = start instanceof SequenceStartEvent ? list(start, depth) : map(start, depth);
        if (anchor != null && anchors.get(anchor) == open) { // unless defined again inside, which then stands
            anchors.put(anchor, new Anchored(node, true, height, false));
        }
        return node;
    }

    private static Stop tooDeep(Position at) {
        return new Stop(
                CatalogError.YAML_LIMIT,
                at,
                "nesting is deeper than " + YamlReader.MAX_DEPTH + " levels here; flatten the document");
    }

    private YamlNode alias(AliasEvent alias, int depth) {
        String anchor = alias.getAnchor();
        Position at = position(alias.getStartMark());
        Anchored anchored = anchors.get(anchor);
        if (anchored == null) {
            throw new Stop(CatalogError.YAML_SYNTAX, at, YamlProblems.explain("found undefined alias " + anchor, null));
        }
        if (anchored.open()) {
            throw new Stop(
                    CatalogError.YAML_LIMIT,
                    at,
                    "this alias refers to the map or list that holds it, which would never end; write the values out");
        }
        // As SnakeYAML counts: aliases of maps and lists (each a copy of the whole), not of scalars.
        if (anchored.collection() && ++collectionAliases > YamlReader.MAX_ALIASES) {
            throw new Stop(
                    CatalogError.YAML_LIMIT,
                    at,
                    "this alias is one more than the " + YamlReader.MAX_ALIASES + " aliases of maps and lists a"
                            + " catalog may use; write the values out");
        }
        // The aliased node is nested here as deep as it is long: the limit holds for the document as read.
        if (depth + anchored.height() - 1 > YamlReader.MAX_DEPTH) {
            throw tooDeep(at);
        }
        height = anchored.height();
        return anchored.node(); // null where the anchored node was left out: its problem is reported already
    }

    private YamlNode scalar(ScalarEvent event) {
        String tag = event.getTag();
        Position at = position(event.getStartMark());
        if (tag == null || tag.equals("!")) {
            tag = event.getImplicit().canOmitTagInPlainScalar() ? PlainScalars.tag(event.getValue()) : PlainScalars.STR;
        }
        YamlScalar.Type type = switch (tag) {
            case PlainScalars.STR, PlainScalars.TIMESTAMP -> YamlScalar.Type.STRING; // no field is a timestamp
            case PlainScalars.INT -> YamlScalar.Type.INTEGER;
            case PlainScalars.FLOAT -> YamlScalar.Type.FLOAT;
            case PlainScalars.BOOL -> YamlScalar.Type.BOOLEAN;
            case PlainScalars.NULL -> YamlScalar.Type.NULL;
            default -> null;
        };
        return type == null ? unsupported(tag, at) : new YamlScalar(event.getValue(), type, at);
    }

    private YamlNode list(CollectionStartEvent start, int depth) {
        boolean allowed = allowed(start, PlainScalars.SEQ);
        List<YamlNode> items = new ArrayList<>();
        int tallest = 0;
        while (!parser.checkEvent(Event.ID.SequenceEnd)) {
            YamlNode item = node(depth + 1);
            tallest = Math.max(tallest, height);
            if (item != null) {
                items.add(item);
            }
        }
        parser.getEvent();
        return close(allowed, tallest, new YamlList(items, position(start.getStartMark())));
    }

    private YamlNode map(CollectionStartEvent start, int depth) {
        boolean allowed = allowed(start, PlainScalars.MAP);
        List<YamlMap.Entry> entries = new ArrayList<>();
        int tallest = 0;
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            YamlNode key = node(depth + 1);
            tallest = Math.max(tallest, height);
            YamlNode value = node(depth + 1);
            tallest = Math.max(tallest, height);
            if (key == null || value == null) {
                continue;
            }
            if (key instanceof YamlScalar scalarKey && scalarKey.type() != YamlScalar.Type.NULL) {
                entries.add(new YamlMap.Entry(scalarKey, value));
            } else {
                report(Diagnostic.error(
                        CatalogError.WRONG_TYPE,
                        file,
                        key.position(),
                        "a key must be a plain word, found " + key.kindName() + "; write the key as text"));
            }
        }
        parser.getEvent();
        return close(allowed, tallest, new YamlMap(entries, position(start.getStartMark())));
    }

    /**
     * Whether a map or list has no tag or its own ({@code expected}). Any other is reported before what the node
     * holds, which is then composed (for its anchors and limits) but left out unreported.
     */
    private boolean allowed(CollectionStartEvent start, String expected) {
        String tag = start.getTag();
        if (tag == null || tag.equals("!") || tag.equals(expected)) {
            return true;
        }
        unsupported(tag, position(start.getStartMark()));
        muted++;
        return false;
    }

    private YamlNode close(boolean allowed, int tallest, YamlNode node) {
        height = tallest + 1;
        if (allowed) {
            return node;
        }
        muted--;
        return null;
    }

    private YamlNode unsupported(String tag, Position at) {
        report(Diagnostic.error(
                CatalogError.YAML_TAG,
                file,
                at,
                "tag '" + tag + "' is not allowed: a catalog holds only maps, lists and plain values; remove the tag"));
        return null;
    }

    private void report(Diagnostic diagnostic) {
        if (muted == 0) {
            diagnostics.add(diagnostic);
        }
    }

    static Position position(Mark mark) {
        return mark == null ? Position.START : new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }
}

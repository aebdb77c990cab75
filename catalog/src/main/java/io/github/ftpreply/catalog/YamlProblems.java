package io.github.ftpreply.catalog;

import io.github.ftpreply.catalog.yaml.Position;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Says what went wrong in a YAML file in a user's words, where it went wrong: SnakeYAML's parser messages are
 * translated ("expected &lt;block end&gt;" means indentation), and a byte that is not UTF-8 is located at its line
 * and column.
 */
final class YamlProblems {

    private YamlProblems() {}

    /** The position of the first byte that is not UTF-8, if there is one. */
    static Optional<Position> firstNonUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        if (!result.isError()) {
            return Optional.empty();
        }
        return Optional.of(positionAfter(new String(bytes, 0, in.position(), StandardCharsets.UTF_8)));
    }

    /** Where the character after {@code prefix} is: its line and 1-based column. */
    static Position positionAfter(String prefix) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < prefix.length(); i++) {
            if (prefix.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, prefix.length() - lineStart + 1);
    }

    /** A SnakeYAML problem ("mapping values are not allowed here") in plain words, with what to do. */
    static String explain(String problem, String context) {
        String p = problem == null ? "" : problem;
        String c = context == null ? "" : context;
        if (p.startsWith("expected <block end>")) {
            return "this line does not line up with the lines above it: the keys of one map start in the same"
                    + " column, and a list item starts with '- ' under its key; fix the indentation";
        }
        if (p.startsWith("mapping values are not allowed")) {
            return "a ': ' here would start a key inside a value; put the value in quotes if it holds ': '";
        }
        if (p.contains("cannot start any token") && p.contains("\\t")) {
            return "a tab cannot indent YAML; indent with spaces";
        }
        if (p.contains("cannot start any token")) {
            return "a value cannot start with this character; put the value in quotes";
        }
        if (p.startsWith("could not find expected ':'")) {
            return "a key has no ':' after it, or a quoted value ends early; write 'key: value'";
        }
        if (p.startsWith("found unexpected end of stream") || c.contains("quoted scalar")) {
            return "a quoted value is never closed; add the closing quote";
        }
        if (p.startsWith("found undefined alias")) {
            return "an alias (*name) names no anchor (&name) written before it; define the anchor or remove the alias";
        }
        if (p.startsWith("found unknown escape character") || p.startsWith("expected escape sequence")) {
            return "a backslash in a double-quoted value starts an escape YAML does not know; write \\\\ for a"
                    + " backslash, or use single quotes";
        }
        if (c.contains("flow sequence") || c.contains("flow mapping")) {
            return "a list in [ ] or a map in { } is not closed, or its items are not separated by ','; close it";
        }
        if (p.startsWith("expected <document start>")) {
            return "there is more after the document's top-level map; indent it under a key or remove it";
        }
        if (c.contains("block mapping") || c.contains("block collection")) {
            return "the map or list started above is broken here (" + p + "); check the indentation and the ':'";
        }
        return "the YAML cannot be read here (" + p + (c.isEmpty() ? "" : ", " + c) + "); fix it at this place";
    }
}

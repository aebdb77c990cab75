package io.github.ftpreply.processor;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.github.ftpreply.catalog.yaml.Position;
import java.io.IOException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a position in the YAML of {@code @FtpReplyCatalog(yaml = """...""")} stands in the Java source, so that a
 * catalog diagnostic names the source file, line and column as a compiler error would. Only javac lets a processor
 * see the source text (through its {@link Trees} API); elsewhere (ECJ, a wrapped processing environment), or when
 * the value is not one text block whose lines map one to one onto the source (a constant, a concatenation, an
 * escape that adds or joins lines), positions stay relative to the text: {@code AcmeCatalog yaml:3:5}.
 */
final class InlineYamlPositions {
    /** Finds the positions of one {@code yaml} value. */
    @FunctionalInterface
    interface Finder {
        InlineYamlPositions find(Element carrier, AnnotationMirror mirror, AnnotationValue value);
    }

    private final String file;
    /** The source line of the text's first line, or 0 if positions stay relative to the text. */
    private final long firstLine;
    /** Columns of indentation the text block stripped from every line. */
    private final int indent;

    private InlineYamlPositions(String file, long firstLine, int indent) {
        this.file = file;
        this.firstLine = firstLine;
        this.indent = indent;
    }

    /** Positions relative to the text, named after {@code carrier}. */
    static InlineYamlPositions relative(Element carrier) {
        return new InlineYamlPositions(carrier.getSimpleName() + " yaml", 0, 0);
    }

    /** Finds the text block of {@code value} in the source of {@code carrier}; relative positions if it cannot. */
    static InlineYamlPositions of(
            ProcessingEnvironment env, Element carrier, AnnotationMirror mirror, AnnotationValue value) {
        try {
            return inSource(Trees.instance(env), carrier, mirror, value);
        } catch (IllegalArgumentException | LinkageError | IOException e) {
            // Not javac (or its environment wrapped): Trees is not there to ask.
            return relative(carrier);
        }
    }

    private static InlineYamlPositions inSource(
            Trees trees, Element carrier, AnnotationMirror mirror, AnnotationValue value) throws IOException {
        TreePath path = trees.getPath(carrier, mirror, value);
        if (path == null) {
            return relative(carrier);
        }
        Tree leaf = path.getLeaf() instanceof AssignmentTree assignment ? assignment.getExpression() : path.getLeaf();
        CompilationUnitTree unit = path.getCompilationUnit();
        SourcePositions positions = trees.getSourcePositions();
        long start = positions.getStartPosition(unit, leaf);
        long end = positions.getEndPosition(unit, leaf);
        CharSequence source = unit.getSourceFile().getCharContent(true);
        if (leaf.getKind() != Tree.Kind.STRING_LITERAL
                || start < 0
                || end > source.length()
                || end - start < 6
                || !source.subSequence((int) start, (int) start + 3).toString().equals("\"\"\"")) {
            return relative(carrier);
        }
        String raw = source.subSequence((int) start + 3, (int) end - 3).toString();
        int opening = raw.indexOf('\n');
        if (opening < 0) {
            return relative(carrier);
        }
        // The lines between the delimiters; the last one holds what precedes the closing delimiter.
        String[] lines = raw.substring(opening + 1)
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .split("\n", -1);
        String text = (String) value.getValue();
        if (raw.contains("\\\n") || raw.contains("\\\r") || text.split("\n", -1).length != lines.length) {
            return relative(carrier); // an escape joined or added lines
        }
        int indent = Integer.MAX_VALUE;
        for (int i = 0; i < lines.length; i++) {
            boolean last = i == lines.length - 1;
            if (last || !lines[i].isBlank()) {
                indent = Math.min(indent, leadingWhitespace(lines[i]));
            }
        }
        String file = unit.getSourceFile().getName();
        long firstLine = unit.getLineMap().getLineNumber(start) + 1;
        return new InlineYamlPositions(file.substring(file.lastIndexOf('/') + 1), firstLine, indent);
    }

    private static int leadingWhitespace(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code AcmeCatalog.java:14:9}, or {@code AcmeCatalog yaml:3:5} when positions stay relative. */
    String at(Position position) {
        return firstLine == 0
                ? file + ":" + position
                : file + ":" + (firstLine + position.line() - 1) + ":" + (position.column() + indent);
    }
}

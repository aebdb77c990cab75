package io.github.ftpreply.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the sources of a project of N handler classes for {@link CompileTimeHarness}: 50 to a package, each with
 * four to six {@code @OnReply} methods over a rotating choice of codes, every parameter kind, and one of three
 * shapes (an {@code int} handler with a category and a catch-all method, a {@code void} handler covering all six
 * categories, a {@code String} handler whose methods throw a checked exception). Every file is a handler: the
 * worst case for the processor's share of the build.
 */
final class SyntheticProject {
    /** Catalog codes the handlers pick from. */
    private static final int[] CODES = {
        150, 226, 227, 229, 250, 257, 200, 213, 211, 215, 220, 221, 230, 331, 332, 350, 125, 425, 426, 450, 451, 500,
        501, 502, 530, 550, 553,
    };

    private static final String[] PARAMETERS = {"", "FtpReply reply", "FtpReplyCode code", "int code"};

    private SyntheticProject() {}

    /** Writes {@code size} handlers under {@code sourceRoot}; returns their paths. */
    static List<Path> write(Path sourceRoot, int size) throws IOException {
        List<Path> files = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String pkg = "synthetic.p" + (i / 50);
            String name = "Handler" + i;
            files.add(writeSource(sourceRoot, pkg, name, source(pkg, name, i)));
        }
        return files;
    }

    /** Writes {@code text} as the source of {@code pkg.name} under {@code sourceRoot}; returns its path. */
    static Path writeSource(Path sourceRoot, String pkg, String name, String text) throws IOException {
        Path file = sourceRoot.resolve(pkg.replace('.', '/')).resolve(name + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String source(String pkg, String name, int index) {
        int shape = index % 3;
        String type = switch (shape) {
            case 0 -> "int";
            case 1 -> "void";
            default -> "String";
        };
        String throwsClause = shape == 2 ? " throws IOException" : "";
        StringBuilder out = new StringBuilder()
                .append("package ")
                .append(pkg)
                .append(";\n\n")
                .append("import io.github.ftpreply.FtpReply;\n")
                .append("import io.github.ftpreply.FtpReplyCode;\n")
                .append("import io.github.ftpreply.FtpReplyHandler;\n")
                .append("import io.github.ftpreply.OnAnyReply;\n")
                .append("import io.github.ftpreply.OnCategory;\n")
                .append("import io.github.ftpreply.OnReply;\n")
                .append("import io.github.ftpreply.ReplyCategory;\n")
                .append("import java.io.IOException;\n\n")
                .append("/** Synthetic handler ")
                .append(index)
                .append(". */\n")
                .append("@FtpReplyHandler\n")
                .append("public class ")
                .append(name)
                .append(" {\n")
                .append("    private int calls;\n");
        int methods = 4 + index % 3;
        int first = index % CODES.length;
        for (int m = 0; m < methods; m++) {
            int code = CODES[(first + m) % CODES.length];
            String parameter = PARAMETERS[(index + m) % PARAMETERS.length];
            out.append("\n    @OnReply(")
                    .append(code)
                    .append(")\n")
                    .append("    ")
                    .append(type)
                    .append(" on")
                    .append(code)
                    .append("(")
                    .append(parameter)
                    .append(")")
                    .append(throwsClause)
                    .append(" {\n")
                    .append("        calls++;\n")
                    .append(body(type, parameter, code))
                    .append("    }\n");
        }
        if (shape == 1) {
            out.append("\n    @OnCategory({ReplyCategory.POSITIVE_PRELIMINARY, ReplyCategory.POSITIVE_COMPLETION,\n")
                    .append("            ReplyCategory.POSITIVE_INTERMEDIATE})\n")
                    .append("    void positive(FtpReply reply) {\n        calls++;\n    }\n")
                    .append("\n    @OnCategory({ReplyCategory.TRANSIENT_NEGATIVE, ReplyCategory.PERMANENT_NEGATIVE,\n")
                    .append("            ReplyCategory.PROTECTED})\n")
                    .append("    void negative(int code) {\n        calls += code;\n    }\n");
        } else {
            out.append("\n    @OnCategory({ReplyCategory.TRANSIENT_NEGATIVE, ReplyCategory.PERMANENT_NEGATIVE})\n")
                    .append("    ")
                    .append(type)
                    .append(" failed(FtpReply reply)")
                    .append(throwsClause)
                    .append(" {\n")
                    .append("        calls++;\n")
                    .append(body(type, "FtpReply reply", 0))
                    .append("    }\n")
                    .append("\n    @OnAnyReply\n")
                    .append("    ")
                    .append(type)
                    .append(" other(int code)")
                    .append(throwsClause)
                    .append(" {\n")
                    .append("        calls++;\n")
                    .append(body(type, "int code", 0))
                    .append("    }\n");
        }
        return out.append("}\n").toString();
    }

    private static String body(String type, String parameter, int code) {
        String value = switch (parameter) {
            case "FtpReply reply" -> "reply.code()";
            case "FtpReplyCode code" -> "code.code()";
            case "int code" -> "code";
            default -> String.valueOf(code);
        };
        return switch (type) {
            case "int" -> "        return " + value + " + calls;\n";
            case "String" -> "        return \"reply \" + " + value + ";\n";
            default -> "";
        };
    }
}

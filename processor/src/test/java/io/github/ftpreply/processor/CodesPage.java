package io.github.ftpreply.processor;

import io.github.ftpreply.catalog.Catalog;
import io.github.ftpreply.catalog.Category;
import io.github.ftpreply.catalog.FunctionGroup;
import io.github.ftpreply.catalog.Heading;
import io.github.ftpreply.catalog.Meaning;
import io.github.ftpreply.catalog.ReplyCodeEntry;
import io.github.ftpreply.catalog.SocketErrorEntry;
import io.github.ftpreply.catalog.TextTemplate;
import io.github.ftpreply.catalog.TextVariant;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes docs/codes.md, the reference page of the canonical catalog: an index, then every reply code with its
 * constant, category, group, specification, status, conflicting meanings, English text and variants, then the
 * socket errors apart. Written with the committed runtime sources ({@link RegenerateRuntimeSources}) and checked
 * with them ({@code RuntimeSourcesDriftTest}). Each entry has the anchor that the enums' Javadoc links to
 * ({@link EnumGenerator#anchor}).
 */
final class CodesPage {
    static final String PATH = "docs/codes.md";

    private final Catalog catalog;
    private final StringBuilder out = new StringBuilder();

    private CodesPage(Catalog catalog) {
        this.catalog = catalog;
    }

    static String markdown(Catalog catalog) {
        return new CodesPage(catalog).page();
    }

    private String page() {
        out.append("<!-- Generated from the canonical catalog by CodesPage (processor tests); do not edit. Change\n")
                .append(
                        "catalog/src/main/resources/io/github/ftpreply/catalog/ftp-replies.yaml, then regenerate with\n")
                .append("  ")
                .append(EnumGenerator.REGENERATE)
                .append("\n-->\n\n")
                .append("# FTP reply codes\n\n")
                .append("Every code of ftpreply's canonical catalog, generated from it (docs/catalog.md describes the")
                .append(" catalog). Each entry\nnames its `FtpReplyCode` constant; the texts are the English ones")
                .append(" (`FtpReplyMessages` has ")
                .append(catalog.locales().size())
                .append(" languages,\ndocs/localization.md). Windows Sockets errors, which clients report but")
                .append(" servers never send, are\n[at the end](#windows-sockets-errors).\n\n");
        index();
        for (ReplyCodeEntry entry : catalog.codes()) {
            code(entry);
        }
        socketErrors();
        return out.toString();
    }

    private void index() {
        out.append("| code | constant | title | category | status |\n|---|---|---|---|---|\n");
        for (ReplyCodeEntry entry : catalog.codes()) {
            out.append("| [")
                    .append(entry.code())
                    .append("](#")
                    .append(EnumGenerator.anchor(entry))
                    .append(") | `")
                    .append(entry.name())
                    .append("` | ")
                    .append(cell(entry.title()))
                    .append(" | ")
                    .append(entry.category().key())
                    .append(" | ")
                    .append(entry.status().key())
                    .append(" |\n");
        }
        out.append('\n');
    }

    private void code(ReplyCodeEntry entry) {
        out.append("<a id=\"")
                .append(EnumGenerator.anchor(entry))
                .append("\"></a>\n\n## ")
                .append(entry.code())
                .append(' ')
                .append(text(entry.title()))
                .append("\n\n")
                .append(text(entry.description()))
                .append("\n\n| | |\n|---|---|\n");
        row("constant", "`FtpReplyCode." + entry.name() + "`");
        row("category", entry.category().key() + " (" + entry.category().digit() + "xx)" + title(category(entry)));
        row(
                "group",
                entry.group()
                        .map(g -> g.key() + " (x" + g.digit() + "x)" + title(group(g)))
                        .orElse("none (second digit " + entry.code() / 10 % 10 + ")"));
        row("spec", cell(entry.spec().toString()));
        row("status", entry.status().key());
        if (!entry.sources().isEmpty()) {
            row("listed by", String.join(", ", entry.sources()));
        }
        row("text", literal(entry.text()));
        entry.placeholders().forEach(p -> row("`{" + p.name() + "}`", p.type().key() + ": " + cell(p.description())));
        out.append('\n');
        if (!entry.variants().isEmpty()) {
            variants(entry);
        }
        if (entry.hasConflicts()) {
            meanings(entry);
        }
    }

    private void variants(ReplyCodeEntry entry) {
        out.append("Variants (texts for particular uses):\n\n| variant | text | use |\n|---|---|---|\n");
        for (TextVariant variant : entry.variants()) {
            out.append("| `")
                    .append(variant.name())
                    .append('`')
                    .append(variant.multiLine() ? " (" + variant.lines().size() + " lines)" : "")
                    .append(" | ")
                    .append(variant.lines().stream().map(CodesPage::literal).collect(Collectors.joining(" / ")))
                    .append(" | ")
                    .append(cell(variant.description()))
                    .append(" |\n");
        }
        out.append('\n');
    }

    private void meanings(ReplyCodeEntry entry) {
        out.append("Sources disagree on this code; its meanings:\n\n");
        for (Meaning meaning : entry.meanings()) {
            out.append("- ")
                    .append(meaning.primary() ? "**Followed:** " : "")
                    .append(text(meaning.meaning()))
                    .append(" *From ")
                    .append(String.join(", ", meaning.origins()))
                    .append(".*")
                    .append(meaning.why().map(why -> " " + text(why)).orElse(""))
                    .append('\n');
        }
        out.append('\n');
    }

    private void socketErrors() {
        out.append("## Windows Sockets errors\n\nClient-side errors that some FTP clients report as if they were")
                .append(" replies; no server sends them, and\n`FtpReplyCode` has none: they are `SocketErrorCode`")
                .append(" constants.\n\n");
        for (SocketErrorEntry entry : catalog.socketErrors()) {
            out.append("<a id=\"")
                    .append(EnumGenerator.anchor(entry))
                    .append("\"></a>\n\n### ")
                    .append(entry.code())
                    .append(' ')
                    .append(text(entry.title()))
                    .append("\n\n`SocketErrorCode.")
                    .append(entry.name())
                    .append("`. ")
                    .append(text(entry.description()))
                    .append("\n\n");
        }
    }

    private Optional<Heading<Category>> category(ReplyCodeEntry entry) {
        return catalog.heading(entry.category());
    }

    private Optional<Heading<FunctionGroup>> group(FunctionGroup group) {
        return catalog.groups().stream().filter(h -> h.key() == group).findFirst();
    }

    private static String title(Optional<? extends Heading<?>> heading) {
        return heading.map(h -> ": " + cell(h.title())).orElse("");
    }

    private void row(String name, String value) {
        out.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    /** A catalog text as code, with table pipes escaped: {@code `(|||{port}|)`} would split the cell. */
    private static String literal(TextTemplate text) {
        String source = text.source().replace("|", "\\|");
        return source.contains("`") ? "`` " + source + " ``" : "`" + source + "`";
    }

    /** Prose in a table cell. */
    private static String cell(String prose) {
        return text(prose).replace("|", "\\|");
    }

    /** Prose as Markdown: angle brackets and the characters Markdown reads as emphasis or code stay literal. */
    private static String text(String prose) {
        return prose.replace("\\", "\\\\")
                .replace("<", "&lt;")
                .replace("*", "\\*")
                .replace("_", "\\_")
                .replace("`", "\\`");
    }
}

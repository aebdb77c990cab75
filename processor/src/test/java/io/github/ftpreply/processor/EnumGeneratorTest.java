package io.github.ftpreply.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.ftpreply.FtpReplyCode;
import io.github.ftpreply.ReplyCategory;
import io.github.ftpreply.ReplyGroup;
import io.github.ftpreply.ReplyStatus;
import io.github.ftpreply.SocketErrorCode;
import io.github.ftpreply.catalog.Catalog;
import io.github.ftpreply.catalog.CatalogException;
import io.github.ftpreply.catalog.CatalogLoader;
import io.github.ftpreply.catalog.Category;
import io.github.ftpreply.catalog.FunctionGroup;
import io.github.ftpreply.catalog.ReplyCodeEntry;
import io.github.ftpreply.catalog.SocketErrorEntry;
import io.github.ftpreply.catalog.Status;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The generated enums: what the committed runtime enums hold, and that any catalog text yields valid Java. */
class EnumGeneratorTest {
    private static final Catalog CANONICAL = CatalogLoader.canonical();

    @Test
    void everyCatalogCodeIsAConstantWithItsData() {
        assertThat(FtpReplyCode.values()).hasLength(CANONICAL.codes().size());
        for (ReplyCodeEntry entry : CANONICAL.codes()) {
            FtpReplyCode constant = FtpReplyCode.of(entry.code());
            assertThat(constant.name()).isEqualTo(entry.name());
            assertThat(constant.code()).isEqualTo(entry.code());
            assertThat(constant.category()).isEqualTo(ReplyCategory.of(entry.code()));
            assertThat(constant.group()).isEqualTo(ReplyGroup.of(entry.code()));
            assertThat(constant.status().name()).isEqualTo(entry.status().name());
            assertThat(constant.title()).isEqualTo(entry.title());
            assertThat(constant.description()).isEqualTo(entry.description());
            assertThat(constant.spec()).isEqualTo(entry.spec().toString());
            assertThat(constant.defaultText()).isEqualTo(entry.text().source());
        }
    }

    @Test
    void theCommittedRuntimeEnumsCarryGenerated() {
        String marker = "@Generated(\"io.github.ftpreply.processor.FtpReplyProcessor\")\npublic enum ";
        assertThat(EnumGenerator.replyCodes(CANONICAL).toString()).contains(marker + "FtpReplyCode");
        assertThat(EnumGenerator.socketErrors(CANONICAL).toString()).contains(marker + "SocketErrorCode");
    }

    @Test
    void lookupByNumber() {
        assertThat(FtpReplyCode.find(530)).hasValue(FtpReplyCode.NOT_LOGGED_IN);
        assertThat(FtpReplyCode.find(299)).isEmpty();
        assertThat(FtpReplyCode.find(99)).isEmpty();
        assertThat(FtpReplyCode.find(700)).isEmpty();
        assertThat(FtpReplyCode.find(10054)).isEmpty();
        assertThat(FtpReplyCode.find(Integer.MIN_VALUE)).isEmpty();
        assertThat(assertThrows(IllegalArgumentException.class, () -> FtpReplyCode.of(299)))
                .hasMessageThat()
                .isEqualTo("not a reply code of the catalog: 299");
        for (SocketErrorEntry entry : CANONICAL.socketErrors()) {
            assertThat(SocketErrorCode.of(entry.code()).name()).isEqualTo(entry.name());
            assertThat(SocketErrorCode.of(entry.code()).description()).isEqualTo(entry.description());
        }
        assertThat(SocketErrorCode.find(530)).isEmpty();
        assertThat(assertThrows(IllegalArgumentException.class, () -> SocketErrorCode.of(530)))
                .hasMessageThat()
                .isEqualTo("not a socket error of the catalog: 530");
    }

    /** The generator and the dispatcher map catalog enums to runtime enums by constant name. */
    @Test
    void catalogAndRuntimeEnumsHaveTheSameConstants() {
        assertThat(names(Category.values())).isEqualTo(names(ReplyCategory.values()));
        assertThat(names(FunctionGroup.values())).isEqualTo(names(ReplyGroup.values()));
        assertThat(names(Status.values())).isEqualTo(names(ReplyStatus.values()));
    }

    @Test
    void hostileCatalogTextStillGivesValidJavaAndJavadoc() throws CatalogException {
        Catalog catalog = CatalogLoader.read("hostile.yaml", """
                schema: 1
                codes:
                  - code: 559
                    name: HOSTILE
                    title: "Ends */ a comment <b> & @deprecated"
                    description: "A \\\\u0022 escape, \\"quotes\\", a backslash \\\\ and */ again; @see nothing."
                    category: permanent-negative
                    group: file-system
                    text: "Quote \\" and {{braces}} */"
                    spec: {document: non-standard}
                    status: non-standard
                    meanings:
                      - {meaning: "One */ meaning", origins: [RFC 959], primary: true, why: "Because @param."}
                      - {meaning: "Another <i>", origins: [RFC 2228]}
                socket-errors:
                  - {code: 10054, name: RESET, title: "*/ reset", description: "\\\\u002A/"}
                """).orThrow();
        Compilation compilation = Compiler.javac()
                .withOptions("-Xlint:all", "-Werror", "-Xdoclint:all/protected")
                .compile(
                        JavaFileObjects.forSourceString(
                                "io.github.ftpreply.FtpReplyCode",
                                EnumGenerator.replyCodes(catalog).toString()),
                        JavaFileObjects.forSourceString(
                                "io.github.ftpreply.SocketErrorCode",
                                EnumGenerator.socketErrors(catalog).toString()));
        assertThat(compilation).succeededWithoutWarnings();
    }

    private static java.util.List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}

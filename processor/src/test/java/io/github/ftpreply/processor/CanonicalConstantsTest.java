package io.github.ftpreply.processor;

import static com.google.common.truth.Truth.assertThat;

import io.github.ftpreply.catalog.Catalog;
import io.github.ftpreply.catalog.CatalogLoader;
import io.github.ftpreply.catalog.MissingTranslationPolicy;
import io.github.ftpreply.catalog.ReplyCodeEntry;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The canonical constants an extension's enum replays ({@link CanonicalConstants}): in the jar for every canonical
 * code, taken only for entries the extension did not change, and giving the very file that rendering gives,
 * whatever the enum's name and package do to its imports.
 */
class CanonicalConstantsTest {
    private static final Catalog CANONICAL = CatalogLoader.canonical();
    private static final Catalog ACME = CatalogLoader.readExtension(
                    "acme.yaml", ExtensionCatalogProcessingTest.ACME_YAML, CANONICAL, MissingTranslationPolicy.IGNORE)
            .catalog()
            .orElseThrow();

    @Test
    void theJarRecordsEveryCanonicalCode() {
        CanonicalConstants recorded = CanonicalConstants.load(CANONICAL);
        assertThat(recorded).isNotSameInstanceAs(CanonicalConstants.NONE);
        for (ReplyCodeEntry entry : CANONICAL.codes()) {
            assertThat(recorded.recorded(entry)).isNotNull();
        }
    }

    @Test
    void onlyEntriesTakenUnchangedAreReplayed() {
        CanonicalConstants recorded = CanonicalConstants.load(CANONICAL);
        assertThat(recorded.recorded(ACME.code(200).orElseThrow())).isNotNull();
        assertThat(recorded.recorded(ACME.code(530).orElseThrow())).isNull(); // overridden: a new text
        assertThat(recorded.recorded(ACME.code(242).orElseThrow())).isNull(); // the extension's own
    }

    /**
     * The enum's name or package can take a simple name that a constant uses ({@code Optional}, {@code ReplyStatus})
     * or make an import needless (the runtime's own package): the replayed constants must follow as rendered ones do.
     */
    @ParameterizedTest
    @CsvSource({
        "acme, AcmeReplyCode",
        "acme, Optional",
        "acme, ReplyStatus",
        "acme, ReplyCategory",
        "io.github.ftpreply, AcmeReplyCode",
        "'', ReplyGroup"
    })
    void anEnumWithReplayedConstantsIsTheEnumRendered(String packageName, String simpleName) {
        JavaName self = JavaName.of(packageName, simpleName);
        for (Catalog catalog : List.of(ACME, CANONICAL)) {
            String rendered = enumOf(catalog, self, CanonicalConstants.NONE);
            String replayed = enumOf(catalog, self, CanonicalConstants.load(CANONICAL));
            assertThat(replayed).isEqualTo(rendered);
        }
    }

    /**
     * The file and the copied bundles record the catalog this jar holds: another catalog, even one read from the same
     * YAML (a test's catalog could keep every code and change a text), renders its own.
     */
    @Test
    void anotherCatalogThanTheJarsRendersItsOwn() throws IOException {
        Catalog another;
        try (InputStream yaml =
                CatalogLoader.class.getClassLoader().getResourceAsStream(CatalogLoader.CANONICAL_RESOURCE)) {
            another = CatalogLoader.read("ftp-replies.yaml", yaml).catalog().orElseThrow();
        }
        assertThat(another).isNotSameInstanceAs(CANONICAL);
        assertThat(CanonicalConstants.load(another)).isSameInstanceAs(CanonicalConstants.NONE);
        assertThat(CanonicalBundleLines.load(another)).isSameInstanceAs(CanonicalBundleLines.NONE);
    }

    @Test
    void aFileThatDoesNotFitTheCatalogIsNotUsed() {
        String file = CanonicalConstants.render(CANONICAL);
        assertThat(CanonicalConstants.parse(CANONICAL, file)).isNotSameInstanceAs(CanonicalConstants.NONE);
        String withoutLastCode = file.substring(0, file.lastIndexOf("\nC") + 1);
        for (String odd : new String[] {
            withoutLastCode, // a code missing: a file of another catalog
            file.substring(0, file.length() - 2), // cut inside a record
            file.replaceFirst("\nS(\\d+):", "\nS9$1:"), // a text longer than its record
            "S3:abc\n" + file, // text before any code
            file + "X\n", // a record of no known kind
        }) {
            assertThat(CanonicalConstants.parse(CANONICAL, odd)).isSameInstanceAs(CanonicalConstants.NONE);
        }
    }

    private static String enumOf(Catalog catalog, JavaName self, CanonicalConstants constants) {
        return EnumGenerator.replyCodes(catalog, self, List.of("Every code."), "A header.", true, constants)
                .text();
    }
}

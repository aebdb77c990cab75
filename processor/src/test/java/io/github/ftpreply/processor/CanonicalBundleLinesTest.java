package io.github.ftpreply.processor;

import static com.google.common.truth.Truth.assertThat;

import io.github.ftpreply.catalog.CatalogLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The canonical bundle lines an extension's bundles take: copied into the jar, grouped by code, refused if odd. */
class CanonicalBundleLinesTest {

    @Test
    void theBuildCopiedTheRuntimesBundlesIntoTheJar() {
        // BundleGeneratorTest compares an extension's bundles rendered whole with those that take these lines.
        CanonicalBundleLines copied = CanonicalBundleLines.load(CatalogLoader.canonical());
        assertThat(copied).isNotSameInstanceAs(CanonicalBundleLines.NONE);
        assertThat(copied.lines("de", 200)).startsWith("200=");
        assertThat(copied.lines("en", 211)).contains("\n211.feat.1=");
    }

    @Test
    void linesAreGroupedByCodeAndCommentsSkipped() {
        CanonicalBundleLines lines = CanonicalBundleLines.of(Map.of("de", "# a comment\n200=a\n211=b\n211.feat.1=c\n"));
        assertThat(lines.lines("de", 211)).isEqualTo("211=b\n211.feat.1=c\n");
        assertThat(lines.lines("de", 530)).isNull();
        assertThat(lines.lines("fr", 200)).isNull();
    }

    @Test
    void aLineTheGeneratorDoesNotWriteMeansNoLinesAreTaken() {
        for (String bundle : new String[] {"200=a\nnot a key\n", "200=a", "20=a\n", "2000=a\n", "200 =a\n"}) {
            assertThat(CanonicalBundleLines.of(Map.of("de", bundle))).isSameInstanceAs(CanonicalBundleLines.NONE);
        }
    }
}

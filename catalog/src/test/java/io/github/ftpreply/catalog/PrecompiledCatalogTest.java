package io.github.ftpreply.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The canonical catalog's binary form, written by the build ({@link CatalogPrecompiler} at process-classes), is the
 * catalog the YAML loader gives, and it is the form {@link CatalogLoader#canonical()} uses.
 */
class PrecompiledCatalogTest {

    private final Catalog yaml = CatalogLoader.canonicalFromYaml();

    @Test
    void precompiledFormEqualsTheYamlCatalog() {
        Optional<Catalog> precompiled = CatalogLoader.canonicalPrecompiled();
        assertTrue(precompiled.isPresent(), "the build writes " + CatalogLoader.PRECOMPILED_RESOURCE);
        assertSameCatalog(yaml, precompiled.get());
    }

    @Test
    void canonicalIsThePrecompiledCatalog() {
        assertSameCatalog(CatalogLoader.canonicalPrecompiled().orElseThrow(), CatalogLoader.canonical());
    }

    @Test
    void precompiledResourceHoldsTheBytesOfTheCurrentCatalog() throws IOException {
        // A stale resource (the YAML changed, the build did not run) would fail here.
        try (InputStream in =
                CatalogLoader.class.getClassLoader().getResourceAsStream(CatalogLoader.PRECOMPILED_RESOURCE)) {
            assertArrayEquals(CatalogCodec.encode(yaml), in.readAllBytes());
        }
    }

    @Test
    void encodingIsDeterministic() {
        assertArrayEquals(CatalogCodec.encode(yaml), CatalogCodec.encode(CatalogLoader.canonicalFromYaml()));
    }

    @Test
    void schemaNamesEveryRecordComponentAndEnumConstant() {
        String schema = CatalogCodec.schema();
        assertTrue(
                schema.contains("io.github.ftpreply.catalog.ReplyCodeEntry(int code, java.lang.String name,"), schema);
        assertTrue(
                schema.contains(
                        "java.util.Map<java.lang.String, io.github.ftpreply.catalog.TextTemplate> translations"),
                schema);
        assertTrue(schema.contains("io.github.ftpreply.catalog.yaml.Position(int line, int column, )"), schema);
        assertTrue(schema.contains("io.github.ftpreply.catalog.Status = "), schema);
    }

    @Test
    void dataWrittenForAnotherModelIsRefused() throws IOException {
        byte[] bytes = CatalogCodec.encode(yaml);
        // The schema text starts after magic, version and its length: change one of its characters.
        bytes[12] ^= 1;
        assertEquals(Optional.empty(), CatalogCodec.decode(new ByteArrayInputStream(bytes)));
    }

    @Test
    void dataInAnotherFormatVersionIsRefused() throws IOException {
        byte[] bytes = CatalogCodec.encode(yaml);
        bytes[7]++;
        assertEquals(Optional.empty(), CatalogCodec.decode(new ByteArrayInputStream(bytes)));
        assertEquals(
                Optional.empty(),
                CatalogCodec.decode(new ByteArrayInputStream("not a catalog at all".getBytes(StandardCharsets.UTF_8))));
    }

    /** Catalog has no equals: its parts are records (and TextTemplates, equal by source), compared one by one. */
    static void assertSameCatalog(Catalog expected, Catalog actual) {
        assertEquals(expected.locales(), actual.locales());
        assertEquals(expected.sources(), actual.sources());
        assertEquals(expected.categories(), actual.categories());
        assertEquals(expected.groups(), actual.groups());
        assertEquals(expected.codes(), actual.codes());
        assertEquals(expected.socketErrors(), actual.socketErrors());
        for (int i = 0; i < expected.codes().size(); i++) {
            // TextTemplate equals compares sources: compare the parsed segments too.
            assertEquals(
                    expected.codes().get(i).text().segments(),
                    actual.codes().get(i).text().segments());
        }
    }
}

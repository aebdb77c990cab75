package io.github.ftpreply.catalog;

/**
 * What the class that {@link CatalogJavaWriter} generates from the canonical YAML gives {@link CatalogLoader}: the
 * catalog, and the length and CRC-32 of the YAML it was written from, which the loader compares with the YAML on the
 * class path. An interface, so that the loader calls it directly once it has an instance: a reflective method
 * lookup builds a {@code Method} for each of the data class's hundred-odd methods (about 2 ms of a cold
 * {@code javac}).
 */
interface PrecompiledCatalog {
    /** The length in bytes of the YAML this data was written from. */
    int yamlLength();

    /** The CRC-32 of the YAML this data was written from. */
    long yamlCrc32();

    /** The catalog, built anew on each call. */
    Catalog catalog();
}

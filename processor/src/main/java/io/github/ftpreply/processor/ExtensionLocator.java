package io.github.ftpreply.processor;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds an extension catalog's YAML file and reads it, once per compilation. The places, in order: each directory
 * of {@code -Aftpreply.catalogPath}; then, through the {@link Filer}, {@code CLASS_OUTPUT} (where Maven has copied
 * {@code src/main/resources} before compiling), {@code SOURCE_PATH} and {@code CLASS_PATH} (a catalog in a
 * dependency's jar). A location that the compiler's Filer does not support (Eclipse's supports only the output
 * locations, and throws for the others) is skipped and noted.
 */
final class ExtensionLocator {
    /** The Filer locations searched after the {@code -A} directories, in order. */
    static final List<StandardLocation> FILER_LOCATIONS =
            List.of(StandardLocation.CLASS_OUTPUT, StandardLocation.SOURCE_PATH, StandardLocation.CLASS_PATH);

    /** What a search found. */
    sealed interface Lookup permits Found, NotFound, Unreadable, NotAFile, TooLarge {}

    /** The file's content, and where it was found. */
    record Found(byte[] content, String where) implements Lookup {}

    /** Every place searched, in order, each with what was tried there. */
    record NotFound(List<String> searched) implements Lookup {
        NotFound {
            searched = List.copyOf(searched);
        }
    }

    /** The file is there but cannot be read. */
    record Unreadable(String where, IOException cause) implements Lookup {}

    /** The path names something that is not a regular file; {@code id} says what kind. */
    record NotAFile(String where, DiagnosticId id, String what) implements Lookup {}

    /** The file is larger than a catalog may be; {@code size} is what it holds, or more. */
    record TooLarge(String where, long size) implements Lookup {}

    private final Filer filer;
    private final List<Path> catalogPath;
    private final Map<String, Lookup> byResource = new HashMap<>();

    ExtensionLocator(Filer filer, List<Path> catalogPath) {
        this.filer = filer;
        this.catalogPath = List.copyOf(catalogPath);
    }

    /** Looks for {@code resource} (a relative path such as {@code com/acme/acme-replies.yaml}); once per resource. */
    Lookup find(String resource) {
        Lookup lookup = byResource.get(resource);
        if (lookup == null) {
            lookup = search(resource);
            byResource.put(resource, lookup);
        }
        return lookup;
    }

    private Lookup search(String resource) {
        List<String> searched = new ArrayList<>();
        String option = "-A" + ProcessorOptions.CATALOG_PATH;
        if (catalogPath.isEmpty()) {
            searched.add(option + " (not set)");
        }
        for (Path directory : catalogPath) {
            Path file = directory.resolve(resource).toAbsolutePath().normalize();
            String where = option + " " + file;
            try {
                Optional<Lookup> found = lookup(CatalogFileReader.read(file), where);
                if (found.isPresent()) {
                    return found.get();
                }
                searched.add(where);
            } catch (IOException e) {
                return new Unreadable(where, e);
            }
        }
        for (StandardLocation location : FILER_LOCATIONS) {
            FileObject object;
            try {
                object = filer.getResource(location, "", resource);
            } catch (FileNotFoundException | NoSuchFileException e) {
                searched.add(location.getName() + " " + resource);
                continue;
            } catch (IOException | RuntimeException e) {
                // Filers differ: Eclipse's throws IllegalArgumentException for locations it does not support.
                searched.add(
                        location.getName() + " " + resource + " (not searched: this compiler's Filer says " + e + ")");
                continue;
            }
            String where = location.getName() + " " + object.toUri();
            try {
                Optional<Lookup> found = lookup(read(object), where);
                if (found.isPresent()) {
                    return found.get();
                }
                searched.add(where);
            } catch (IOException e) {
                searched.add(where
                        + (e instanceof FileNotFoundException || e instanceof NoSuchFileException
                                ? ""
                                : " (" + e + ")"));
            }
        }
        return new NotFound(searched);
    }

    /** A file of the file system is checked like an {@code -A} one; other objects (in a jar) are read bounded. */
    private static CatalogFileReader.Outcome read(FileObject object) throws IOException {
        URI uri = object.toUri();
        if ("file".equals(uri.getScheme())) {
            return CatalogFileReader.read(Path.of(uri));
        }
        try (InputStream in = object.openInputStream()) {
            return CatalogFileReader.bounded(in);
        }
    }

    private static Optional<Lookup> lookup(CatalogFileReader.Outcome outcome, String where) {
        if (outcome instanceof CatalogFileReader.Content content) {
            return Optional.of(new Found(content.bytes(), where));
        }
        if (outcome instanceof CatalogFileReader.NotAFile notAFile) {
            return Optional.of(new NotAFile(where, notAFile.id(), notAFile.what()));
        }
        if (outcome instanceof CatalogFileReader.TooLarge tooLarge) {
            return Optional.of(new TooLarge(where, tooLarge.size()));
        }
        return Optional.empty();
    }
}

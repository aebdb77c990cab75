package io.github.ftpreply.processor;

import io.github.ftpreply.catalog.CatalogLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Reads a catalog file so that no file can hang or exhaust the build: it opens only regular files (a FIFO would block
 * the open, a device such as {@code /dev/zero} never ends), checks the size before opening and reads at most one
 * byte past the limit, so a growing or sparse file costs at most {@link CatalogLoader#MAX_FILE_BYTES} + 1 bytes.
 */
final class CatalogFileReader {

    private CatalogFileReader() {}

    /** What {@link #read} found: the content, or why there is none. */
    sealed interface Outcome permits Content, Absent, NotAFile, TooLarge {}

    /** The file's bytes, within the limit. */
    record Content(byte[] bytes) implements Outcome {}

    /** Nothing at the path (or a symbolic link to nothing). */
    record Absent() implements Outcome {}

    /** Something that is not a regular file, with the id that says which kind. */
    record NotAFile(DiagnosticId id, String what) implements Outcome {}

    /** A file over the limit; {@code size} is what it holds, or more. */
    record TooLarge(long size) implements Outcome {}

    /**
     * Reads {@code file} if it is a regular file within the limit.
     *
     * @throws IOException if it is one but cannot be read
     */
    static Outcome read(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return new Absent();
        } catch (FileSystemException e) {
            if (Files.isSymbolicLink(file)) {
                return new NotAFile(
                        DiagnosticId.EXTENSION_SYMLINK_LOOP,
                        "a symbolic link that leads back to itself (" + e.getReason() + ")");
            }
            throw e;
        }
        if (attributes.isDirectory()) {
            return new NotAFile(DiagnosticId.EXTENSION_NOT_A_FILE, "a directory");
        }
        if (!attributes.isRegularFile()) {
            return new NotAFile(DiagnosticId.EXTENSION_SPECIAL_FILE, kind(file).orElse("not a regular file"));
        }
        if (attributes.size() > CatalogLoader.MAX_FILE_BYTES) {
            return new TooLarge(attributes.size());
        }
        try (InputStream in = Files.newInputStream(file)) {
            return bounded(in);
        }
    }

    /** Reads at most one byte past the limit. */
    static Outcome bounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(CatalogLoader.MAX_FILE_BYTES + 1);
        return bytes.length > CatalogLoader.MAX_FILE_BYTES ? new TooLarge(bytes.length) : new Content(bytes);
    }

    /** "a named pipe (FIFO)", "a device" or "a socket", where the file system says (POSIX modes). */
    private static Optional<String> kind(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            return Optional.ofNullable(
                    switch (mode & 0170000) {
                        case 0010000 -> "a named pipe (FIFO)";
                        case 0020000, 0060000 -> "a device";
                        case 0140000 -> "a socket";
                        default -> null;
                    });
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.empty(); // not a POSIX file system: the generic words will do
        }
    }
}

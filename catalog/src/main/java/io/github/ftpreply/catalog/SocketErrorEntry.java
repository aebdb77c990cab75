package io.github.ftpreply.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A Windows Sockets error code that some clients report as if it were a reply. It is a client-side error, never
 * sent by a server, and is kept apart from {@link ReplyCodeEntry reply codes}.
 *
 * @param code        10000..11999
 * @param name        Java constant name, UPPER_SNAKE_CASE
 * @param title       short title
 * @param description what the error means for an FTP client
 * @param sources     ids of the source documents that list it
 * @param location    where the entry was declared
 */
public record SocketErrorEntry(
        int code, String name, String title, String description, List<String> sources, Location location) {
    public SocketErrorEntry {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(title, "title == null");
        Objects.requireNonNull(description, "description == null");
        sources = List.copyOf(sources);
        Objects.requireNonNull(location, "location == null");
    }
}

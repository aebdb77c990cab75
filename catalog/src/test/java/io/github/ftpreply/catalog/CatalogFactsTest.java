package io.github.ftpreply.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Facts of single entries, checked against the RFC text (the comment above each test says where). Each test
 * failed on the catalog as it was before the fact was corrected.
 */
class CatalogFactsTest {

    private final Catalog catalog = CatalogLoader.canonical();

    @Test
    void code434IsNonStandardAndKeepsItsPre959Meaning() {
        // RFC 7151 (HOST) never uses 434; RFC 542's reply list gave it "log-out forced by operator action".
        ReplyCodeEntry entry = entry(434);
        assertEquals(SpecReference.NON_STANDARD, entry.spec().document());
        assertEquals(Status.NON_STANDARD, entry.status());
        assertTrue(secondaryOrigins(entry).contains("RFC 542"), "the RFC 542 meaning is recorded");
        assertFalse(entry.primaryMeaning().orElseThrow().origins().contains("RFC 7151"));
    }

    @Test
    void code430HasNoCurrentRfcAndKeepsItsPre959Meaning() {
        // RFC 542 used 430 for "log-on time or tries exceeded"; no RFC since defines it.
        ReplyCodeEntry entry = entry(430);
        assertFalse(entry.description().contains("No RFC defines"), entry.description());
        assertTrue(entry.description().contains("No current RFC"), entry.description());
        assertTrue(secondaryOrigins(entry).contains("RFC 542"));
    }

    @Test
    void code521CitesTheSectionOfRfc4217WithoutOverstatingIt() {
        // RFC 4217 §10.2 ("The Server's View of the Data Connection") names 521 for a wrong PROT setting.
        ReplyCodeEntry entry = entry(521);
        assertEquals("RFC 4217 §10.2", entry.spec().toString());
        String why = entry.primaryMeaning().orElseThrow().why().orElseThrow();
        assertFalse(why.contains("only normative"), why);
        assertTrue(why.contains("in passing"), why);
    }

    @Test
    void code228CitesRfc1639SectionThreeAndLetsServersReply() {
        // RFC 1639 §3 "The LPSV Command" defines the 228 reply.
        ReplyCodeEntry entry = entry(228);
        assertEquals("RFC 1639 §3", entry.spec().toString());
        assertFalse(
                entry.description().matches("(?s).*\\bclients?\\b[^.]*\\breply\\b.*"),
                "clients do not reply: " + entry.description());
    }

    @Test
    void code150DoesNotSayTheServerAlwaysConnects() {
        // In passive mode the client opens the data connection, so "the server connects next" is false.
        String description = entry(150).description();
        assertFalse(description.contains("server connects next"), description);
        assertTrue(description.contains("passive"), description);
    }

    @Test
    void code229RecordsTheOneFieldFormatAsAConflict() {
        ReplyCodeEntry entry = entry(229);
        Meaning primary = entry.primaryMeaning().orElseThrow();
        assertTrue(primary.meaning().contains("(|||port|)"), primary.meaning());
        assertTrue(primary.origins().containsAll(List.of("RFC 2428", "plain-list")));
        Meaning other = secondary(entry, "encyclopedia").orElseThrow();
        assertTrue(other.meaning().contains("(|port|)"), other.meaning());
    }

    @Test
    void code500RecordsTheSectionHeadingsThatBorrowItsText() {
        ReplyCodeEntry entry = entry(500);
        assertEquals(List.of("reference-card"), entry.sources(), "neither list has an entry for 500 itself");
        Meaning heading = secondary(entry, "encyclopedia").orElseThrow();
        assertTrue(heading.origins().contains("plain-list"));
        assertTrue(heading.meaning().contains("5xx"), heading.meaning());
    }

    @Test
    void restartRepliesComeFromRfc1123BeyondTheSeeds() {
        // RFC 1123 §4.1.3.4 adds 554 (invalid REST parameter) and 555 (TYPE or STRU mismatch).
        for (int code : new int[] {554, 555}) {
            ReplyCodeEntry entry = entry(code);
            assertEquals("RFC 1123 §4.1.3.4", entry.spec().toString(), "spec of " + code);
            assertEquals(Status.EXTENSION, entry.status());
            assertEquals(List.of("beyond-seeds"), entry.sources());
            assertEquals(Category.PERMANENT_NEGATIVE, entry.category());
            assertEquals(Optional.of(FunctionGroup.FILE_SYSTEM), entry.group());
        }
        assertEquals("INVALID_REST_PARAMETER", entry(554).name());
        assertEquals("TYPE_OR_STRU_MISMATCH", entry(555).name());
    }

    @Test
    void clientSideSocketErrorsBeyondTheSeedsAreDeclaredAsSuch() {
        for (int code : new int[] {10053, 11001}) {
            SocketErrorEntry entry = catalog.socketErrors().stream()
                    .filter(e -> e.code() == code)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(code + " is in the catalog"));
            assertEquals(List.of("beyond-seeds"), entry.sources());
            assertTrue(entry.description().contains("never sends"), entry.description());
        }
        SourceDocument beyond = catalog.sources().stream()
                .filter(s -> s.id().equals("beyond-seeds"))
                .findFirst()
                .orElseThrow();
        assertTrue(beyond.file().isEmpty(), "no seed file stands behind codes beyond the seeds");
    }

    private ReplyCodeEntry entry(int code) {
        return catalog.code(code).orElseThrow(() -> new AssertionError(code + " is in the catalog"));
    }

    private static List<String> secondaryOrigins(ReplyCodeEntry entry) {
        return entry.meanings().stream()
                .filter(m -> !m.primary())
                .flatMap(m -> m.origins().stream())
                .toList();
    }

    private static Optional<Meaning> secondary(ReplyCodeEntry entry, String origin) {
        return entry.meanings().stream()
                .filter(m -> !m.primary() && m.origins().contains(origin))
                .findFirst();
    }
}

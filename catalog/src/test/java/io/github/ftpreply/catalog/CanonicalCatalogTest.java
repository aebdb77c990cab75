package io.github.ftpreply.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The canonical catalog covers every code of the three source lists, and records where they disagree. The code
 * lists below were read off the source documents by hand (they are facts about those documents, kept here so
 * that the test does not need the documents).
 */
class CanonicalCatalogTest {

    private static final Set<Integer> ENCYCLOPEDIA = codes("""
      110 120 125 150 202 211 212 213 214 215 220 221 225 226 227 228 229 230 232 234 235 250 257 331 332 334 335
      336 350 421 425 426 430 431 434 450 451 452 501 502 503 504 530 532 533 534 535 536 537 550 551 552 553 631
      632 633 10054 10060 10061 10065 10066 10068""");

    private static final Set<Integer> REFERENCE_CARD = codes("""
      110 120 125 150 200 202 211 212 213 214 215 220 221 225 226 227 228 229 230 231 232 234 235 250 257 331 332
      334 335 350 421 425 426 430 431 434 450 451 452 500 501 502 503 504 521 522 530 532 533 534 535 536 537 550
      551 552 553""");

    private static final Set<Integer> PLAIN_LIST = codes("""
      110 120 125 150 202 211 212 213 214 215 220 221 225 226 227 228 229 230 231 232 234 250 257 331 332 350 421
      425 426 430 434 450 451 452 501 502 503 504 530 532 534 550 551 552 553 631 632 633 10054 10060 10061 10066
      10068""");

    /** Codes no seed lists that real servers send (554, 555) or clients report (10053, 11001). */
    private static final Set<Integer> BEYOND_SEEDS = codes("554 555 10053 11001");

    private final Catalog catalog = CatalogLoader.canonical();

    @Test
    void sourceListsHaveTheirDocumentedSizes() {
        // The seeds' README gives these counts; a typo in the lists above would break them.
        assertEquals(62, ENCYCLOPEDIA.size());
        assertEquals(57, REFERENCE_CARD.size());
        assertEquals(53, PLAIN_LIST.size());
    }

    @Test
    void holdsAllSixtySevenSeedCodesAndTheCodesBeyondThemInTheirSections() {
        Set<Integer> union = new TreeSet<>(ENCYCLOPEDIA);
        union.addAll(REFERENCE_CARD);
        union.addAll(PLAIN_LIST);
        assertEquals(67, union.size());
        assertEquals(61, union.stream().filter(c -> c < 1000).count());
        union.addAll(BEYOND_SEEDS);
        Set<Integer> ftp = union.stream().filter(c -> c < 1000).collect(Collectors.toCollection(TreeSet::new));
        Set<Integer> socket = union.stream().filter(c -> c >= 1000).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(63, ftp.size());
        assertEquals(
                ftp, catalog.codes().stream().map(ReplyCodeEntry::code).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(
                socket,
                catalog.socketErrors().stream()
                        .map(SocketErrorEntry::code)
                        .collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(110, catalog.codes().get(0).code());
        assertEquals(633, catalog.codes().get(catalog.codes().size() - 1).code());
    }

    @Test
    void everyEntryNamesExactlyTheSourcesThatListIt() {
        for (ReplyCodeEntry entry : catalog.codes()) {
            assertEquals(expectedSources(entry.code()), entry.sources(), "sources of " + entry.code());
        }
        for (SocketErrorEntry entry : catalog.socketErrors()) {
            assertEquals(expectedSources(entry.code()), entry.sources(), "sources of " + entry.code());
        }
    }

    private static List<String> expectedSources(int code) {
        List<String> expected = new java.util.ArrayList<>();
        if (ENCYCLOPEDIA.contains(code)) {
            expected.add("encyclopedia");
        }
        if (REFERENCE_CARD.contains(code)) {
            expected.add("reference-card");
        }
        if (PLAIN_LIST.contains(code)) {
            expected.add("plain-list");
        }
        if (BEYOND_SEEDS.contains(code)) {
            expected.add("beyond-seeds");
        }
        return expected;
    }

    @ParameterizedTest
    @ValueSource(ints = {229, 232, 234, 430, 431, 434, 500, 521, 522})
    void conflictingCodesRecordEveryMeaningWithItsOrigin(int code) {
        ReplyCodeEntry entry = catalog.code(code).orElseThrow();
        assertTrue(entry.meanings().size() >= 2, code + " records at least two meanings");
        assertEquals(1, entry.meanings().stream().filter(Meaning::primary).count(), code + " has one primary meaning");
        assertTrue(entry.primaryMeaning().orElseThrow().why().isPresent(), code + " says why its primary wins");
        for (Meaning meaning : entry.meanings()) {
            assertFalse(meaning.origins().isEmpty(), code + ": every meaning names its origin");
        }
    }

    @Test
    void conflictOriginsMatchWhatEachSourceSays() {
        // 232: RFC 2228 (logged in by security exchange) against the two lists that call it "logout noted".
        assertOrigins(232, "RFC 2228", "reference-card", "plain-list");
        // 234: RFC 2228 against the plain list's claim of a vendor code.
        assertOrigins(234, "RFC 2228", "plain-list");
        // 431: RFC 2228's security resource against the reference card's generic resource.
        assertOrigins(431, "RFC 2228", "reference-card");
        // 521: only the reference card lists it, and RFC text gives it other meanings.
        assertOrigins(521, "reference-card", "RFC 4217", "RFC 959");
        // 522: RFC 2428 against RFC 4217.
        assertOrigins(522, "RFC 2428", "RFC 4217");
        // 229: RFC 2428's (|||port|), which the plain list keeps, against the encyclopedia's (|port|).
        assertOrigins(229, "RFC 2428", "plain-list", "encyclopedia");
        // 500: the two lists that head their 5xx section with 500's text, as if it held for the class.
        assertOrigins(500, "RFC 959", "encyclopedia", "plain-list");
        // 430 and 434: the current use against the pre-959 reply lists.
        assertOrigins(430, "encyclopedia", "RFC 542");
        assertOrigins(434, "encyclopedia", "RFC 542");
    }

    private void assertOrigins(int code, String... origins) {
        Set<String> recorded = catalog.code(code).orElseThrow().meanings().stream()
                .flatMap(m -> m.origins().stream())
                .collect(Collectors.toSet());
        for (String origin : origins) {
            assertTrue(recorded.contains(origin), code + " records a meaning from " + origin + "; has " + recorded);
        }
    }

    @Test
    void primaryMeaningsFollowTheStandards() {
        assertTrue(catalog.code(232)
                .orElseThrow()
                .primaryMeaning()
                .orElseThrow()
                .origins()
                .contains("RFC 2228"));
        assertTrue(catalog.code(522)
                .orElseThrow()
                .primaryMeaning()
                .orElseThrow()
                .origins()
                .contains("RFC 2428"));
    }

    @Test
    void categoryNamesFromTheReferenceCardAreRecordedAsAliases() {
        assertAlias(Category.POSITIVE_INTERMEDIATE, "Redirection");
        assertAlias(Category.TRANSIENT_NEGATIVE, "Client error");
        assertAlias(Category.PERMANENT_NEGATIVE, "Server error");
        assertEquals(6, catalog.categories().size());
        assertEquals(6, catalog.groups().size());
    }

    private void assertAlias(Category category, String name) {
        Heading<Category> heading = catalog.heading(category).orElseThrow();
        Alias alias = heading.aliases().stream()
                .filter(a -> a.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(category + " records the alias " + name));
        assertTrue(alias.origins().contains("reference-card"), name + " comes from the reference card");
    }

    @Test
    void parameterizedTextsDeclareTypedPlaceholders() {
        assertPlaceholders(110, "userMarker:STRING", "serverMarker:STRING");
        assertPlaceholders(120, "minutes:INT");
        assertPlaceholders(215, "systemName:STRING");
        assertPlaceholders(227, "h1:INT", "h2:INT", "h3:INT", "h4:INT", "p1:INT", "p2:INT");
        assertPlaceholders(229, "port:INT");
        assertPlaceholders(257, "pathname:PATH");
        assertEquals(
                "Entering Extended Passive Mode (|||{port}|).",
                catalog.code(229).orElseThrow().text().source());
    }

    private void assertPlaceholders(int code, String... expected) {
        List<String> actual = catalog.code(code).orElseThrow().placeholders().stream()
                .map(p -> p.name() + ":" + p.type())
                .toList();
        assertEquals(List.of(expected), actual, "placeholders of " + code);
    }

    @Test
    void nonStandardAndExtensionCodesCiteTheirDocuments() {
        ReplyCodeEntry invalidLogin = catalog.code(430).orElseThrow();
        assertEquals(Status.NON_STANDARD, invalidLogin.status());
        assertEquals(SpecReference.NON_STANDARD, invalidLogin.spec().document());
        assertEquals("RFC 2428", catalog.code(229).orElseThrow().spec().document());
        assertEquals("RFC 959 §4.2.2", catalog.code(220).orElseThrow().spec().toString());
    }

    @Test
    void everyReplyTextIsTranslatedIntoTheNineOtherLanguages() {
        List<String> locales = List.of("en", "de", "fr", "es", "it", "pt-BR", "ja", "zh-CN", "zh-TW", "ru");
        assertEquals(locales, catalog.locales());
        for (ReplyCodeEntry entry : catalog.codes()) {
            assertEquals(
                    locales.subList(1, locales.size()),
                    List.copyOf(entry.translations().keySet()),
                    "translations of " + entry.code());
        }
    }

    @Test
    void machineReadablePayloadsStayAsTheRfcsDefineThem() {
        for (String locale : catalog.locales().subList(1, catalog.locales().size())) {
            assertTrue(translation(227, locale).contains("({h1},{h2},{h3},{h4},{p1},{p2})"), "227 " + locale);
            assertTrue(translation(229, locale).contains("(|||{port}|)"), "229 " + locale);
            assertTrue(translation(257, locale).contains("\"{pathname}\""), "257 " + locale);
            assertEquals("MARK {userMarker} = {serverMarker}", translation(110, locale), "110 " + locale);
        }
    }

    private String translation(int code, String locale) {
        return catalog.code(code).orElseThrow().translations().get(locale).source();
    }

    private static Set<Integer> codes(String list) {
        return Arrays.stream(list.trim().split("\\s+"))
                .map(Integer::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}

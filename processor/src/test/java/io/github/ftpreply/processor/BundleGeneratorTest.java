package io.github.ftpreply.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ftpreply.catalog.Catalog;
import io.github.ftpreply.catalog.CatalogLoader;
import io.github.ftpreply.catalog.MissingTranslationPolicy;
import io.github.ftpreply.catalog.Placeholder;
import io.github.ftpreply.catalog.PlaceholderType;
import io.github.ftpreply.catalog.TextTemplate;
import java.io.IOException;
import java.io.StringReader;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BundleGeneratorTest {

    private static final Catalog SMALL =
            CatalogLoader.read("small.yaml", """
            schema: 1
            locales: [en, fr, ja]
            codes:
              - code: 229
                name: ENTERING_EXTENDED_PASSIVE_MODE
                title: Extended passive
                description: Port to connect to.
                category: positive-completion
                group: connections
                text: "Entering Extended Passive Mode (|||{port}|)."
                translations:
                  fr: "Passage en mode passif étendu (|||{port}|)."
                  ja: "拡張パッシブモードに入ります (|||{port}|)。"
                placeholders:
                  - {name: port, type: int, description: The port.}
                spec: {document: RFC 2428}
                status: extension
              - code: 530
                name: NOT_LOGGED_IN
                title: Not logged in
                description: Log in first.
                category: permanent-negative
                group: authentication
                text: "Not logged in; the user's {{session}} is closed."
                translations:
                  fr: "L'utilisateur n'est pas connecté."
                spec: {document: RFC 959}
                status: standard
            """).catalog().orElseThrow();

    @Test
    void oneBundlePerLocaleTheBaseLanguageInTheBaseBundle() {
        Map<String, String> bundles = BundleGenerator.bundles(SMALL, "Messages");
        assertEquals(
                List.of("Messages.properties", "Messages_fr.properties", "Messages_ja.properties"),
                List.copyOf(bundles.keySet()));
        assertTrue(
                bundles.get("Messages.properties")
                        .contains("\n229=Entering Extended Passive Mode" + " (|||{0,number,#}|).\n"),
                bundles.get("Messages.properties"));
    }

    @Test
    void apostrophesAreEscapedAndComeOutSingle() throws IOException {
        Properties fr = load(BundleGenerator.bundles(SMALL, "Messages").get("Messages_fr.properties"));
        assertEquals("L''utilisateur n''est pas connect\u00e9.", fr.getProperty("530"));
        assertEquals(
                "L'utilisateur n'est pas connect\u00e9.",
                new MessageFormat(fr.getProperty("530"), Locale.FRENCH).format(new Object[0]));
    }

    @Test
    void literalBracesSurviveAsLiteralBraces() throws IOException {
        Properties en = load(BundleGenerator.bundles(SMALL, "Messages").get("Messages.properties"));
        // A literal run that holds a brace is quoted whole; its apostrophes are doubled inside the quotes.
        assertEquals("'Not logged in; the user''s {session} is closed.'", en.getProperty("530"));
        assertEquals(
                "Not logged in; the user's {session} is closed.",
                new MessageFormat(en.getProperty("530"), Locale.ROOT).format(new Object[0]));
    }

    @Test
    void numbersAreWrittenWithoutGroupingInEveryLocale() throws IOException {
        for (String file : List.of("Messages.properties", "Messages_fr.properties", "Messages_ja.properties")) {
            String pattern =
                    load(BundleGenerator.bundles(SMALL, "Messages").get(file)).getProperty("229");
            String text = new MessageFormat(pattern, Locale.FRENCH).format(new Object[] {50000});
            assertTrue(text.contains("(|||50000|)"), file + ": " + text);
        }
    }

    @Test
    void filesArePureAsciiWithUnicodeEscapesAndNoDate() {
        String ja = BundleGenerator.bundles(SMALL, "Messages").get("Messages_ja.properties");
        assertTrue(ja.chars().allMatch(c -> c < 0x80), ja);
        assertTrue(ja.contains("229=\\u62e1\\u5f35"), ja);
        assertTrue(ja.lines().filter(l -> l.startsWith("#")).noneMatch(l -> l.matches(".*\\d{4}.*")), ja);
    }

    @Test
    void generationIsDeterministic() {
        assertEquals(BundleGenerator.bundles(SMALL, "Messages"), BundleGenerator.bundles(SMALL, "Messages"));
    }

    @Test
    void anExtensionsBundlesAreTheSameWhetherItsCanonicalEntriesAreRenderedAndVerifiedOrTakenAsTheyAre() {
        Catalog canonical = CatalogLoader.canonical();
        Catalog merged = CatalogLoader.readExtension(
                        "acme.yaml",
                        ExtensionCatalogProcessingTest.ACME_YAML,
                        canonical,
                        MissingTranslationPolicy.IGNORE)
                .catalog()
                .orElseThrow();
        assertTrue(merged.code(200).orElseThrow() == canonical.code(200).orElseThrow(), "200 is taken unchanged");
        assertEquals(
                BundleGenerator.bundles(merged, "AcmeMessages"),
                BundleGenerator.bundles(merged, "AcmeMessages", canonical, CanonicalBundleLines.load(canonical)));
    }

    @Test
    void aPatternThatMessageFormatReadsDifferentlyIsRejected() {
        TextTemplate text = TextTemplate.parse("Port {port}.");
        List<Placeholder> port = List.of(new Placeholder("port", PlaceholderType.INT, "The port."));
        // A hand-made pattern that forgets the number format would print 50,000: verify must refuse it.
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> MessagePatterns.verify("Port {0}.", text, port));
        assertTrue(e.getMessage().contains("\"Port 65,535.\""), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MessagePatterns.verify("Port {0.", text, port));
    }

    private static Properties load(String content) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(content));
        return properties;
    }
}

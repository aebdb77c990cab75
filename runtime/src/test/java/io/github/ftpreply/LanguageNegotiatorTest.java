package io.github.ftpreply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageNegotiatorTest {

    /** The ten languages of the canonical catalog's bundles, English first. */
    private static final LanguageNegotiator TEN = LanguageNegotiator.of(FtpReplyMessages.LOCALES);

    @ParameterizedTest(name = "LANG {0} -> {1}")
    @CsvSource({
        "de, de",
        "DE, de",
        "pt-br, pt-BR",
        "fr-CA, fr",
        "en-US, en",
        "pt, pt-BR",
        "pt-PT, pt-BR",
        "zh-Hant-TW, zh-TW",
        "zh-Hant, zh-TW",
        "zh-HK, zh-TW",
        "zh-Hans, zh-CN",
        "zh, zh-CN",
        "zh-SG, zh-CN",
        "ja-JP, ja",
    })
    void picksTheBestAvailableLanguage(String argument, String expected) {
        assertEquals(Optional.of(Locale.forLanguageTag(expected)), TEN.negotiate(argument));
    }

    @ParameterizedTest
    @CsvSource({"xx", "ko", "not a tag", "x-private-only"})
    void unknownLanguageGivesNothingSoTheServerReplies504(String argument) {
        assertEquals(Optional.empty(), TEN.negotiate(argument));
    }

    @Test
    void blankArgumentReturnsToTheDefault() {
        assertEquals(Optional.of(Locale.ENGLISH), TEN.negotiate("  "));
    }

    @Test
    void bareLanguageWinsOverAnotherRegion() {
        LanguageNegotiator negotiator = LanguageNegotiator.of(
                List.of(Locale.forLanguageTag("en"), Locale.forLanguageTag("fr-BE"), Locale.forLanguageTag("fr")));
        assertEquals(Optional.of(Locale.FRENCH), negotiator.negotiate("fr-CA"));
        assertEquals(Optional.of(Locale.forLanguageTag("fr-BE")), negotiator.negotiate("fr-be"));
    }

    @Test
    void featLineMarksTheCurrentLanguage() {
        assertEquals("LANG en;de*;fr;es;it;pt-BR;ja;zh-CN;zh-TW;ru", TEN.featLine(Locale.GERMAN));
        assertEquals("LANG en*;de;fr;es;it;pt-BR;ja;zh-CN;zh-TW;ru", TEN.featLine(TEN.defaultLanguage()));
    }

    @Test
    void refusesAnEmptyOrRepeatedList() {
        assertThrows(IllegalArgumentException.class, () -> LanguageNegotiator.of(List.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> LanguageNegotiator.of(List.of(Locale.GERMAN, Locale.forLanguageTag("de"))));
    }
}

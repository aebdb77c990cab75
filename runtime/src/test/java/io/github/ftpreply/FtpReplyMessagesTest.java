package io.github.ftpreply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated bundles and accessors, for every language and every code. */
class FtpReplyMessagesTest {

    private static final MessageBundle BUNDLES =
            MessageBundle.of("FtpReplyMessages", name -> FtpReplyMessages.class.getResourceAsStream(name));

    static List<Locale> locales() {
        return FtpReplyMessages.LOCALES;
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyLocaleLoadsWithResourceBundleAndHasEveryCode(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                FtpReplyMessages.BUNDLE_BASE_NAME,
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (FtpReplyCode code : FtpReplyCode.values()) {
            assertFalse(bundle.getString(Integer.toString(code.code())).isBlank(), locale + " " + code);
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyCodeFormatsInEveryLocaleWithAndWithoutArguments(Locale locale) {
        for (FtpReplyCode code : FtpReplyCode.values()) {
            int placeholders = placeholderCount(code);
            Object[] arguments = new Object[placeholders];
            for (int i = 0; i < placeholders; i++) {
                arguments[i] = code.code() == 120 || code.code() == 227 || code.code() == 229 ? (Object) 7 : "x" + i;
            }
            String text = FtpReplyMessages.text(code, locale, arguments);
            assertFalse(text.isBlank(), locale + " " + code);
            assertFalse(text.contains("{"), locale + " " + code + " left a placeholder: " + text);
        }
    }

    /** Counts the {@code {name}} markers of the catalog's English text, which the enum carries. */
    private static int placeholderCount(FtpReplyCode code) {
        return (int) code.defaultText().chars().filter(c -> c == '{').count();
    }

    @Test
    void completenessReportListsNothingMissing() {
        Map<Locale, List<Integer>> missing = new LinkedHashMap<>();
        for (Locale locale : FtpReplyMessages.LOCALES.subList(1, FtpReplyMessages.LOCALES.size())) {
            List<Integer> codes = new ArrayList<>();
            for (FtpReplyCode code : FtpReplyCode.values()) {
                if (!BUNDLES.resolvedLocale(Integer.toString(code.code()), locale)
                        .orElseThrow()
                        .equals(locale)) {
                    codes.add(code.code());
                }
            }
            if (!codes.isEmpty()) {
                missing.put(locale, codes);
            }
        }
        missing.forEach((locale, codes) -> System.out.println(locale.toLanguageTag() + " lacks " + codes));
        assertEquals(Map.of(), missing);
    }

    @Test
    void englishIsTheBaseBundle() {
        assertEquals("Service ready for new user.", FtpReplyMessages.text(FtpReplyCode.SERVICE_READY, Locale.ENGLISH));
        assertEquals(Locale.ROOT, BUNDLES.resolvedLocale("220", Locale.ENGLISH).orElseThrow());
    }

    @ParameterizedTest(name = "{0} falls back to {1}")
    @CsvSource({"de-AT, de", "pt-PT, ''", "zh-Hant-TW, zh-TW", "ko, ''", "fr-CA, fr"})
    void missingLanguagesFallBackAlongTheBundleChain(String requested, String resolved) {
        Locale expected = resolved.isEmpty() ? Locale.ROOT : Locale.forLanguageTag(resolved);
        assertEquals(
                expected,
                BUNDLES.resolvedLocale("530", Locale.forLanguageTag(requested)).orElseThrow());
    }

    @Test
    void theJvmDefaultLocaleNeverLeaksIn() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertEquals(
                    FtpReplyMessages.text(FtpReplyCode.NOT_LOGGED_IN, Locale.ENGLISH),
                    FtpReplyMessages.text(FtpReplyCode.NOT_LOGGED_IN, Locale.forLanguageTag("ko")));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void frenchApostrophesComeOutSingle() {
        String text = FtpReplyMessages.text(FtpReplyCode.USER_NAME_OK_NEED_PASSWORD, Locale.FRENCH);
        assertTrue(text.contains("d'utilisateur"), text);
        assertFalse(text.contains("''"), text);
    }

    @Test
    void typedAccessorsFillTypedPlaceholders() {
        assertTrue(FtpReplyMessages.enteringExtendedPassiveMode(Locale.GERMAN, 50000)
                .contains("(|||50000|)"));
        String pasv = FtpReplyMessages.enteringPassiveMode(Locale.JAPANESE, 127, 0, 0, 1, 195, 80);
        assertTrue(pasv.contains("(127,0,0,1,195,80)"), pasv);
        assertEquals("Service ready in 5 minutes.", FtpReplyMessages.serviceReadyInMinutes(Locale.ENGLISH, 5));
    }

    @ParameterizedTest
    @CsvSource({"ar", "ar-EG", "fa", "hi-IN-u-nu-deva", "th-TH-u-nu-thai"})
    void numbersStayAsciiInLocalesWithTheirOwnDigits(String tag) {
        // These fall back to English text, but MessageFormat in their locale would write ٦٥٥٣٥ for 65535.
        String pasv = FtpReplyMessages.enteringPassiveMode(Locale.forLanguageTag(tag), 127, 0, 0, 1, 255, 255);
        assertTrue(pasv.contains("(127,0,0,1,255,255)"), pasv);
        assertTrue(FtpReplyMessages.enteringExtendedPassiveMode(Locale.forLanguageTag(tag), 65535)
                .contains("65535"));
    }

    @Test
    void anArgumentCannotBreakTheReplyLine() {
        assertEquals(
                "\"/x\ufffd\ufffd230 User logged in\" created.",
                FtpReplyMessages.pathnameCreated(Locale.ENGLISH, "/x\r\n230 User logged in"));
        Object sneaky = new Object() {
            @Override
            public String toString() {
                return "a\u0000b\u0085c\u2028d\u2029e\nf";
            }
        };
        String text = FtpReplyMessages.text(FtpReplyCode.PATHNAME_CREATED, Locale.GERMAN, sneaky);
        assertTrue(text.contains("a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf"), text);
    }

    @Test
    void pathnamesAreQuotedWithEmbeddedQuotesDoubled() {
        assertEquals("\"/a \"\"b\"\"\" created.", FtpReplyMessages.pathnameCreated(Locale.ENGLISH, "/a \"b\""));
        assertTrue(FtpReplyMessages.pathnameCreated(Locale.GERMAN, "/pub").startsWith("\"/pub\""));
    }

    @Test
    void formatIsThreadSafeThoughItReusesParsedPatterns() throws Exception {
        // MessageFormat is not thread-safe, and the bundle keeps each parsed pattern: threads that format the same
        // key at once must still each get the text of their own numbers.
        int perThread = 5_000;
        List<Locale> languages = List.of(Locale.ENGLISH, Locale.GERMAN);
        String[][] expected = new String[4][perThread];
        for (int t = 0; t < 4; t++) {
            for (int i = 0; i < perThread; i++) {
                expected[t][i] = passive(languages.get(i % 2), t, i);
            }
        }
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                results.add(threads.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        assertEquals(expected[thread][i], passive(languages.get(i % 2), thread, i));
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> result : results) {
                result.get();
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void variantsForParticularUsesHaveTheirOwnTexts() {
        assertEquals(
                "\"/a \"\"b\"\"\" is the current directory.",
                FtpReplyMessages.pathnameCreatedPwd(Locale.ROOT, "/a \"b\""));
        assertEquals("\"/x\" ist das aktuelle Verzeichnis.", FtpReplyMessages.pathnameCreatedPwd(Locale.GERMAN, "/x"));
        assertEquals("\"/x\" directory created.", FtpReplyMessages.pathnameCreatedMkd(Locale.ENGLISH, "/x"));
        assertEquals("Login incorrect.", FtpReplyMessages.notLoggedInPass(Locale.ENGLISH));
        assertEquals("Identifiants incorrects.", FtpReplyMessages.notLoggedInPass(Locale.FRENCH));
        assertEquals("UNIX Type: L8", FtpReplyMessages.systemTypeUnix(Locale.JAPANESE));
        // SIZE's text is the size alone, beyond int range, without grouping whatever the locale.
        assertEquals("5000000000", FtpReplyMessages.fileStatusSize(Locale.GERMAN, 5_000_000_000L));
        assertEquals("20260102030405", FtpReplyMessages.fileStatusMdtm(Locale.FRENCH, "20260102030405"));
    }

    @Test
    void multiLineVariantsAreListsOfLinesThatTheFormatterWrites() {
        assertEquals(List.of("Extensions supported:", "End."), FtpReplyMessages.systemStatusFeat(Locale.ENGLISH));
        assertEquals(
                List.of("Status von ftp.example.org:", "Ende des Status."),
                FtpReplyMessages.systemStatusStat(Locale.GERMAN, "ftp.example.org"));
        assertEquals(
                "214-Поддерживаются следующие команды:\r\n USER PASS QUIT\r\n214 Конец справки.\r\n",
                ReplyFormatter.format(
                        214,
                        FtpReplyMessages.helpMessageHelp(Locale.forLanguageTag("ru")),
                        List.of(" USER PASS QUIT")));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyLocaleHasEveryVariantLine(Locale locale) {
        // Each language's own bundle has each line: none falls back to English.
        Locale own = locale.getLanguage().equals("en") ? Locale.ROOT : locale;
        for (String key : List.of(
                "211.feat.1",
                "211.feat.2",
                "211.stat.1",
                "211.stat.2",
                "213.size",
                "213.mdtm",
                "214.help.1",
                "214.help.2",
                "215.unix",
                "257.mkd",
                "257.pwd",
                "530.pass")) {
            assertEquals(java.util.Optional.of(own), BUNDLES.resolvedLocale(key, locale), locale + " " + key);
        }
    }

    private static String passive(Locale locale, int thread, int i) {
        int port = 1024 + thread * 10_000 + i;
        return FtpReplyMessages.enteringPassiveMode(locale, 10, thread, i % 256, 1, port / 256, port % 256);
    }
}

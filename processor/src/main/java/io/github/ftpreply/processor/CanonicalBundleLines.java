package io.github.ftpreply.processor;

import io.github.ftpreply.catalog.Catalog;
import io.github.ftpreply.catalog.CatalogLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of the canonical catalog's bundles, by language and code, as the runtime's own bundles hold them: the
 * build copies those files into this jar ({@value #DIRECTORY}), and {@code RuntimeSourcesDriftTest} keeps them equal
 * to what {@link BundleGenerator} writes. An extension's bundles take these lines for every code it leaves as it is,
 * instead of rendering each canonical text of each language in the compilation.
 */
final class CanonicalBundleLines {
    static final String DIRECTORY = "io/github/ftpreply/processor/canonical-bundles/";
    /** The runtime's bundle name, which the copied files keep. */
    private static final String BUNDLE = "FtpReplyMessages";

    /** By language tag, then by code: the code's lines, each ending in a line break. */
    private final Map<String, Map<Integer, String>> byTag;

    private CanonicalBundleLines(Map<String, Map<Integer, String>> byTag) {
        this.byTag = byTag;
    }

    /** None: every line is rendered. For a build that did not copy the files, such as an IDE's. */
    static final CanonicalBundleLines NONE = new CanonicalBundleLines(Map.of());

    /**
     * The lines of {@code canonical}'s languages, read from this jar; {@link #NONE} if a file is missing or cannot be
     * read, or if {@code canonical} is not the catalog this jar holds, so that the lines are rendered as before.
     */
    static CanonicalBundleLines load(Catalog canonical) {
        if (canonical != CatalogLoader.canonical()) {
            return NONE; // a test's catalog: the copied bundles are the lines of the catalog this jar holds
        }
        Map<String, String> bundles = new HashMap<>();
        List<String> locales = canonical.locales();
        for (int i = 0; i < locales.size(); i++) {
            String resource = DIRECTORY + BundleGenerator.fileName(BUNDLE, locales, i);
            try (InputStream in = CanonicalBundleLines.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    return NONE;
                }
                // The generator writes ASCII only.
                bundles.put(locales.get(i), new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                return NONE;
            }
        }
        return of(bundles);
    }

    /** The lines of bundles given as text, by language tag; {@link #NONE} if a line is not one the generator writes. */
    static CanonicalBundleLines of(Map<String, String> bundles) {
        Map<String, Map<Integer, String>> byTag = new HashMap<>();
        for (Map.Entry<String, String> bundle : bundles.entrySet()) {
            Map<Integer, String> byCode = byCode(bundle.getValue());
            if (byCode == null) {
                return NONE;
            }
            byTag.put(bundle.getKey(), byCode);
        }
        return new CanonicalBundleLines(byTag);
    }

    /**
     * The lines of {@code code} in the bundle of {@code tag}, or null if there are none to take (a language the
     * canonical catalog lacks, or a code without a text in it).
     */
    String lines(String tag, int code) {
        Map<Integer, String> byCode = byTag.get(tag);
        return byCode == null ? null : byCode.get(code);
    }

    /**
     * A bundle's lines grouped by the code their key starts with ({@code 211}, {@code 211.feat.1}), comments
     * skipped; null if a line does not start with a three-digit code followed by '=' or '.', or does not end.
     */
    private static Map<Integer, String> byCode(String bundle) {
        Map<Integer, String> byCode = new HashMap<>();
        int start = 0;
        while (start < bundle.length()) {
            int end = bundle.indexOf('\n', start) + 1;
            if (end == 0) {
                return null;
            }
            if (bundle.charAt(start) != '#') {
                int key = start;
                while (key < end && bundle.charAt(key) >= '0' && bundle.charAt(key) <= '9') {
                    key++;
                }
                if (key - start != 3 || (bundle.charAt(key) != '=' && bundle.charAt(key) != '.')) {
                    return null;
                }
                int code = Integer.parseInt(bundle, start, key, 10);
                String previous = byCode.get(code);
                String line = bundle.substring(start, end);
                byCode.put(code, previous == null ? line : previous + line);
            }
            start = end;
        }
        return byCode;
    }
}

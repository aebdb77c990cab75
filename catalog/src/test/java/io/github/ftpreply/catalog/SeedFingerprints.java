package io.github.ftpreply.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Fingerprints of the source lists' wording: a hash of every run of {@link #WORDS} consecutive words. The project
 * keeps only these hashes (in {@code seed-fingerprints.txt}), never the sentences, and checks its own prose
 * against them. Regenerate with
 * {@code java catalog/src/test/java/io/github/ftpreply/catalog/SeedFingerprints.java ../shared/seeds/*.txt}.
 */
final class SeedFingerprints {

    /** Run length: long enough that common phrases ("the data connection is") do not match by chance. */
    static final int WORDS = 7;

    private SeedFingerprints() {}

    /** Each fingerprint of {@code text}, mapped to the words it was made from (for readable failures). */
    static Map<String, String> of(String text) {
        String[] words = text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim()
                .split(" ");
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (int i = 0; i + WORDS <= words.length; i++) {
            String run = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + WORDS));
            fingerprints.put(hash(run), run);
        }
        return fingerprints;
    }

    private static String hash(String run) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] files) throws IOException {
        TreeSet<String> all = new TreeSet<>();
        for (String file : files) {
            all.addAll(of(Files.readString(Path.of(file))).keySet());
        }
        System.out.println(
                "# SHA-256 (first 8 bytes) of every " + WORDS + "-word run of the seed lists; see SeedFingerprints");
        all.forEach(System.out::println);
    }
}

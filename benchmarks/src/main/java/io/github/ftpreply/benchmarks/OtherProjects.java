package io.github.ftpreply.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The harness's other projects: a small realistic ftpreply project (ten handlers and one extension catalog), and N
 * AutoValue classes, to show what a processor users already accept costs on the same machine in the same run.
 */
final class OtherProjects {
    /** The extension catalog of the small project: one new code, one override, one excluded code, a new locale. */
    static final String EXTENSION_YAML = """
            schema: 1
            locales: [fr]
            exclude: [633]
            codes:
              - code: 242
                name: QUOTA_REPORT
                title: Quota report
                description: The server says how much of the storage quota remains.
                category: positive-completion
                group: unspecified
                text: "{megabytes} MB left."
                translations:
                  de: "{megabytes} MB frei."
                  fr: "{megabytes} Mo restants."
                placeholders:
                  - {name: megabytes, type: int, description: Megabytes left in the quota.}
                spec: {document: non-standard}
                status: non-standard
              - code: 530
                override: true
                text: "Please log in with USER and PASS."
                translations:
                  de: "Bitte mit USER und PASS anmelden."
                  fr: "Connectez-vous avec USER et PASS."
            """;

    private OtherProjects() {}

    /**
     * Ten handlers of {@link SyntheticProject} and an {@code @FtpReplyCatalog} type whose YAML is written to
     * {@code catalogPath} (passed as {@code -Aftpreply.catalogPath}). Returns the sources.
     */
    static List<Path> small(Path sourceRoot, Path catalogPath) throws IOException {
        List<Path> sources = new ArrayList<>(SyntheticProject.write(sourceRoot, 10));
        Path yaml = catalogPath.resolve("acme/acme-replies.yaml");
        Files.createDirectories(yaml.getParent());
        Files.writeString(yaml, EXTENSION_YAML, StandardCharsets.UTF_8);
        sources.add(SyntheticProject.writeSource(
                sourceRoot,
                "acme",
                "Acme",
                """
                package acme;

                import io.github.ftpreply.FtpReplyCatalog;

                /** The server's own codes. */
                @FtpReplyCatalog(file = "acme-replies.yaml", enumName = "AcmeReplyCode",
                        missingTranslations = FtpReplyCatalog.MissingTranslations.IGNORE)
                public interface Acme {}
                """));
        return sources;
    }

    /**
     * {@code size} {@code @AutoValue} classes of five properties each (strings, numbers and a list),
     * 50 to a package, each with a static factory. Returns their paths.
     */
    static List<Path> autoValue(Path sourceRoot, int size) throws IOException {
        List<Path> files = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String pkg = "values.p" + (i / 50);
            String name = "Value" + i;
            files.add(SyntheticProject.writeSource(
                    sourceRoot,
                    pkg,
                    name,
                    """
                    package %1$s;

                    import com.google.auto.value.AutoValue;
                    import java.util.List;

                    /** Synthetic value %3$d. */
                    @AutoValue
                    public abstract class %2$s {
                        public abstract String host();

                        public abstract int port();

                        public abstract String user();

                        public abstract long size%3$d();

                        public abstract List<String> features();

                        static %2$s create(String host, int port, String user, long size, List<String> features) {
                            return new AutoValue_%2$s(host, port, user, size, features);
                        }
                    }
                    """
                            .formatted(pkg, name, i)));
        }
        return files;
    }
}

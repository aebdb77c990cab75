package io.github.ftpreply;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Extends the canonical reply catalog with YAML of your own (new codes, your own texts and languages, codes your
 * server never sends excluded), merged at compile time. The ftpreply annotation processor generates, in the
 * annotated type's package, an enum of the merged catalog's codes ({@link #enumName()}), its localized bundles and
 * their typed accessors ({@link #messagesName()}). A handler checked against the merged catalog names the annotated
 * type: {@code @FtpReplyHandler(catalog = AcmeCatalog.class)}.
 * <pre>{@code
 * @FtpReplyCatalog(file = "acme-replies.yaml", enumName = "AcmeReplyCode")
 * interface AcmeCatalog {}
 * }</pre>
 * <p>The YAML is either a file ({@link #file()}), a resource path resolved like {@link Class#getResource(String)}:
 * relative to the annotated type's package, or from the root if it starts with {@code /} (with Maven, a file in
 * {@code src/main/resources} is found with no configuration); or the YAML itself ({@link #yaml()}), in a text
 * block, which every build tool and IDE recompiles when it changes, as it is a change to a Java source. Give
 * exactly one of them. docs/extending.md gives the lookup order, the Gradle set-up and what each build tool
 * recompiles.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface FtpReplyCatalog {

    /**
     * Returns the extension catalog's resource path; give this or {@link #yaml()}.
     *
     * @return such as {@code "acme-replies.yaml"} (in the annotated type's package) or
     *     {@code "/catalogs/acme-replies.yaml"} (from the root); empty (the default) when {@link #yaml()} holds the
     *     catalog
     */
    String file() default "";

    /**
     * Returns the extension catalog itself, as YAML; give this or {@link #file()}. Java reads the text block first,
     * so its escapes are Java's: write {@code \\} for each backslash the YAML should see. Diagnostics give the
     * Java source line and column of the offending YAML where the compiler lets the processor find them (javac),
     * else the line and column in the text, counted from the line after the opening {@code """}.
     *
     * @return the YAML, usually a text block that starts with {@code schema: 1}; empty (the default) when
     *     {@link #file()} names the catalog
     */
    String yaml() default "";

    /**
     * Returns the simple name of the generated enum of the merged catalog's reply codes.
     *
     * @return a Java identifier, such as {@code "AcmeReplyCode"}
     */
    String enumName();

    /**
     * Returns the simple name of the generated accessor class of the merged catalog's texts; its bundles are named
     * like it.
     *
     * @return a Java identifier; empty (the default) for {@link #enumName()} with a final {@code Code} replaced by
     *     {@code Messages} ({@code AcmeReplyCode} gives {@code AcmeReplyMessages}), or with {@code Messages}
     *     appended
     */
    String messagesName() default "";

    /**
     * Returns how a text without a translation into one of the merged catalog's languages is reported.
     *
     * @return {@link MissingTranslations#DEFAULT} to follow the {@code -Aftpreply.missingTranslations} option
     */
    MissingTranslations missingTranslations() default MissingTranslations.DEFAULT;

    /** How a missing translation is reported; at run time such a text falls back to English. */
    enum MissingTranslations {
        /**
         * The {@code -Aftpreply.missingTranslations} option ({@code ignore}, {@code note}, {@code warning} or
         * {@code error}), else {@link #NOTE}.
         */
        DEFAULT,
        /** Not reported. */
        IGNORE,
        /** A compile note, which fails no build: the text falls back to English, as designed. */
        NOTE,
        /** A compile warning. */
        WARNING,
        /** A compile error: nothing is generated. */
        ERROR
    }
}

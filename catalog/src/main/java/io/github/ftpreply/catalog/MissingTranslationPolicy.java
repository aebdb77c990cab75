package io.github.ftpreply.catalog;

/**
 * What a reply text that lacks a translation into one of the catalog's {@code locales} is: users with a partial
 * language can ship it (the bundle falls back to the base language) or insist on completeness.
 */
public enum MissingTranslationPolicy {
    /** Not reported. */
    IGNORE,
    /**
     * A note (the processor's default): falling back to the base language at run time is the designed behaviour,
     * so a partial language fails no build, not even under {@code -Werror}.
     */
    NOTE,
    /** A warning: the catalog loads, and the text falls back to the base language at run time. */
    WARNING,
    /** An error: the catalog does not load. */
    ERROR
}

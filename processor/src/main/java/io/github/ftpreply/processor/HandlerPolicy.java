package io.github.ftpreply.processor;

/**
 * The exhaustiveness rule and the severity of missing codes that apply to one handler class: from its
 * {@code @FtpReplyHandler} attributes where they are not {@code DEFAULT}, else from the {@code -A} options.
 */
record HandlerPolicy(Exhaustiveness exhaustiveness, Severity severity) {

    /** The processor's defaults when neither the annotation nor an option says otherwise. */
    static final HandlerPolicy DEFAULT = new HandlerPolicy(Exhaustiveness.CATEGORIES_COUNT, Severity.ERROR);

    /** Which methods count when checking that every catalog code is handled. */
    enum Exhaustiveness {
        /** Any method the code reaches counts: its {@code @OnReply}, its {@code @OnCategory}, {@code @OnAnyReply}. */
        CATEGORIES_COUNT("categories"),
        /** Only an {@code @OnReply} method naming the code counts. */
        EVERY_CODE("every-code");

        final String optionValue;

        Exhaustiveness(String optionValue) {
            this.optionValue = optionValue;
        }
    }

    /** How missing codes are reported. */
    enum Severity {
        ERROR("error"),
        WARNING("warning");

        final String optionValue;

        Severity(String optionValue) {
            this.optionValue = optionValue;
        }
    }

    HandlerPolicy withExhaustiveness(Exhaustiveness value) {
        return new HandlerPolicy(value, severity);
    }

    HandlerPolicy withSeverity(Severity value) {
        return new HandlerPolicy(exhaustiveness, value);
    }
}

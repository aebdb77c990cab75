package io.github.ftpreply.processor;

/**
 * The names of the runtime types that the processor reads and generates code against. The processor does not
 * depend on the runtime jar (see docs/handlers.md), so these are names, kept in one place. They are
 * {@link JavaName}s, not JavaPoet's: the handler path reads them, and must not load JavaPoet.
 */
final class ClassNames {
    static final String RUNTIME_PACKAGE = "io.github.ftpreply";

    static final String FTP_REPLY_HANDLER = RUNTIME_PACKAGE + ".FtpReplyHandler";
    static final String ON_REPLY = RUNTIME_PACKAGE + ".OnReply";
    static final String ON_CATEGORY = RUNTIME_PACKAGE + ".OnCategory";
    static final String ON_ANY_REPLY = RUNTIME_PACKAGE + ".OnAnyReply";
    static final String FTP_REPLY_CATALOG = RUNTIME_PACKAGE + ".FtpReplyCatalog";

    /** The annotations the processor reads. */
    static final java.util.Set<String> OWN_ANNOTATIONS =
            java.util.Set.of(FTP_REPLY_HANDLER, ON_REPLY, ON_CATEGORY, ON_ANY_REPLY, FTP_REPLY_CATALOG);

    static final JavaName FTP_REPLY = JavaName.of(RUNTIME_PACKAGE, "FtpReply");
    static final JavaName FTP_REPLY_CODE = JavaName.of(RUNTIME_PACKAGE, "FtpReplyCode");
    static final JavaName SOCKET_ERROR_CODE = JavaName.of(RUNTIME_PACKAGE, "SocketErrorCode");
    static final JavaName REPLY_CATEGORY = JavaName.of(RUNTIME_PACKAGE, "ReplyCategory");
    static final JavaName REPLY_GROUP = JavaName.of(RUNTIME_PACKAGE, "ReplyGroup");
    static final JavaName REPLY_STATUS = JavaName.of(RUNTIME_PACKAGE, "ReplyStatus");
    static final JavaName REPLY_CODES = JavaName.of(RUNTIME_PACKAGE, "ReplyCodes");
    static final JavaName UNHANDLED_REPLY_EXCEPTION = JavaName.of(RUNTIME_PACKAGE, "UnhandledReplyException");

    static final String GENERATED = "javax.annotation.processing.Generated";

    /**
     * The annotations the processor is given each round: its own, and {@code @Generated}, which it claims when
     * only its own output carries it ({@link RoundClaim}).
     */
    static final java.util.Set<String> SUPPORTED_ANNOTATIONS =
            java.util.Set.of(FTP_REPLY_HANDLER, ON_REPLY, ON_CATEGORY, ON_ANY_REPLY, FTP_REPLY_CATALOG, GENERATED);

    private ClassNames() {}
}

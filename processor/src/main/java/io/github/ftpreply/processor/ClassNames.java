package io.github.ftpreply.processor;

import com.palantir.javapoet.ClassName;

/**
 * The names of the runtime types that the processor reads and generates code against. The processor does not
 * depend on the runtime jar (see docs/handlers.md), so these are names, kept in one place.
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

    static final ClassName FTP_REPLY = ClassName.get(RUNTIME_PACKAGE, "FtpReply");
    static final ClassName FTP_REPLY_CODE = ClassName.get(RUNTIME_PACKAGE, "FtpReplyCode");
    static final ClassName SOCKET_ERROR_CODE = ClassName.get(RUNTIME_PACKAGE, "SocketErrorCode");
    static final ClassName REPLY_CATEGORY = ClassName.get(RUNTIME_PACKAGE, "ReplyCategory");
    static final ClassName REPLY_GROUP = ClassName.get(RUNTIME_PACKAGE, "ReplyGroup");
    static final ClassName REPLY_STATUS = ClassName.get(RUNTIME_PACKAGE, "ReplyStatus");
    static final ClassName REPLY_CODES = ClassName.get(RUNTIME_PACKAGE, "ReplyCodes");
    static final ClassName UNHANDLED_REPLY_EXCEPTION = ClassName.get(RUNTIME_PACKAGE, "UnhandledReplyException");

    static final String GENERATED = "javax.annotation.processing.Generated";

    /**
     * The annotations the processor is given each round: its own, and {@code @Generated}, which it claims when
     * only its own output carries it ({@link RoundClaim}).
     */
    static final java.util.Set<String> SUPPORTED_ANNOTATIONS =
            java.util.Set.of(FTP_REPLY_HANDLER, ON_REPLY, ON_CATEGORY, ON_ANY_REPLY, FTP_REPLY_CATALOG, GENERATED);

    private ClassNames() {}
}

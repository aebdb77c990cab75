package io.github.ftpreply.processor;

/**
 * Every diagnostic the processor reports, each with a stable id. Messages begin with the id in brackets, such as
 * {@code [handler-unknown-code]}, so that users and tests can grep them; docs/handlers.md explains each one.
 */
enum DiagnosticId {
    /** A catalog code reaches no method that counts under the exhaustiveness policy. */
    MISSING_CODES("handler-missing-codes"),
    /** {@code @OnReply} names a code that is not in the catalog. */
    UNKNOWN_CODE("handler-unknown-code"),
    /** {@code @OnReply} names a Windows Sockets error, which is never a reply. */
    SOCKET_ERROR_CODE("handler-socket-error-code"),
    /** {@code @OnReply} or {@code @OnCategory} lists no value. */
    EMPTY_ROUTE("handler-empty-route"),
    /** One code is handled by two methods, or listed twice. */
    DUPLICATE_CODE("handler-duplicate-code"),
    /** One category is handled by two methods, or listed twice. */
    DUPLICATE_CATEGORY("handler-duplicate-category"),
    /** Two {@code @OnAnyReply} methods in one class. */
    DUPLICATE_CATCH_ALL("handler-duplicate-catch-all"),
    /** A handler method is private. */
    METHOD_PRIVATE("handler-method-private"),
    /** A handler method is static. */
    METHOD_STATIC("handler-method-static"),
    /** A handler method declares type parameters. */
    METHOD_GENERIC("handler-method-generic"),
    /** A handler method takes something other than nothing, the reply, its constant or its code. */
    METHOD_PARAMETER("handler-method-parameter"),
    /** Handler methods of one class return different types. */
    MIXED_RETURN_TYPES("handler-mixed-return-types"),
    /** The dispatcher cannot refer to the handler class. */
    CLASS_UNREACHABLE("handler-class-unreachable"),
    /** The handler class declares type parameters. */
    CLASS_GENERIC("handler-class-generic"),
    /** A routing annotation on a method of a class without {@code @FtpReplyHandler}. */
    OUTSIDE_HANDLER("handler-outside-handler"),
    /** A type in a handler method's signature never became available. */
    UNRESOLVED_TYPE("handler-unresolved-type"),
    /** An {@code -Aftpreply.*} option has a value the processor does not know. */
    INVALID_OPTION("handler-invalid-option"),
    /** The catalog bundled in the processor cannot be read. */
    CATALOG_UNAVAILABLE("handler-catalog-unavailable"),
    /** {@code @FtpReplyHandler(catalog = X.class)} names a type without {@code @FtpReplyCatalog}. */
    NOT_A_CATALOG("handler-not-a-catalog"),
    /** The YAML file an {@code @FtpReplyCatalog} names is in none of the places searched. */
    EXTENSION_FILE_NOT_FOUND("extension-file-not-found"),
    /** The YAML file an {@code @FtpReplyCatalog} names exists but cannot be read. */
    EXTENSION_UNREADABLE("extension-unreadable"),
    /** The path an {@code @FtpReplyCatalog} names is a directory. */
    EXTENSION_NOT_A_FILE("extension-not-a-file"),
    /** The path an {@code @FtpReplyCatalog} names is a FIFO, a device or a socket, never read. */
    EXTENSION_SPECIAL_FILE("extension-special-file"),
    /** The path an {@code @FtpReplyCatalog} names is a symbolic link that loops. */
    EXTENSION_SYMLINK_LOOP("extension-symlink-loop"),
    /** An {@code @FtpReplyCatalog} attribute is not usable: a file path or a Java name. */
    EXTENSION_INVALID_ATTRIBUTE("extension-invalid-attribute"),
    /** Two {@code @FtpReplyCatalog} types would generate a type of the same name. */
    EXTENSION_DUPLICATE_NAME("extension-duplicate-name"),
    /** The compilation's source level is below Java 17, which the generated code and the runtime need. */
    SOURCE_LEVEL("handler-source-level"),
    /** A bug in the processor; the message carries the stack trace. */
    INTERNAL_ERROR("handler-internal-error");

    private final String id;

    DiagnosticId(String id) {
        this.id = id;
    }

    /** The stable id, such as {@code handler-unknown-code}. */
    String id() {
        return id;
    }

    /** The id as messages begin with it: {@code [handler-unknown-code]}. */
    String tag() {
        return "[" + id + "]";
    }
}

/**
 * ftpreply's runtime: the FTP reply model ({@link io.github.ftpreply.FtpReply}), the RFC 959 wire parser and
 * formatter, the reply-code enums and localized texts generated from the catalog, the handler annotations, and RFC
 * 2640 language negotiation. It depends on nothing but {@code java.base}.
 */
module io.github.ftpreply {
    exports io.github.ftpreply;

    // Only for @javax.annotation.processing.Generated on the generated sources: source retention, so nothing is
    // needed at run time; transitive because the annotated classes are exported (javac's exports lint).
    requires static transitive java.compiler;
}

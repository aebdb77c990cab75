package io.github.ftpreply;

/** How established a catalog reply code is; see {@link FtpReplyCode#status()}. */
public enum ReplyStatus {
    /** Defined by RFC 959, the base standard. */
    STANDARD,
    /** Defined by a later RFC that extends FTP. */
    EXTENSION,
    /** Seen from real servers, but defined by no RFC. */
    NON_STANDARD,
    /** Once defined or used, no longer to be sent. */
    OBSOLETE
}

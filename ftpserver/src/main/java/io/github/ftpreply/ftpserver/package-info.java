/**
 * ftpreply for Apache FtpServer: replies with the catalog's texts in the session's language and {@code LANG}
 * negotiated as RFC 2640 §4.2 asks. {@link io.github.ftpreply.ftpserver.FtpServerReplies#install} sets both up on an
 * {@code FtpServerFactory}.
 */
package io.github.ftpreply.ftpserver;

/**
 * ftpreply for Apache Commons Net: every reply an {@code FTPClient} receives as an {@link io.github.ftpreply.FtpReply},
 * for a generated handler dispatcher. {@link io.github.ftpreply.commonsnet.FtpReplies#last FtpReplies.last(client)}
 * after a call that failed; a {@link io.github.ftpreply.commonsnet.ReplyListener} for every reply of a session.
 */
package io.github.ftpreply.commonsnet;

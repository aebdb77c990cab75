package io.github.ftpreply.commonsnet;

import io.github.ftpreply.FtpReply;
import io.github.ftpreply.MalformedReplyException;
import io.github.ftpreply.ReplyParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.net.ftp.FTP;

/**
 * The reply a Commons Net client received last, as an {@link FtpReply}. Where Commons Net code checks
 * {@code FTPReply.isPositiveCompletion(client.getReplyCode())} or the {@code boolean} of {@code client.login(...)},
 * the failure branch hands the whole reply to a generated dispatcher:
 *
 * <pre>{@code
 * if (!client.login(user, password)) {
 *     dispatcher.dispatch(FtpReplies.last(client));
 * }
 * }</pre>
 *
 * <p>This also works after Commons Net has thrown {@code FTPConnectionClosedException} for a {@code 421}: the client
 * keeps the 421 as its last reply.
 */
public final class FtpReplies {

    private static final ReplyParser PARSER = ReplyParser.lenient();

    private FtpReplies() {}

    /**
     * The client's last reply, every line of it. Commons Net keeps a reply as decoded lines; they are encoded back
     * with the client's control encoding and read by ftpreply's lenient {@link ReplyParser} in that encoding, so the
     * reply is exactly what the parser makes of the bytes the server sent (for text the encoding can represent).
     * A bare LF inside a line (pyftpdlib's two-line banner) stays in that line's text, as in Commons Net. A reply that
     * Commons Net accepted and the lenient parser still refuses keeps Commons Net's code and lines, so nothing is lost.
     *
     * @param client a client that has received at least one reply
     * @return the reply
     * @throws IllegalStateException if the client has not received a reply yet
     */
    public static FtpReply last(FTP client) {
        Objects.requireNonNull(client, "client == null");
        String[] lines = client.getReplyStrings();
        if (lines == null || lines.length == 0) {
            throw new IllegalStateException("the client has not received a reply yet");
        }
        return of(Arrays.asList(lines), Charset.forName(client.getControlEncoding()), client.getReplyCode());
    }

    /** The reply of Commons Net's {@code lines}, read as {@code charset} bytes; {@code code} is Commons Net's. */
    static FtpReply of(List<String> lines, Charset charset, int code) {
        byte[] bytes = (String.join("\r\n", lines) + "\r\n").getBytes(charset);
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        try {
            FtpReply reply = PARSER.withCharset(charset).read(in);
            if (in.available() == 0) {
                return reply;
            }
        } catch (MalformedReplyException e) {
            // Commons Net took what the parser refuses; keep Commons Net's reading below rather than lose lines.
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: an in-memory stream", e);
        }
        return commonsNetReading(lines, code);
    }

    /**
     * The reply as Commons Net read it: the first line after its code and separator, the middle lines as they are,
     * the last line of a multi-line reply after its code and separator.
     */
    private static FtpReply commonsNetReading(List<String> lines, int code) {
        List<String> texts = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean prefixed = i == 0 || (i == lines.size() - 1 && line.startsWith(Integer.toString(code)));
            texts.add(prefixed ? afterCode(line) : line);
        }
        return FtpReply.of(code, texts);
    }

    private static String afterCode(String line) {
        return line.length() > 4 ? line.substring(4) : "";
    }
}

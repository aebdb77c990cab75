package io.github.ftpreply.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.io.CRLFLineReader;

/**
 * Apache Commons Net's own reply reading, {@link FTP#getReply()}, fed from bytes instead of a socket: the control
 * reader is what {@code FTP._connectAction_} builds around a socket's input stream.
 */
final class CommonsNetReader extends FTP {

    /** Starts reading {@code wire} from its first byte, as a new connection would. */
    void connect(byte[] wire) {
        _controlInput_ =
                new CRLFLineReader(new InputStreamReader(new ByteArrayInputStream(wire), StandardCharsets.UTF_8));
    }

    /** The lines of the last reply, as Commons Net keeps them (no copy, unlike {@link #getReplyStrings()}). */
    List<String> replyLines() {
        return _replyLines;
    }

    /** Reads one reply; Commons Net keeps its code and lines. */
    int next() throws IOException {
        return getReply();
    }
}

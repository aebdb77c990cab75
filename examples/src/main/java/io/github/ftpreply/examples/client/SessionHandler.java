package io.github.ftpreply.examples.client;

import io.github.ftpreply.FtpReply;
import io.github.ftpreply.FtpReplyHandler;
import io.github.ftpreply.OnAnyReply;
import io.github.ftpreply.OnCategory;
import io.github.ftpreply.OnReply;
import io.github.ftpreply.ReplyCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an FTP client makes of each reply of a session. The annotation processor generates
 * {@code SessionHandlerDispatcher}, which calls the method for a reply's code, else the one for its category, else
 * {@link #unexpected(int)}. Each method returns its own name, so that a session can show which one ran.
 */
@FtpReplyHandler
public class SessionHandler {

    private boolean loggedIn;
    private String pathname;
    private FtpReply lastRefusal;
    private final List<String> features = new ArrayList<>();
    private final List<Integer> unexpectedCodes = new ArrayList<>();

    @OnReply(220)
    String serviceReady() {
        return "serviceReady";
    }

    @OnReply(331)
    String passwordRequired() {
        return "passwordRequired";
    }

    @OnReply(230)
    String loggedIn() {
        loggedIn = true;
        return "loggedIn";
    }

    @OnReply(530)
    String notLoggedIn() {
        loggedIn = false;
        return "notLoggedIn";
    }

    /** RFC 2389: the lines between the first and the last name one feature each, indented by a space. */
    @OnReply(211)
    String features(FtpReply reply) {
        features.clear();
        List<String> lines = reply.lines();
        for (String line : lines.subList(1, Math.max(1, lines.size() - 1))) {
            features.add(line.strip());
        }
        return "features";
    }

    /** The reply to PWD and MKD: the pathname between the first quote and the next single one. */
    @OnReply(257)
    String pathname(FtpReply reply) {
        pathname = unquotePathname(reply.text()).orElse(null);
        return "pathname";
    }

    @OnReply(227)
    String passiveMode() {
        return "passiveMode";
    }

    @OnReply({125, 150})
    String transferStarting() {
        return "transferStarting";
    }

    @OnReply(226)
    String transferComplete() {
        return "transferComplete";
    }

    @OnReply(221)
    String closing() {
        loggedIn = false;
        return "closing";
    }

    /** Any other success, such as 200 for LANG and TYPE or 250 for CWD. */
    @OnCategory(ReplyCategory.POSITIVE_COMPLETION)
    String completed() {
        return "completed";
    }

    /** Any failure without a method of its own, such as 550 for a missing file. */
    @OnCategory({ReplyCategory.TRANSIENT_NEGATIVE, ReplyCategory.PERMANENT_NEGATIVE})
    String refused(FtpReply reply) {
        lastRefusal = reply;
        return "refused";
    }

    /** Everything else: other 1yz and 3yz replies, protected 6yz replies. A real client would give up here. */
    @OnAnyReply
    String unexpected(int code) {
        unexpectedCodes.add(code);
        return "unexpected";
    }

    /** Whether the last login reply was 230. */
    public boolean isLoggedIn() {
        return loggedIn;
    }

    /** The pathname of the last 257 reply, unquoted. */
    public Optional<String> pathname() {
        return Optional.ofNullable(pathname);
    }

    /** The last failure that no method of its own handled, such as the 450 of a DELE. */
    public Optional<FtpReply> lastRefusal() {
        return Optional.ofNullable(lastRefusal);
    }

    /** The codes that reached {@link #unexpected(int)}, in order. */
    public List<Integer> unexpectedCodes() {
        return List.copyOf(unexpectedCodes);
    }

    /** The features of the last FEAT reply, such as {@code LANG en*;de;fr}. */
    public List<String> features() {
        return List.copyOf(features);
    }

    /**
     * The pathname of a 257 reply, as RFC 959 Appendix II quotes it: {@code "/a ""b"" c" created.} gives
     * {@code /a "b" c}.
     *
     * @param text the reply text
     * @return the pathname, or empty if the text holds no quoted pathname
     */
    public static Optional<String> unquotePathname(String text) {
        int start = text.indexOf('"');
        if (start < 0) {
            return Optional.empty();
        }
        StringBuilder pathname = new StringBuilder();
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '"') {
                pathname.append(c);
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                pathname.append('"');
                i++;
            } else {
                return Optional.of(pathname.toString());
            }
        }
        return Optional.empty();
    }
}

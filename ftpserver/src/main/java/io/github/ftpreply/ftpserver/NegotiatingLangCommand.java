package io.github.ftpreply.ftpserver;

import io.github.ftpreply.LanguageNegotiator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.ftpserver.command.AbstractCommand;
import org.apache.ftpserver.ftplet.FtpReply;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apache.ftpserver.impl.LocalizedFtpReply;

/**
 * FtpServer's {@code LANG} command (RFC 2640) answered by a {@link LanguageNegotiator}: {@code LANG de-AT} switches
 * the session to German and replies 200 in German; a language the server lacks gets 504; {@code LANG} alone goes
 * back to the default. FtpServer's own command only accepts an exact, lower-cased match.
 */
public final class NegotiatingLangCommand extends AbstractCommand {

    private final LanguageNegotiator languages;

    /**
     * A {@code LANG} command over these languages.
     *
     * @param languages the server's languages, the default first
     */
    public NegotiatingLangCommand(LanguageNegotiator languages) {
        this.languages = Objects.requireNonNull(languages, "languages == null");
    }

    /**
     * Negotiates the language and replies in it.
     *
     * @param session the session
     * @param context the server
     * @param request the {@code LANG} command
     */
    @Override
    public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) {
        session.resetState();
        String argument = request.hasArgument() ? request.getArgument() : "";
        Optional<Locale> language = languages.negotiate(argument);
        int code = FtpReply.REPLY_504_COMMAND_NOT_IMPLEMENTED_FOR_THAT_PARAMETER;
        if (language.isPresent()) {
            session.setLanguage(language.get().toLanguageTag());
            code = FtpReply.REPLY_200_COMMAND_OKAY;
        }
        session.write(LocalizedFtpReply.translate(session, request, context, code, "LANG", null));
    }
}

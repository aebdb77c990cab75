package io.github.ftpreply.ftpserver;

import java.util.Objects;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.command.CommandFactoryFactory;
import org.apache.ftpserver.message.MessageResource;
import org.apache.ftpserver.message.MessageResourceFactory;

/**
 * Sets up an Apache FtpServer to reply with a catalog's texts in the session's language and to negotiate
 * {@code LANG} as RFC 2640 §4.2 asks:
 *
 * <pre>{@code
 * FtpServerFactory factory = new FtpServerFactory();
 * FtpServerReplies.canonical().install(factory);
 * }</pre>
 *
 * <p>With an extension catalog, {@code FtpServerReplies.of(CatalogTexts.of(AcmeReplyMessages.class,
 * AcmeReplyMessages.LOCALES))}. Immutable.
 */
public final class FtpServerReplies {

    private final CatalogTexts texts;
    private final MessageResource ftpServerTexts;

    private FtpServerReplies(CatalogTexts texts, MessageResource ftpServerTexts) {
        this.texts = Objects.requireNonNull(texts, "texts == null");
        this.ftpServerTexts = ftpServerTexts;
    }

    /**
     * The canonical catalog's texts in its ten languages.
     *
     * @return the set-up
     */
    public static FtpServerReplies canonical() {
        return of(CatalogTexts.canonical());
    }

    /**
     * A catalog's texts, such as an extension's.
     *
     * @param texts the texts and languages
     * @return the set-up
     */
    public static FtpServerReplies of(CatalogTexts texts) {
        return new FtpServerReplies(texts, null);
    }

    /**
     * The same, with FtpServer's texts for what the catalog does not cover taken from {@code ftpServerTexts}: a
     * {@code MessageResourceFactory} with {@code setCustomMessageDirectory}, FtpServer's own customisation path.
     *
     * @param ftpServerTexts FtpServer's texts
     * @return the set-up
     */
    public FtpServerReplies withFtpServerTexts(MessageResource ftpServerTexts) {
        return new FtpServerReplies(texts, Objects.requireNonNull(ftpServerTexts, "ftpServerTexts == null"));
    }

    /**
     * The message resource this set-up installs.
     *
     * @return a new resource
     */
    public CatalogMessageResource messageResource() {
        MessageResource fallback =
                ftpServerTexts != null ? ftpServerTexts : new MessageResourceFactory().createMessageResource();
        return new CatalogMessageResource(texts, fallback);
    }

    /**
     * Installs the message resource and the {@code LANG} command, with FtpServer's other commands.
     *
     * @param factory the server factory
     */
    public void install(FtpServerFactory factory) {
        install(factory, new CommandFactoryFactory());
    }

    /**
     * Installs the message resource and adds the {@code LANG} command to {@code commands}, which may hold commands
     * of your own, then sets the command factory they make.
     *
     * @param factory the server factory
     * @param commands the commands to add {@code LANG} to
     */
    public void install(FtpServerFactory factory, CommandFactoryFactory commands) {
        Objects.requireNonNull(factory, "factory == null");
        commands.addCommand("LANG", new NegotiatingLangCommand(texts.languages()));
        factory.setMessageResource(messageResource());
        factory.setCommandFactory(commands.createCommandFactory());
    }
}

package io.github.ftpreply.examples.extension;

import io.github.ftpreply.FtpReply;
import java.util.Locale;

/** Dispatches a few replies through the generated dispatcher and prints Acme's texts. */
public final class AcmeExample {
    private AcmeExample() {}

    public static void main(String[] args) {
        AcmeReplyHandlerDispatcher dispatcher = new AcmeReplyHandlerDispatcher(new AcmeReplyHandler());
        System.out.println(dispatcher.dispatch(FtpReply.of(242, AcmeReplyMessages.quotaReport(Locale.ENGLISH, 120))));
        System.out.println(dispatcher.dispatch(FtpReply.of(530, "Not logged in.")));
        System.out.println(dispatcher.dispatch(FtpReply.of(550, "No such file.")));
        System.out.println(dispatcher.dispatch(FtpReply.of(631, "protected reply"))); // excluded: unknown now
        System.out.println(AcmeReplyCode.find(631).isPresent());
        System.out.println(AcmeReplyMessages.quotaReport(Locale.GERMAN, 120));
        System.out.println(AcmeReplyMessages.quotaReport(Locale.KOREAN, 120));
        System.out.println(AcmeReplyMessages.text(AcmeReplyCode.NOT_LOGGED_IN, Locale.GERMAN));
        System.out.println(AcmeReplyMessages.text(AcmeReplyCode.NOT_LOGGED_IN, Locale.FRENCH));
    }
}

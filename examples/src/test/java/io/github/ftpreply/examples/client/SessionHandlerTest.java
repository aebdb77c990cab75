package io.github.ftpreply.examples.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ftpreply.FtpReply;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The generated dispatcher of {@link SessionHandler}, without a network. */
class SessionHandlerTest {

    private final SessionHandler handler = new SessionHandler();
    private final SessionHandlerDispatcher dispatcher = new SessionHandlerDispatcher(handler);

    @Test
    void routesByCodeThenCategoryThenCatchAll() {
        assertEquals("loggedIn", dispatcher.dispatch(FtpReply.of(230, "ok")));
        assertEquals("completed", dispatcher.dispatch(FtpReply.of(250, "ok"))); // catalog code, by category
        assertEquals("completed", dispatcher.dispatch(FtpReply.of(299, "ok"))); // not in the catalog
        assertEquals("refused", dispatcher.dispatch(FtpReply.of(550, "no")));
        assertEquals("refused", dispatcher.dispatch(FtpReply.of(421, "bye")));
        assertEquals("unexpected", dispatcher.dispatch(FtpReply.of(350, "more")));
        assertEquals("unexpected", dispatcher.dispatch(FtpReply.of(199, "?")));
        assertEquals("unexpected", dispatcher.dispatch(FtpReply.of(633, "protected")));
        assertEquals(List.of(350, 199, 633), handler.unexpectedCodes());
        assertEquals(421, handler.lastRefusal().orElseThrow().code());
    }

    @Test
    void readsFeaturesAndPathnames() {
        dispatcher.dispatch(FtpReply.of(211, List.of("Extensions supported", " SIZE", " LANG en*;de", "End")));
        assertEquals(List.of("SIZE", "LANG en*;de"), handler.features());
        dispatcher.dispatch(FtpReply.of(257, "\"/a \"\"b\"\" c\" erstellt."));
        assertEquals(Optional.of("/a \"b\" c"), handler.pathname());
    }

    @Test
    void unquotesPathnamesAsRfc959AppendixIIQuotesThem() {
        assertEquals(Optional.of("/"), SessionHandler.unquotePathname("\"/\" is current directory."));
        assertEquals(Optional.of(""), SessionHandler.unquotePathname("\"\" created."));
        assertEquals(Optional.of("\""), SessionHandler.unquotePathname("\"\"\"\" created."));
        assertEquals(Optional.empty(), SessionHandler.unquotePathname("no quotes"));
        assertEquals(Optional.empty(), SessionHandler.unquotePathname("\"unterminated"));
    }
}

package io.github.ftpreply.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import io.github.ftpreply.FtpReply;
import io.github.ftpreply.FtpReplyCode;
import io.github.ftpreply.UnhandledReplyException;
import io.github.ftpreply.catalog.CatalogLoader;
import io.github.ftpreply.catalog.ReplyCodeEntry;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Compiles handlers against the runtime and the canonical catalog, as users do, loads the generated dispatchers
 * and runs them for every reply code 100..699: each catalog code and each code outside the catalog must reach
 * exactly the method the routing rules name.
 */
class DispatcherFunctionalTest {
    private static final List<ReplyCodeEntry> CATALOG =
            CatalogLoader.canonical().codes();
    private static final String IMPORTS = "package test;\n\nimport io.github.ftpreply.*;\n\n";

    @Test
    void everyCatalogCodeReachesItsOwnMethodAndOthersTheCatchAll() throws Exception {
        StringBuilder methods = new StringBuilder();
        for (ReplyCodeEntry entry : CATALOG) {
            methods.append("    @OnReply(")
                    .append(entry.code())
                    .append(") public String on")
                    .append(entry.code())
                    .append("(FtpReplyCode code) { return \"")
                    .append(entry.code())
                    .append(":\" + code.name(); }\n");
        }
        JavaFileObject source = Compilations.source(
                "EveryCode",
                IMPORTS + "@FtpReplyHandler\npublic class EveryCode {\n" + methods
                        + "    @OnAnyReply public String unknown(int code) { return \"unknown:\" + code; }\n}\n");
        Dispatcher dispatcher =
                Dispatcher.compile("EveryCode", List.of("-Aftpreply.exhaustiveness=every-code"), source);

        Set<Integer> catalogCodes = CATALOG.stream().map(ReplyCodeEntry::code).collect(Collectors.toSet());
        for (ReplyCodeEntry entry : CATALOG) {
            assertThat(dispatcher.dispatch(entry.code())).isEqualTo(entry.code() + ":" + entry.name());
            assertThat(FtpReplyCode.of(entry.code()).name()).isEqualTo(entry.name());
        }
        for (int code = 100; code <= 699; code++) {
            if (!catalogCodes.contains(code)) {
                assertThat(dispatcher.dispatch(code)).isEqualTo("unknown:" + code);
            }
        }
    }

    @Test
    void codeThenCategoryThenCatchAll() throws Exception {
        // 530 has both its own method and a category method: the most specific, its own, wins.
        JavaFileObject source = Compilations.source("Mixed", IMPORTS + """
                @FtpReplyHandler
                public class Mixed {
                    @OnReply(230) public String loggedIn(FtpReply reply) { return "loggedIn " + reply.code(); }
                    @OnReply({332, 331}) public String needMore() { return "needMore"; }
                    @OnReply(530) public String notLoggedIn() { return "notLoggedIn"; }
                    @OnCategory({ReplyCategory.TRANSIENT_NEGATIVE, ReplyCategory.PERMANENT_NEGATIVE})
                    public String failed(int code) { return "failed " + code; }
                    @OnCategory(ReplyCategory.POSITIVE_PRELIMINARY)
                    public String preliminary(FtpReply reply) { return "preliminary " + reply.code(); }
                    @OnAnyReply public String other(FtpReply reply) { return "other " + reply.code(); }
                }
                """);
        Dispatcher dispatcher = Dispatcher.compile("Mixed", List.of(), source);
        for (int code = 100; code <= 699; code++) {
            String expected = code == 230
                    ? "loggedIn 230"
                    : code == 331 || code == 332
                            ? "needMore"
                            : code == 530
                                    ? "notLoggedIn"
                                    : code / 100 == 4 || code / 100 == 5
                                            ? "failed " + code
                                            : code / 100 == 1 ? "preliminary " + code : "other " + code;
            assertThat(dispatcher.dispatch(code)).isEqualTo(expected);
        }
    }

    @Test
    void unhandledCodesThrowNamingTheCode() throws Exception {
        JavaFileObject source = Compilations.source("Partial", IMPORTS + """
                @FtpReplyHandler(missing = FtpReplyHandler.MissingCodeSeverity.WARNING)
                public class Partial {
                    public final java.util.List<String> calls = new java.util.ArrayList<>();
                    @OnReply(230) public void loggedIn() { calls.add("loggedIn"); }
                    @OnCategory(ReplyCategory.PERMANENT_NEGATIVE) public void failed(int code) { calls.add("failed " + code); }
                }
                """);
        Dispatcher dispatcher = Dispatcher.compile("Partial", List.of(), source);
        assertThat(dispatcher.dispatch(230)).isNull();
        assertThat(dispatcher.dispatch(530)).isNull();
        assertThat(dispatcher.dispatch(599)).isNull();
        assertThat(dispatcher.handler.getClass().getField("calls").get(dispatcher.handler))
                .isEqualTo(List.of("loggedIn", "failed 530", "failed 599"));

        UnhandledReplyException unknown = assertThrows(UnhandledReplyException.class, () -> dispatcher.dispatch(299));
        assertThat(unknown.code()).isEqualTo(299);
        assertThat(unknown.handler()).isEqualTo("test.Partial");
        assertThat(unknown)
                .hasMessageThat()
                .isEqualTo("test.Partial has no method for reply code 299 (not in the"
                        + " catalog): FtpReply[299, \"text\"]; add @OnReply(299), @OnCategory(POSITIVE_COMPLETION) or"
                        + " @OnAnyReply");
        UnhandledReplyException known = assertThrows(UnhandledReplyException.class, () -> dispatcher.dispatch(220));
        assertThat(known).hasMessageThat().startsWith("test.Partial has no method for reply code 220 (SERVICE_READY)");
        assertThrows(UnhandledReplyException.class, () -> dispatcher.dispatch(199));
    }

    @Test
    void checkedExceptionsPropagateAndAreDeclared() throws Exception {
        JavaFileObject source = Compilations.source("Throwing", IMPORTS + """
                @FtpReplyHandler
                public class Throwing {
                    @OnReply(550) public void missing() throws java.io.FileNotFoundException {
                        throw new java.io.FileNotFoundException("550");
                    }
                    @OnAnyReply public void any(FtpReply reply) throws java.io.IOException {
                        throw new java.io.IOException("any " + reply.code());
                    }
                }
                """);
        Dispatcher dispatcher = Dispatcher.compile("Throwing", List.of(), source);
        assertThat(List.of(dispatcher.dispatch.getExceptionTypes()))
                .containsExactly(java.io.FileNotFoundException.class, IOException.class)
                .inOrder();
        assertThat(assertThrows(IOException.class, () -> dispatcher.dispatch(299)))
                .hasMessageThat()
                .isEqualTo("any 299");
        assertThat(assertThrows(java.io.FileNotFoundException.class, () -> dispatcher.dispatch(550)))
                .hasMessageThat()
                .isEqualTo("550");
    }

    /** A compiled handler and its dispatcher, loaded and ready to call. */
    private static final class Dispatcher {
        final Object handler;
        final Object dispatcher;
        final Method dispatch;

        private Dispatcher(Object handler, Object dispatcher, Method dispatch) {
            this.handler = handler;
            this.dispatcher = dispatcher;
            this.dispatch = dispatch;
        }

        static Dispatcher compile(String name, List<String> options, JavaFileObject source) throws Exception {
            Compilation compilation = Compilations.compileCanonical(options, source);
            assertThat(compilation).succeeded();
            ClassLoader loader = new CompiledClassLoader(compilation);
            Class<?> handlerClass = loader.loadClass("test." + name);
            Class<?> dispatcherClass = loader.loadClass("test." + name + "Dispatcher");
            Object handler = handlerClass.getConstructor().newInstance();
            return new Dispatcher(
                    handler,
                    dispatcherClass.getConstructor(handlerClass).newInstance(handler),
                    dispatcherClass.getMethod("dispatch", FtpReply.class));
        }

        /** Dispatches a reply with this code and the text {@code text}; rethrows what the handler threw. */
        Object dispatch(int code) throws Exception {
            try {
                return dispatch.invoke(dispatcher, FtpReply.of(code, "text"));
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }
}

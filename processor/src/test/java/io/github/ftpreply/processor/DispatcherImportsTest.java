package io.github.ftpreply.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.ftpreply.FtpReply;
import io.github.ftpreply.UnhandledReplyException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Dispatchers whose handlers return and throw types that stress how the generated source names them: nested and
 * generic types, arrays, simple names that clash with the runtime's or with each other, a handler named like a
 * type the dispatcher imports, a handler nested two levels deep in another package, a signature long enough to
 * wrap. Each dispatcher is pinned byte for byte (golden files, read by hand), compiles under
 * {@code -Xlint:all -Werror}, and dispatches.
 */
class DispatcherImportsTest {

    /** Not the runtime's {@code FtpReply}: a return type whose simple name clashes with it. */
    private static final JavaFileObject OTHER_FTP_REPLY = JavaFileObjects.forSourceString("other.FtpReply", """
            package other;

            public record FtpReply(int code) {}
            """);

    /** A checked exception named like the runtime's {@code UnhandledReplyException}. */
    private static final JavaFileObject OTHER_UNHANDLED =
            JavaFileObjects.forSourceString("other.UnhandledReplyException", """
            package other;

            public class UnhandledReplyException extends Exception {
                private static final long serialVersionUID = 1L;
            }
            """);

    /** A checked exception named like {@code java.util.Objects}, which every dispatcher's constructor calls. */
    private static final JavaFileObject OTHER_OBJECTS = JavaFileObjects.forSourceString("other.Objects", """
            package other;

            public class Objects extends Exception {
                private static final long serialVersionUID = 1L;
            }
            """);

    /** A class named like the dispatcher of {@code test.Echo}, which returns it. */
    private static final JavaFileObject OTHER_ECHO_DISPATCHER =
            JavaFileObjects.forSourceString("other.EchoDispatcher", """
            package other;

            public record EchoDispatcher(int code) {}
            """);

    private static final JavaFileObject WILDCARDS = Compilations.source("Wildcards", """
            package test;

            import io.github.ftpreply.*;
            import java.util.List;
            import java.util.Map;

            @FtpReplyHandler
            public class Wildcards {
                @OnReply(230)
                public List<? extends Map<String, int[]>> loggedIn(int code) {
                    return List.of(Map.of("loggedIn", new int[] {code}));
                }

                @OnAnyReply
                public List<? extends Map<String, int[]>> other(FtpReply reply) {
                    return List.of();
                }
            }
            """);

    private static final JavaFileObject CLASHES = Compilations.source("Clashes", """
            package test;

            import io.github.ftpreply.*;

            @FtpReplyHandler
            public class Clashes {
                @OnReply({150, 200, 220, 230, 331, 421})
                public other.FtpReply known(FtpReply reply) throws other.UnhandledReplyException {
                    return new other.FtpReply(reply.code());
                }

                @OnCategory(ReplyCategory.PERMANENT_NEGATIVE)
                public other.FtpReply negative(int code)
                        throws other.Objects, java.io.IOException, java.util.concurrent.TimeoutException {
                    throw new other.Objects();
                }
            }
            """);

    /** A handler named like {@code java.util.Objects}, returning an array of a nested generic type. */
    private static final JavaFileObject OBJECTS = Compilations.source("Objects", """
            package test;

            import io.github.ftpreply.*;
            import java.util.Map;

            @FtpReplyHandler
            public class Objects {
                @OnAnyReply
                @SuppressWarnings({"unchecked", "rawtypes"})
                public Map.Entry<?, ? super Integer>[] any(int code) {
                    return new Map.Entry[] {Map.entry("code", code)};
                }
            }
            """);

    private static final JavaFileObject ECHO = Compilations.source("Echo", """
            package test;

            import io.github.ftpreply.*;

            @FtpReplyHandler
            public class Echo {
                @OnAnyReply
                public other.EchoDispatcher echo(int code) {
                    return new other.EchoDispatcher(code);
                }
            }
            """);

    private static final String LONG_NAME = "HandlerWithANameLongEnoughToWrapItsConstructor";

    private static final JavaFileObject NESTED =
            JavaFileObjects.forSourceString("other.deep.Outer", """
            package other.deep;

            import io.github.ftpreply.*;

            public class Outer {
                public static class Middle {
                    @FtpReplyHandler
                    public static class %s {
                        public String last;

                        @OnReply({150, 200, 220, 230, 331, 421, 530})
                        public void known(FtpReply reply) {
                            last = "known " + reply.code();
                        }

                        @OnCategory(ReplyCategory.PERMANENT_NEGATIVE)
                        public void negative(FtpReply reply) {
                            last = "negative " + reply.code();
                        }
                    }
                }
            }
            """.formatted(LONG_NAME));

    private static final List<JavaFileObject> SOURCES = List.of(
            OTHER_FTP_REPLY,
            OTHER_UNHANDLED,
            OTHER_OBJECTS,
            OTHER_ECHO_DISPATCHER,
            WILDCARDS,
            CLASHES,
            OBJECTS,
            ECHO,
            NESTED);

    private static Compilation compile() {
        return Compilations.compile(List.of("-Xlint:all", "-Werror"), SOURCES.toArray(JavaFileObject[]::new));
    }

    @Test
    void eachDispatcherIsPinnedByteForByte() throws IOException {
        Compilation compilation = compile();
        assertThat(compilation).succeededWithoutWarnings();
        DispatcherGoldenTest.assertGolden(compilation, "test.WildcardsDispatcher", "WildcardsDispatcher.java");
        DispatcherGoldenTest.assertGolden(compilation, "test.ClashesDispatcher", "ClashesDispatcher.java");
        DispatcherGoldenTest.assertGolden(compilation, "test.ObjectsDispatcher", "ObjectsDispatcher.java");
        DispatcherGoldenTest.assertGolden(compilation, "test.EchoDispatcher", "EchoDispatcher.java");
        DispatcherGoldenTest.assertGolden(
                compilation,
                "other.deep.Outer_Middle_" + LONG_NAME + "Dispatcher",
                "Outer_Middle_" + LONG_NAME + "Dispatcher.java");
    }

    /** The rules the golden files follow, spelled out where a reader of one would look for them. */
    @Test
    void clashingNamesAreImportedOnceAndTheRestQualified() throws IOException {
        Compilation compilation = compile();
        String clashes = Compilations.generatedSource(compilation, "test.ClashesDispatcher");
        // The first type referenced with a simple name gets the import: the runtime's FtpReply (Javadoc),
        // java.util.Objects (constructor), other.UnhandledReplyException (the first @throws).
        assertThat(clashes).contains("import io.github.ftpreply.FtpReply;\n");
        assertThat(clashes).contains("import java.util.Objects;\n");
        assertThat(clashes).contains("import other.UnhandledReplyException;\n");
        assertThat(clashes).contains("public other.FtpReply dispatch(FtpReply reply)");
        assertThat(clashes).contains("other.Objects,");
        assertThat(clashes).contains("throw new io.github.ftpreply.UnhandledReplyException(reply, Clashes.class);");
        assertThat(clashes).doesNotContain("import other.FtpReply;");
        assertThat(clashes).doesNotContain("import other.Objects;");

        String objects = Compilations.generatedSource(compilation, "test.ObjectsDispatcher");
        assertThat(objects).doesNotContain("import java.util.Objects;");
        assertThat(objects).contains("java.util.Objects.requireNonNull(handler, \"handler == null\")");
        assertThat(objects).contains("import java.util.Map;\n");
        assertThat(objects).contains("public Map.Entry<?, ? super Integer>[] dispatch(FtpReply reply)");

        assertThat(Compilations.generatedSource(compilation, "test.EchoDispatcher"))
                .contains("public other.EchoDispatcher dispatch(");
        assertThat(Compilations.generatedSource(compilation, "test.WildcardsDispatcher"))
                .contains("public List<? extends Map<String, int[]>> dispatch(FtpReply reply) {");
    }

    @Test
    void generatedSourcesCompileAgainUnderXlintAllAndWerror() throws IOException {
        List<JavaFileObject> inputs = new ArrayList<>(SOURCES);
        inputs.add(Compilations.testCatalogReplyCodes());
        GeneratedCodeQualityTest.assertLintFree(compile(), inputs.toArray(JavaFileObject[]::new));
    }

    @Test
    void dispatchersRouteAsTheirHandlersSay() throws Exception {
        ClassLoader loader = new CompiledClassLoader(compile());

        Object wildcards = dispatch(loader, "test.Wildcards", "test.WildcardsDispatcher", 230);
        assertThat(((List<?>) wildcards)).hasSize(1);
        assertThat(((int[]) ((Map<?, ?>) ((List<?>) wildcards).get(0)).get("loggedIn"))[0])
                .isEqualTo(230);
        assertThat((List<?>) dispatch(loader, "test.Wildcards", "test.WildcardsDispatcher", 250))
                .isEmpty();

        assertThat(dispatch(loader, "test.Clashes", "test.ClashesDispatcher", 331)
                        .toString())
                .isEqualTo("FtpReply[code=331]");
        Exception negative =
                assertThrows(Exception.class, () -> dispatch(loader, "test.Clashes", "test.ClashesDispatcher", 550));
        assertThat(negative.getClass().getName()).isEqualTo("other.Objects");
        assertThrows(
                UnhandledReplyException.class, () -> dispatch(loader, "test.Clashes", "test.ClashesDispatcher", 250));

        Object[] entries = (Object[]) dispatch(loader, "test.Objects", "test.ObjectsDispatcher", 421);
        assertThat(((Map.Entry<?, ?>) entries[0]).getValue()).isEqualTo(421);

        assertThat(dispatch(loader, "test.Echo", "test.EchoDispatcher", 200).toString())
                .isEqualTo("EchoDispatcher[code=200]");

        String nested = "other.deep.Outer$Middle$" + LONG_NAME;
        Class<?> handlerClass = loader.loadClass(nested);
        Object handler = handlerClass.getConstructor().newInstance();
        Object dispatcher = loader.loadClass("other.deep.Outer_Middle_" + LONG_NAME + "Dispatcher")
                .getConstructor(handlerClass)
                .newInstance(handler);
        dispatcher.getClass().getMethod("dispatch", FtpReply.class).invoke(dispatcher, FtpReply.of(550, "text"));
        assertThat(handlerClass.getField("last").get(handler)).isEqualTo("negative 550");
        dispatcher.getClass().getMethod("dispatch", FtpReply.class).invoke(dispatcher, FtpReply.of(150, "text"));
        assertThat(handlerClass.getField("last").get(handler)).isEqualTo("known 150");
    }

    /** Builds the handler's dispatcher and dispatches a reply with {@code code}; rethrows what the handler threw. */
    private static Object dispatch(ClassLoader loader, String handlerName, String dispatcherName, int code)
            throws Exception {
        Class<?> handlerClass = loader.loadClass(handlerName);
        Object dispatcher = loader.loadClass(dispatcherName)
                .getConstructor(handlerClass)
                .newInstance(handlerClass.getConstructor().newInstance());
        try {
            return dispatcher
                    .getClass()
                    .getMethod("dispatch", FtpReply.class)
                    .invoke(dispatcher, FtpReply.of(code, "x"));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}

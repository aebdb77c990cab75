package io.github.ftpreply.benchmarks;

import io.github.ftpreply.FtpReply;
import io.github.ftpreply.FtpReplyCode;
import io.github.ftpreply.ReplyCategory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * What a reflection-based library does: a {@code Map<Integer, Method>} from code to handler method (plus a map by
 * category and a catch-all), each call through {@link Method#invoke}. Built once; how each method takes its
 * argument is worked out once too, so a call costs the lookups and the reflective call, nothing more.
 * The handler's annotations are kept in the class file only, so the table is written out here, the same routing
 * as the generated and the hand-written dispatcher.
 */
final class ReflectiveDispatcher {
    private static final Object[] NO_ARGUMENTS = {};

    /** A method and the kind of its one parameter: none, the reply, its constant or its int code. */
    private record Route(Method method, Class<?> parameter) {
        Object[] arguments(FtpReply reply) {
            if (parameter == null) {
                return NO_ARGUMENTS;
            } else if (parameter == FtpReply.class) {
                return new Object[] {reply};
            } else if (parameter == FtpReplyCode.class) {
                return new Object[] {FtpReplyCode.of(reply.code())};
            } else {
                return new Object[] {reply.code()};
            }
        }
    }

    private final SessionHandler handler;
    private final Map<Integer, Route> byCode = new HashMap<>();
    private final Map<ReplyCategory, Route> byCategory = new EnumMap<>(ReplyCategory.class);
    private final Route catchAll;

    ReflectiveDispatcher(SessionHandler handler) {
        this.handler = handler;
        byCode(route("ready"), 220);
        byCode(route("needMore"), 331, 332);
        byCode(route("loggedIn"), 230);
        byCode(route("passive"), 227, 229);
        byCode(route("transferStarting"), 125, 150);
        byCode(route("transferComplete"), 226);
        byCode(route("done"), 200, 250, 257);
        byCode(route("status"), 211, 213, 215);
        byCode(route("closing"), 421);
        byCategory.put(ReplyCategory.TRANSIENT_NEGATIVE, route("failed"));
        byCategory.put(ReplyCategory.PERMANENT_NEGATIVE, route("failed"));
        catchAll = route("other");
    }

    int dispatch(FtpReply reply) {
        Route route = byCode.get(reply.code());
        if (route == null) {
            route = byCategory.getOrDefault(reply.category(), catchAll);
        }
        try {
            return (Integer) route.method().invoke(handler, route.arguments(reply));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void byCode(Route route, int... codes) {
        for (int code : codes) {
            byCode.put(code, route);
        }
    }

    private static Route route(String name) {
        for (Method method : SessionHandler.class.getDeclaredMethods()) {
            if (method.getName().equals(name)) {
                method.setAccessible(true);
                return new Route(method, method.getParameterCount() == 0 ? null : method.getParameterTypes()[0]);
            }
        }
        throw new IllegalArgumentException("no method " + name);
    }
}

package io.github.ftpreply.processor;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A handler class that passed every check: what the dispatcher generator needs, and nothing from javac beyond the
 * originating element.
 *
 * @param element    the handler class, the originating element of its dispatcher
 * @param handler    the handler class's name
 * @param codes      the enum of the catalog it handles, which {@code @OnReply} methods may take
 * @param dispatcher the dispatcher's name: {@code FooDispatcher}, or {@code Outer_InnerDispatcher}
 * @param isPublic   whether the handler and all its enclosing classes are public, and so the dispatcher is too
 * @param policy     the exhaustiveness policy in force for this class
 * @param methods    the handler methods, in source order
 * @param returnType what every handler method returns, {@link TypeRef#VOID} for void
 * @param thrown     the checked exceptions the handler methods declare, sorted by name
 */
record HandlerModel(
        TypeElement element,
        JavaName handler,
        JavaName codes,
        JavaName dispatcher,
        boolean isPublic,
        HandlerPolicy policy,
        List<HandlerMethod> methods,
        TypeRef returnType,
        List<TypeRef> thrown) {

    HandlerModel {
        methods = List.copyOf(methods);
        thrown = List.copyOf(thrown);
    }

    /** {@code Outer.Inner} becomes {@code Outer_InnerDispatcher}, in the handler's package. */
    static JavaName dispatcherName(JavaName handler) {
        return JavaName.of(handler.packageName(), String.join("_", handler.simpleNames()) + "Dispatcher");
    }
}

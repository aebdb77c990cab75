package io.github.ftpreply.processor;

import io.github.ftpreply.catalog.Category;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * One valid handler method: what it takes and which codes, categories or other replies are routed to it.
 *
 * @param element    the method
 * @param parameter  what the dispatcher passes to it
 * @param codes      the catalog codes of its {@code @OnReply}, in source order, without duplicates
 * @param categories the categories of its {@code @OnCategory}, in source order, without duplicates
 * @param catchAll   whether it carries {@code @OnAnyReply}
 */
record HandlerMethod(
        ExecutableElement element,
        Parameter parameter,
        List<Integer> codes,
        List<Category> categories,
        boolean catchAll) {

    HandlerMethod {
        codes = List.copyOf(codes);
        categories = List.copyOf(categories);
    }

    /** What a handler method takes. */
    enum Parameter {
        /** Nothing: {@code void loggedIn()}. */
        NONE,
        /** The reply: {@code void failed(FtpReply reply)}. */
        REPLY,
        /** The catalog constant: {@code void loggedIn(FtpReplyCode code)}; only for {@code @OnReply}-only methods. */
        CODE_CONSTANT,
        /** The code: {@code void failed(int code)}. */
        CODE_INT
    }

    /** The method's simple name. */
    String name() {
        return element.getSimpleName().toString();
    }
}

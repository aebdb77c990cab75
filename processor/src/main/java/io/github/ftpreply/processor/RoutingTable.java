package io.github.ftpreply.processor;

import io.github.ftpreply.catalog.Catalog;
import io.github.ftpreply.catalog.Category;
import io.github.ftpreply.catalog.ReplyCodeEntry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each reply goes: every catalog code to its most specific method (its {@code @OnReply}, else its
 * category's {@code @OnCategory}, else {@code @OnAnyReply}), and codes outside the catalog by category, else to the
 * catch-all. Computed once per handler; the exhaustiveness check and the dispatcher generator both read it.
 *
 * @param routes     the catalog codes that reach a method, ascending
 * @param unrouted   the catalog codes that reach none, ascending
 * @param byCategory the {@code @OnCategory} method of each category that has one
 * @param catchAll   the {@code @OnAnyReply} method, if any
 */
record RoutingTable(
        List<Route> routes,
        List<ReplyCodeEntry> unrouted,
        Map<Category, HandlerMethod> byCategory,
        Optional<HandlerMethod> catchAll) {

    RoutingTable {
        routes = List.copyOf(routes);
        unrouted = List.copyOf(unrouted);
        byCategory = Map.copyOf(byCategory);
    }

    /** How a code reached its method. */
    enum Via {
        CODE,
        CATEGORY,
        CATCH_ALL
    }

    /** One catalog code and the method it reaches. */
    record Route(ReplyCodeEntry entry, HandlerMethod method, Via via) {}

    /** Routes every code of {@code catalog} to the methods of one handler. */
    static RoutingTable of(List<HandlerMethod> methods, Catalog catalog) {
        Map<Integer, HandlerMethod> byCode = new java.util.HashMap<>();
        Map<Category, HandlerMethod> byCategory = new EnumMap<>(Category.class);
        HandlerMethod catchAll = null;
        for (HandlerMethod method : methods) {
            // Loops, not forEach with lambdas: each lambda is a class to spin in javac's cold JVM.
            for (Integer code : method.codes()) {
                byCode.putIfAbsent(code, method);
            }
            for (Category category : method.categories()) {
                byCategory.putIfAbsent(category, method);
            }
            if (method.catchAll() && catchAll == null) {
                catchAll = method;
            }
        }
        List<Route> routes = new ArrayList<>();
        List<ReplyCodeEntry> unrouted = new ArrayList<>();
        for (ReplyCodeEntry entry : catalog.codes()) {
            if (byCode.containsKey(entry.code())) {
                routes.add(new Route(entry, byCode.get(entry.code()), Via.CODE));
            } else if (byCategory.containsKey(entry.category())) {
                routes.add(new Route(entry, byCategory.get(entry.category()), Via.CATEGORY));
            } else if (catchAll != null) {
                routes.add(new Route(entry, catchAll, Via.CATCH_ALL));
            } else {
                unrouted.add(entry);
            }
        }
        return new RoutingTable(routes, unrouted, byCategory, Optional.ofNullable(catchAll));
    }

    /** The catalog codes that break the exhaustiveness rule, ascending. */
    List<ReplyCodeEntry> missing(HandlerPolicy.Exhaustiveness exhaustiveness) {
        if (exhaustiveness == HandlerPolicy.Exhaustiveness.CATEGORIES_COUNT) {
            return unrouted;
        }
        List<ReplyCodeEntry> missing = new ArrayList<>(unrouted);
        routes.stream().filter(r -> r.via() != Via.CODE).forEach(r -> missing.add(r.entry()));
        missing.sort(java.util.Comparator.comparingInt(ReplyCodeEntry::code));
        return missing;
    }

    /** The categories with an {@code @OnCategory} method, in digit order. */
    List<Category> handledCategories() {
        List<Category> handled = new ArrayList<>();
        for (Category category : Category.values()) {
            if (byCategory.containsKey(category)) {
                handled.add(category);
            }
        }
        return List.copyOf(handled);
    }
}

package io.github.ftpreply.processor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * The name of a class as generated source refers to it: its package and its simple names, outermost first. The
 * handler path's own stand-in for JavaPoet's {@code ClassName}, so that a compilation with handlers only never
 * loads JavaPoet (docs/performance.md).
 *
 * @param packageName the package, empty for the unnamed package
 * @param simpleNames the simple names of the class and the classes that enclose it, outermost first
 */
record JavaName(String packageName, List<String> simpleNames) {

    JavaName {
        simpleNames = List.copyOf(simpleNames);
        if (simpleNames.isEmpty()) {
            throw new IllegalArgumentException("a class name needs a simple name");
        }
    }

    static JavaName of(String packageName, String... simpleNames) {
        return new JavaName(packageName, List.of(simpleNames));
    }

    /** The name of a top-level or member class; a local or anonymous class has none that source can use. */
    static JavaName of(TypeElement type) {
        Deque<String> names = new ArrayDeque<>();
        Element element = type;
        while (element instanceof TypeElement nested) {
            names.addFirst(nested.getSimpleName().toString());
            element = nested.getEnclosingElement();
        }
        if (!(element instanceof PackageElement pkg)) {
            throw new IllegalArgumentException("Unexpected type nesting: " + type);
        }
        return new JavaName(pkg.getQualifiedName().toString(), List.copyOf(names));
    }

    String simpleName() {
        return simpleNames.get(simpleNames.size() - 1);
    }

    /** The outermost class: the one an import names. */
    JavaName topLevel() {
        return simpleNames.size() == 1 ? this : new JavaName(packageName, simpleNames.subList(0, 1));
    }

    /** The class that encloses this one, or null for a top-level class. */
    JavaName enclosing() {
        return simpleNames.size() == 1
                ? null
                : new JavaName(packageName, simpleNames.subList(0, simpleNames.size() - 1));
    }

    String canonicalName() {
        String nested = String.join(".", simpleNames);
        return packageName.isEmpty() ? nested : packageName + "." + nested;
    }

    @Override
    public String toString() {
        return canonicalName();
    }
}

package io.github.ftpreply.processor;

/**
 * A generated source file: the class it declares and its text.
 *
 * @param name the top-level class the file declares
 * @param text the file's content
 */
record JavaSource(JavaName name, String text) {
    @Override
    public String toString() {
        return text;
    }
}

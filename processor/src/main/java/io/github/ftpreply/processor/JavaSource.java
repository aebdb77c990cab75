package io.github.ftpreply.processor;

/**
 * A generated source file: the class it declares and its text.
 *
 * @param name the top-level class the file declares
 * @param text the file's content
 */
record JavaSource(JavaName name, String text) {
    /** The file of {@code out}'s class: {@code fileComment}, one {@code //} line per line as JavaPoet wrote it, then the text. */
    static JavaSource of(JavaName name, String fileComment, JavaWriter out) {
        StringBuilder text = new StringBuilder();
        for (String line : fileComment.split("\n", -1)) {
            text.append("// ").append(line).append('\n');
        }
        return new JavaSource(name, text.append(out).toString());
    }

    @Override
    public String toString() {
        return text;
    }
}

package io.github.ftpreply.processor;

import static io.github.ftpreply.processor.JavadocText.escape;
import static io.github.ftpreply.processor.JavadocText.wrap;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.ftpreply.catalog.Catalog;
import io.github.ftpreply.catalog.Placeholder;
import io.github.ftpreply.catalog.PlaceholderType;
import io.github.ftpreply.catalog.ReplyCodeEntry;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Generates the typed accessors of a catalog's bundles, such as {@code FtpReplyMessages}: one method per
 * parameterized text, whose parameters are the text's placeholders with their types, so that a wrong count or type
 * of arguments is a compile error; and a general {@code text(code, locale, arguments...)} for every code.
 */
final class MessagesGenerator {
    private static final ClassName MESSAGE_BUNDLE = ClassName.get(ClassNames.RUNTIME_PACKAGE, "MessageBundle");
    private static final ClassName LOCALE = ClassName.get(Locale.class);
    private static final ClassName STRING = ClassName.get(String.class);

    private MessagesGenerator() {}

    /**
     * The accessor class {@code messages}, for bundles named like it in its package, keyed by the codes of
     * {@code codes} (the catalog's enum).
     */
    static TypeSpec messages(Catalog catalog, ClassName messages, ClassName codes) {
        List<String> locales = catalog.locales().isEmpty() ? List.of("en") : catalog.locales();
        TypeSpec.Builder type = TypeSpec.classBuilder(messages)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(AnnotationSpec.builder(ClassName.bestGuess(ClassNames.GENERATED))
                        .addMember("value", "$S", "io.github.ftpreply.processor.MessagesGenerator")
                        .build())
                .addJavadoc("The reply texts of {@link $T} in $L languages ($L), from the bundles\n"
                                + "{@code $L*.properties}. A locale without a text of its own falls back along the"
                                + " bundle chain\n({@code pt-BR}, {@code pt}, then the base bundle in {@code $L});"
                                + " the JVM's default locale plays no part.\n\n"
                                + "<p>Methods named after a code take that text's placeholders as typed parameters;"
                                + "\n{@link #text(" + codes.simpleName() + ", Locale, Object...)} serves every"
                                + " code.\n",
                        codes, locales.size(), String.join(", ", locales), messages.simpleName(), locales.get(0))
                .addField(FieldSpec.builder(STRING, "BUNDLE_BASE_NAME", Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("Base name for {@link java.util.ResourceBundle#getBundle(String, Locale)}.\n")
                        .initializer("$S", messages.canonicalName())
                        .build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), LOCALE), "LOCALES",
                                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The languages of the bundles, the base language first.\n")
                        .initializer(localesInitializer(locales))
                        .build())
                .addField(FieldSpec.builder(MESSAGE_BUNDLE, "BUNDLE", Modifier.PRIVATE, Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("$T.of($S, name -> $T.class.getResourceAsStream(name))", MESSAGE_BUNDLE,
                                messages.simpleName(), messages)
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("text")
                        .addJavadoc("Returns the text of {@code code} in {@code locale}, its placeholders filled with"
                                + " {@code arguments}\nin declaration order. Numbers are written without grouping;"
                                + " pathnames are used as given (the\ntyped methods quote them).\n\n"
                                + "@param code the reply code\n@param locale the language\n"
                                + "@param arguments one per placeholder of the code's text\n@return the text\n"
                                + "@throws IllegalArgumentException if an argument does not fit its placeholder\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(STRING)
                        .addParameter(codes, "code")
                        .addParameter(LOCALE, "locale")
                        .addParameter(ArrayTypeName.of(Object.class), "arguments")
                        .varargs()
                        .addStatement("return BUNDLE.format($T.toString(code.code()), locale, arguments)",
                                Integer.class)
                        .build());
        NameAllocator names = new NameAllocator();
        names.newName("text");
        names.newName("BUNDLE_BASE_NAME");
        names.newName("LOCALES");
        for (ReplyCodeEntry entry : catalog.codes()) {
            if (!entry.placeholders().isEmpty()) {
                type.addMethod(typedAccessor(entry, codes, names.newName(lowerCamel(entry.name()))));
            }
        }
        return type.build();
    }

    /** The file for {@link #messages}. */
    static JavaFile file(Catalog catalog, ClassName messages, ClassName codes, String header) {
        return JavaFile.builder(messages.packageName(), messages(catalog, messages, codes))
                .addFileComment("$L", header)
                .indent("    ")
                .skipJavaLangImports(true)
                .build();
    }

    private static MethodSpec typedAccessor(ReplyCodeEntry entry, ClassName codes, String name) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(STRING)
                .addParameter(LOCALE, "locale")
                .addJavadoc("$L\n\n", wrap("Returns the text of " + entry.code() + " {@link " + codes.simpleName()
                        + "#" + entry.name() + "} in {@code locale}: <code>" + escape(entry.text().source())
                        + "</code> in English."))
                .addJavadoc("@param locale the language\n");
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (Placeholder placeholder : entry.placeholders()) {
            method.addParameter(placeholder.type() == PlaceholderType.INT ? TypeName.INT : STRING,
                    placeholder.name());
            method.addJavadoc("@param $L $L\n", placeholder.name(), escape(placeholder.description())
                    + (placeholder.type() == PlaceholderType.PATH ? " Embedded double quotes are doubled." : ""));
            arguments.add(", ");
            if (placeholder.type() == PlaceholderType.PATH) {
                arguments.add("$N.replace($S, $S)", placeholder.name(), "\"", "\"\"");
            } else {
                arguments.add("$N", placeholder.name());
            }
        }
        return method.addJavadoc("@return the text\n")
                .addStatement("return text($T.$N, locale$L)", codes, entry.name(), arguments.build())
                .build();
    }

    private static CodeBlock localesInitializer(List<String> locales) {
        CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
        for (int i = 0; i < locales.size(); i++) {
            list.add(i == 0 ? "" : ", ").add("$T.forLanguageTag($S)", LOCALE, locales.get(i));
        }
        return list.add(")").build();
    }

    /** {@code ENTERING_PASSIVE_MODE} becomes {@code enteringPassiveMode}. */
    static String lowerCamel(String upperSnake) {
        StringBuilder out = new StringBuilder();
        for (String word : upperSnake.toLowerCase(Locale.ROOT).split("_")) {
            if (word.isEmpty()) {
                continue;
            }
            out.append(out.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}

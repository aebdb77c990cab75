package io.github.ftpreply.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import org.junit.jupiter.api.Test;

/**
 * {@link TypeRef} and {@link JavaWriter} against the JavaPoet they replace, on more types than any handler has: every
 * return type of {@code test.Sample} (inner types of generic types, wildcards, arrays of generics, clashes with
 * {@code java.lang}, with the file's package and with the file's own name) is rendered in one file by each, and the
 * two files must be equal, imports and line wrapping included.
 */
class JavaWriterParityTest {

    private static final String SAMPLE = """
            package test;

            import java.util.List;
            import java.util.Map;

            public abstract class Sample {
                public static class Outer<T> {
                    public class Inner<U> {}

                    public class Plain {}

                    public static class Nested {}
                }

                abstract java.awt.List awtListFirst();
                abstract Outer<String>.Inner<Integer> innerOfGeneric();
                abstract Outer<String>.Plain plainInnerOfGeneric();
                abstract Outer.Nested nested();
                abstract Map.Entry<?, ? super Integer>[] entries();
                abstract List<? extends Object> extendsObject();
                abstract List<?>[][] wildcardArrays();
                abstract int[][] ints();
                abstract char aChar();
                abstract void nothing();
                abstract other.Gen namedLikeTheFile();
                abstract other.Sample namedLikeAClassOfThePackage();
                abstract List<String> utilListSecond();
                abstract other.String otherString();
                abstract String langString();
                abstract Map<String, Map<Integer, List<int[]>>> nestedArguments();
                abstract Map<? extends java.util.concurrent.Callable<? super other.Sample>, java.util.function.Function<String, ? extends Comparable<? super String>>> longEnoughToWrap();
            }
            """;

    private static final List<String> OTHERS = List.of("Gen", "Sample", "String");

    @Test
    void writesWhatJavaPoetWrote() {
        Renderer renderer = new Renderer();
        List<javax.tools.JavaFileObject> sources = new ArrayList<>();
        sources.add(JavaFileObjects.forSourceString("test.Sample", SAMPLE));
        for (String name : OTHERS) {
            sources.add(JavaFileObjects.forSourceString(
                    "other." + name, "package other;\n\npublic class " + name + " {}\n"));
        }
        Compilation compilation = javac().withProcessors(renderer).compile(sources);
        assertThat(compilation).succeeded();
        assertThat(renderer.javaPoet).isNotEmpty();
        // What the sample stresses, so that a change to it cannot quietly stop stressing it.
        assertThat(renderer.javaPoet).contains("import java.awt.List;");
        assertThat(renderer.javaPoet).contains("    java.util.List<String> utilListSecond()");
        assertThat(renderer.javaPoet).contains("    other.String otherString()");
        assertThat(renderer.javaPoet).contains("    other.Gen namedLikeTheFile()");
        assertThat(renderer.javaPoet).contains("    Sample.Outer<String>.Inner<Integer> innerOfGeneric()");
        assertThat(renderer.javaPoet).containsMatch("\n {12}\\S"); // a wrapped signature
        assertThat(renderer.javaWriter).isEqualTo(renderer.javaPoet);
    }

    /** Renders the return types of {@code test.Sample}'s methods as the throws clause of {@code test.Gen}'s methods. */
    @SupportedAnnotationTypes("*")
    private static final class Renderer extends AbstractProcessor {
        String javaPoet = "";
        String javaWriter = "";

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            TypeElement sample = processingEnv.getElementUtils().getTypeElement("test.Sample");
            if (sample == null || !javaPoet.isEmpty()) {
                return false;
            }
            List<ExecutableElement> methods = ElementFilter.methodsIn(sample.getEnclosedElements());
            TypeSpec.Builder poet = TypeSpec.classBuilder("Gen");
            JavaWriter out = new JavaWriter(JavaName.of("test", "Gen"));
            out.emit("class Gen {\n");
            out.indent();
            for (int i = 0; i < methods.size(); i++) {
                TypeMirror type = methods.get(i).getReturnType();
                String name = methods.get(i).getSimpleName().toString();
                // Each type as the return type and in the Javadoc, and a throws clause of Sample's own class that
                // wraps: the places DispatcherGenerator names types in.
                poet.addMethod(MethodSpec.methodBuilder(name)
                        .addJavadoc("See {@link $T}.\n", TypeName.get(type))
                        .returns(TypeName.get(type))
                        .addException(ClassName.get(sample))
                        .addException(ClassName.get("other", "Sample"))
                        .build());
                if (i > 0) {
                    out.emit("\n");
                }
                out.beginJavadoc();
                out.emit("See {@link $T}.\n", TypeRef.of(type));
                out.endJavadoc();
                out.emit("$T $L(", TypeRef.of(type), name);
                out.zeroWidthSpace();
                out.emit(")");
                out.wrappingSpace();
                out.emit("throws");
                out.wrappingSpace();
                out.emit("$T,", JavaName.of(sample));
                out.wrappingSpace();
                out.emit("$T {\n}\n", JavaName.of("other", "Sample"));
            }
            out.unindent();
            out.emit("}\n");
            javaPoet = JavaFile.builder("test", poet.build())
                    .indent("    ")
                    .skipJavaLangImports(true)
                    .build()
                    .toString();
            javaWriter = out.toString();
            return false;
        }
    }
}

package io.github.ftpreply.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Loads the classes a compile-testing compilation wrote, so that tests can run generated dispatchers, and serves
 * the resources it wrote (such as generated bundles) to {@code getResourceAsStream}.
 */
final class CompiledClassLoader extends ClassLoader {
    private static final String CLASS_OUTPUT = "CLASS_OUTPUT/";

    private final Map<String, byte[]> classes = new HashMap<>();
    private final Map<String, byte[]> resources = new HashMap<>();

    CompiledClassLoader(Compilation compilation) {
        super(CompiledClassLoader.class.getClassLoader());
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            if (file.getKind() == JavaFileObject.Kind.OTHER && path.contains(CLASS_OUTPUT)) {
                try (InputStream in = file.openInputStream()) {
                    resources.put(
                            path.substring(path.indexOf(CLASS_OUTPUT) + CLASS_OUTPUT.length()), in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                continue;
            }
            if (file.getKind() != JavaFileObject.Kind.CLASS) {
                continue;
            }
            String binaryName = path.substring(
                            path.indexOf(CLASS_OUTPUT) + CLASS_OUTPUT.length(), path.length() - ".class".length())
                    .replace('/', '.');
            try (InputStream in = file.openInputStream()) {
                classes.put(binaryName, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        byte[] bytes = resources.get(name);
        return bytes != null ? new java.io.ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}

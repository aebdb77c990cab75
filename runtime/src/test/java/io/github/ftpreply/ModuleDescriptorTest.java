package io.github.ftpreply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The runtime is a named module that exports its API package only and needs nothing but the JDK. */
class ModuleDescriptorTest {

    /** The descriptor compiled next to the runtime's classes (not the JDK's, which a plain lookup finds first). */
    private static ModuleDescriptor descriptor() throws IOException {
        try {
            Path classes = Path.of(FtpReply.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
                return ModuleDescriptor.read(in);
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    @Test
    void isNamedIoGithubFtpreply() throws IOException {
        assertEquals("io.github.ftpreply", descriptor().name());
    }

    @Test
    void exportsOnlyTheApiPackageAndOpensNothing() throws IOException {
        ModuleDescriptor module = descriptor();
        assertEquals(
                Set.of("io.github.ftpreply"),
                module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertEquals(Set.of(), module.opens());
        assertEquals(Set.of("io.github.ftpreply"), module.packages());
    }

    @Test
    void requiresOnlyTheJdk() throws IOException {
        Set<String> requires = descriptor().requires().stream()
                .map(r -> r.name()
                        + (r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC) ? " (static)" : ""))
                .collect(Collectors.toSet());
        // java.compiler only at compile time, for @Generated (source retention).
        assertEquals(Set.of("java.base", "java.compiler (static)"), requires);
    }
}

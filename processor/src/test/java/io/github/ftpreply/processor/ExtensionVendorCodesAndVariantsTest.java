package io.github.ftpreply.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ftpreply.processor.ExtensionCatalogProcessingTest.bundle;

import com.google.testing.compile.Compilation;
import io.github.ftpreply.FtpReply;
import io.github.ftpreply.ReplyFormatter;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An extension catalog with a vendor's code whose second digit names no group (599, as real servers send), and
 * with variants of its own: both compile without warnings, dispatch, and get typed accessors.
 */
class ExtensionVendorCodesAndVariantsTest {
    static final String VENDOR_YAML = """
            schema: 1
            codes:
              - code: 599
                name: VENDOR_QUOTA_EXCEEDED
                title: Vendor quota exceeded
                description: The vendor's server refuses the upload because the account is over its quota.
                category: permanent-negative
                group: none
                text: "Quota of {megabytes} MB exceeded."
                translations:
                  de: "Kontingent von {megabytes} MB überschritten."
                placeholders:
                  - {name: megabytes, type: int, description: The quota in megabytes.}
                spec: {document: non-standard}
                status: non-standard
                variants:
                  - name: stor
                    description: The answer to STOR over the quota, with the quota and the usage on two lines.
                    lines: ["Quota of {megabytes} MB exceeded;", "{used} MB used."]
                    translations:
                      de: ["Kontingent von {megabytes} MB überschritten;", "{used} MB belegt."]
                    placeholders:
                      - {name: megabytes, type: int, description: The quota in megabytes.}
                      - {name: used, type: long, description: The megabytes in use.}
                  - name: brief
                    description: A one-line text without values.
                    text: "Over quota."
                    translations: {de: "Kontingent erschöpft."}
            """;

    static final JavaFileObject VENDOR = Compilations.source("Vendor", """
            package test;

            import io.github.ftpreply.*;

            @FtpReplyCatalog(file = "vendor.yaml", enumName = "VendorReplyCode",
                    missingTranslations = FtpReplyCatalog.MissingTranslations.IGNORE)
            public interface Vendor {}
            """);

    static final JavaFileObject VENDOR_HANDLER = Compilations.source("VendorHandler", """
            package test;

            import io.github.ftpreply.*;

            @FtpReplyHandler(catalog = Vendor.class)
            public class VendorHandler {
                @OnReply(599) public String quota(VendorReplyCode code) { return "quota " + code.group(); }
                @OnReply(550) public String unavailable(int code) { return "unavailable " + code; }
                @OnAnyReply public String other(FtpReply reply) { return "other " + reply.code(); }
            }
            """);

    @TempDir
    Path catalogs;

    private Compilation compile() {
        Compilations.writeCatalog(catalogs, "test/vendor.yaml", VENDOR_YAML);
        return Compilations.compileWithExtensions(catalogs, List.of(), VENDOR, VENDOR_HANDLER);
    }

    @Test
    void vendorCodeWithoutAGroupCompilesIntoTheEnumWithAnEmptyGroup() throws Exception {
        Compilation compilation = compile();
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(Compilations.generatedSource(compilation, "test.VendorReplyCode"))
                .contains("    VENDOR_QUOTA_EXCEEDED(599, ReplyCategory.PERMANENT_NEGATIVE, Optional.empty(),");
        assertThat(Compilations.generatedSource(compilation, "test.VendorReplyCode"))
                .contains("Category permanent-negative, no group (second digit 9).");
        ClassLoader loader = new CompiledClassLoader(compilation);
        Class<?> codes = loader.loadClass("test.VendorReplyCode");
        Object vendor = codes.getMethod("of", int.class).invoke(null, 599);
        assertThat(codes.getMethod("group").invoke(vendor)).isEqualTo(Optional.empty());
        Object fileUnavailable = codes.getMethod("of", int.class).invoke(null, 550);
        assertThat(codes.getMethod("group").invoke(fileUnavailable))
                .isEqualTo(Optional.of(io.github.ftpreply.ReplyGroup.FILE_SYSTEM));
    }

    @Test
    void onReply599Dispatches() throws Exception {
        Compilation compilation = compile();
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(Compilations.generatedSource(compilation, "test.VendorHandlerDispatcher"))
                .contains("case 599 -> handler.quota(VendorReplyCode.VENDOR_QUOTA_EXCEEDED);");
        ClassLoader loader = new CompiledClassLoader(compilation);
        Class<?> handlerClass = loader.loadClass("test.VendorHandler");
        Object dispatcher = loader.loadClass("test.VendorHandlerDispatcher")
                .getConstructor(handlerClass)
                .newInstance(handlerClass.getConstructor().newInstance());
        Method dispatch = dispatcher.getClass().getMethod("dispatch", FtpReply.class);
        assertThat(dispatch.invoke(dispatcher, FtpReply.of(599, "Quota of 10 MB exceeded.")))
                .isEqualTo("quota Optional.empty");
        assertThat(dispatch.invoke(dispatcher, FtpReply.of(550, "x"))).isEqualTo("unavailable 550");
        assertThat(dispatch.invoke(dispatcher, FtpReply.of(598, "x"))).isEqualTo("other 598");
    }

    @Test
    void extensionVariantsGetBundleKeysAndTypedAccessors() throws Exception {
        Compilation compilation = compile();
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(bundle(compilation, "VendorReplyMessages.properties").getProperty("599.stor.1"))
                .isEqualTo("Quota of {0,number,#} MB exceeded;");
        assertThat(bundle(compilation, "VendorReplyMessages.properties").getProperty("599.stor.2"))
                .isEqualTo("{1,number,#} MB used.");
        assertThat(bundle(compilation, "VendorReplyMessages_de.properties").getProperty("599.brief"))
                .isEqualTo("Kontingent erschöpft.");
        assertThat(Compilations.generatedSource(compilation, "test.VendorReplyMessages"))
                .contains("public static List<String> vendorQuotaExceededStor(Locale locale, int megabytes,"
                        + " long used) {");

        Class<?> messages = new CompiledClassLoader(compilation).loadClass("test.VendorReplyMessages");
        Method stor = messages.getMethod("vendorQuotaExceededStor", Locale.class, int.class, long.class);
        @SuppressWarnings("unchecked")
        List<String> german = (List<String>) stor.invoke(null, Locale.GERMAN, 100, 5_000_000_000L);
        assertThat(german)
                .containsExactly("Kontingent von 100 MB überschritten;", "5000000000 MB belegt.")
                .inOrder();
        assertThat(ReplyFormatter.format(599, german, List.of()))
                .isEqualTo("599-Kontingent von 100 MB überschritten;\r\n599 5000000000 MB belegt.\r\n");
        Method brief = messages.getMethod("vendorQuotaExceededBrief", Locale.class);
        assertThat(brief.invoke(null, Locale.FRENCH)).isEqualTo("Over quota.");
    }

    @Test
    void generatedCodeCompilesUnderXlintAllAndWerror() throws Exception {
        GeneratedCodeQualityTest.assertLintFree(compile(), VENDOR, VENDOR_HANDLER);
    }
}

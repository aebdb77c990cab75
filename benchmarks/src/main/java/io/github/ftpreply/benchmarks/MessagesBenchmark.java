package io.github.ftpreply.benchmarks;

import io.github.ftpreply.FtpReplyCode;
import io.github.ftpreply.FtpReplyMessages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The localized text of a 227 reply with its six numbers: ftpreply's typed accessor and its generic
 * {@code text(code, locale, arguments)}, against what a user would write instead: {@link ResourceBundle} plus
 * {@link MessageFormat} on the same bundle, a {@code MessageFormat} built once (not thread-safe, the lower bound of
 * that route), and unlocalized {@link String#format}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MessagesBenchmark {
    @Param({"en", "de"})
    public String language;

    private Locale locale;
    private MessageFormat prebuilt;
    private final int h1 = 192;
    private final int h2 = 0;
    private final int h3 = 2;
    private final int h4 = 10;
    private final int p1 = 195;
    private final int p2 = 80;

    @Setup
    public void setUp() {
        locale = Locale.forLanguageTag(language);
        prebuilt = new MessageFormat(bundlePattern(), locale);
        String expected = FtpReplyMessages.enteringPassiveMode(locale, h1, h2, h3, h4, p1, p2);
        if (!expected.equals(resourceBundleMessageFormat()) || !expected.equals(prebuiltMessageFormat())) {
            throw new IllegalStateException("the routes disagree: " + expected + " / " + resourceBundleMessageFormat());
        }
    }

    @Benchmark
    public String typedAccessor() {
        return FtpReplyMessages.enteringPassiveMode(locale, h1, h2, h3, h4, p1, p2);
    }

    @Benchmark
    public String text() {
        return FtpReplyMessages.text(FtpReplyCode.ENTERING_PASSIVE_MODE, locale, h1, h2, h3, h4, p1, p2);
    }

    @Benchmark
    public String resourceBundleMessageFormat() {
        return new MessageFormat(bundlePattern(), locale).format(new Object[] {h1, h2, h3, h4, p1, p2});
    }

    @Benchmark
    public String prebuiltMessageFormat() {
        return prebuilt.format(new Object[] {h1, h2, h3, h4, p1, p2});
    }

    @Benchmark
    public String stringFormat() {
        return String.format(Locale.ROOT, "Entering Passive Mode (%d,%d,%d,%d,%d,%d).", h1, h2, h3, h4, p1, p2);
    }

    private String bundlePattern() {
        return ResourceBundle.getBundle(FtpReplyMessages.BUNDLE_BASE_NAME, locale)
                .getString("227");
    }
}

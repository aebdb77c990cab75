package io.github.ftpreply.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Does the processor slow the build? Generates a synthetic project of N {@code @FtpReplyHandler} classes and
 * times, in separate {@code javac} processes of the running JDK, (a) javac with the processor on the
 * {@code -processorpath} against (b) javac with {@code -proc:none} on the same sources plus the dispatchers that
 * (a) generated: the lower limit, the same compilation with the processor's work already done; and (c) javac with
 * {@link FloorProcessor}, which only writes those same dispatchers through the {@code Filer}: what generating them
 * costs javac, whichever processor does it. Runs alternate a, c, b, a, c, b ... and each side reports its median.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.ftpreply.benchmarks.CompileTimeHarness [options]
 *   --sizes 10,100,1000   handler classes per project
 *   --runs 5              timed compilations per side and size, after one untimed warm-up of each
 *   --jars DIR            holds ftpreply-processor.jar and ftpreply-runtime.jar (default: beside this jar)
 *   --work DIR            where projects are written (default: a new temporary directory)
 *   --timings             also pass -Aftpreply.timings=true and print the processor's notes (needs a processor
 *                         that has the option)
 * </pre>
 */
public final class CompileTimeHarness {
    private final Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    private final Path processorJar;
    private final Path runtimeJar;
    private final Path floorProcessorPath;
    private final Path work;
    private final int runs;
    private final boolean timings;

    private CompileTimeHarness(Path jars, Path work, int runs, boolean timings) {
        this.processorJar = jars.resolve("ftpreply-processor.jar");
        this.runtimeJar = jars.resolve("ftpreply-runtime.jar");
        this.floorProcessorPath = ownLocation();
        this.work = work;
        this.runs = runs;
        this.timings = timings;
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = {10, 100, 1000};
        int runs = 5;
        Path jars = defaultJarDirectory();
        Path work = null;
        boolean timings = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" ->
                    sizes = Arrays.stream(args[++i].split(","))
                            .mapToInt(Integer::parseInt)
                            .toArray();
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--jars" -> jars = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--timings" -> timings = true;
                default ->
                    throw new IllegalArgumentException("unknown option " + args[i]
                            + "; use --sizes 10,100,1000 --runs 5 --jars DIR --work DIR --timings");
            }
        }
        if (work == null) {
            work = Files.createTempDirectory("ftpreply-compile-harness");
        }
        CompileTimeHarness harness = new CompileTimeHarness(jars, work, runs, timings);
        harness.checkJars();
        System.out.printf(
                Locale.ROOT,
                "javac %s (%s), %d cores; %d timed runs per side; projects in %s%n",
                System.getProperty("java.version"),
                harness.javac,
                Runtime.getRuntime().availableProcessors(),
                runs,
                work);
        System.out.printf(
                Locale.ROOT,
                "catalog: first CatalogLoader.canonical() in a fresh class loader: %.0f ms%n",
                harness.catalogLoadMillis());
        System.out.println();
        System.out.println("| handlers N | sources compiled | javac -proc:none (ms) | javac + floor processor (ms)"
                + " | javac + processor (ms) | floor overhead | overhead (ms) | overhead | per handler (ms) |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int size : sizes) {
            harness.measure(size);
        }
    }

    /** {@code compile-harness/} beside the jar (or classes directory) this class was loaded from. */
    private static Path defaultJarDirectory() {
        return ownLocation().getParent().resolve("compile-harness");
    }

    /** The jar (or classes directory) this class was loaded from; it holds {@link FloorProcessor} too. */
    private static Path ownLocation() {
        URL location =
                CompileTimeHarness.class.getProtectionDomain().getCodeSource().getLocation();
        try {
            return Path.of(location.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(location.toString(), e);
        }
    }

    private void checkJars() {
        for (Path jar : List.of(processorJar, runtimeJar)) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing; build with ./mvnw -q -B -Pbenchmarks"
                        + " -pl benchmarks -am package -DskipTests, or pass --jars DIR");
            }
        }
        if (!Files.isExecutable(javac)) {
            throw new IllegalStateException(javac + " is missing: run the harness with a JDK, not a JRE");
        }
    }

    /** The cold cost of reading the catalog that the processor bundles: class loading plus YAML parsing. */
    private double catalogLoadMillis() throws Exception {
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {processorJar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            long start = System.nanoTime();
            Class<?> catalogLoader = Class.forName("io.github.ftpreply.catalog.CatalogLoader", true, loader);
            Method canonical = catalogLoader.getMethod("canonical");
            canonical.invoke(null);
            return (System.nanoTime() - start) / 1e6;
        }
    }

    private void measure(int size) throws IOException, InterruptedException {
        Path project = work.resolve("n" + size);
        deleteRecursively(project);
        List<Path> sources = SyntheticProject.write(project.resolve("src"), size);
        Path generated = project.resolve("generated");
        Path withProcessor = project.resolve("classes-processor");
        Path withoutProcessor = project.resolve("classes-proc-none");
        Path floorGenerated = project.resolve("generated-floor");
        Path withFloor = project.resolve("classes-floor");

        // Warm-up of each side (file system cache, CDS archive), untimed; it also produces the dispatchers.
        compileWithProcessor(sources, generated, withProcessor, true);
        List<Path> dispatchers = javaFiles(generated);
        if (dispatchers.size() != size) {
            throw new IllegalStateException(
                    "the processor generated " + dispatchers.size() + " dispatchers for " + size + " handlers");
        }
        Path dispatcherCopy = project.resolve("dispatchers");
        List<Path> baselineSources = new ArrayList<>(sources);
        for (Path dispatcher : dispatchers) {
            Path copy = dispatcherCopy.resolve(generated.relativize(dispatcher));
            Files.createDirectories(copy.getParent());
            Files.copy(dispatcher, copy);
            baselineSources.add(copy);
        }
        compileWithoutProcessor(baselineSources, withoutProcessor);
        compileWithFloor(sources, dispatcherCopy, floorGenerated, withFloor);
        if (javaFiles(floorGenerated).size() != size) {
            throw new IllegalStateException("the floor processor did not write the " + size + " dispatchers");
        }

        long[] processorMillis = new long[runs];
        long[] floorMillis = new long[runs];
        long[] baselineMillis = new long[runs];
        for (int run = 0; run < runs; run++) {
            processorMillis[run] = compileWithProcessor(sources, generated, withProcessor, false);
            floorMillis[run] = compileWithFloor(sources, dispatcherCopy, floorGenerated, withFloor);
            baselineMillis[run] = compileWithoutProcessor(baselineSources, withoutProcessor);
        }
        long processor = median(processorMillis);
        long floor = median(floorMillis);
        long baseline = median(baselineMillis);
        System.out.printf(
                Locale.ROOT,
                "| %d | %d + %d | %d | %d | %d | %+.1f%% | %+d | %+.1f%% | %.2f |%n",
                size,
                size,
                size,
                baseline,
                floor,
                processor,
                100.0 * (floor - baseline) / baseline,
                processor - baseline,
                100.0 * (processor - baseline) / baseline,
                (double) (processor - baseline) / size);
        System.out.printf(
                Locale.ROOT,
                "<!-- N=%d runs (ms): processor %s, floor %s, proc:none %s -->%n",
                size,
                Arrays.toString(processorMillis),
                Arrays.toString(floorMillis),
                Arrays.toString(baselineMillis));
    }

    private long compileWithProcessor(List<Path> sources, Path generated, Path classes, boolean printNotes)
            throws IOException, InterruptedException {
        List<String> command = javacCommand(
                "-processorpath",
                processorJar.toString(),
                "-s",
                clean(generated).toString(),
                "-d",
                clean(classes).toString());
        if (timings) {
            command.add("-Aftpreply.timings=true");
        }
        return run(command, sources, printNotes && timings);
    }

    /** {@code javac --release 17 -encoding UTF-8 -cp <runtime>} followed by {@code options}: what every side shares. */
    private List<String> javacCommand(String... options) {
        List<String> command = new ArrayList<>(
                List.of(javac.toString(), "--release", "17", "-encoding", "UTF-8", "-cp", runtimeJar.toString()));
        command.addAll(List.of(options));
        return command;
    }

    private long compileWithFloor(List<Path> sources, Path dispatchers, Path generated, Path classes)
            throws IOException, InterruptedException {
        return run(
                javacCommand(
                        "-processorpath",
                        floorProcessorPath.toString(),
                        "-processor",
                        FloorProcessor.class.getName(),
                        "-A" + FloorProcessor.DISPATCHERS + "=" + dispatchers,
                        "-s",
                        clean(generated).toString(),
                        "-d",
                        clean(classes).toString()),
                sources,
                false);
    }

    private long compileWithoutProcessor(List<Path> sources, Path classes) throws IOException, InterruptedException {
        return run(javacCommand("-proc:none", "-d", clean(classes).toString()), sources, false);
    }

    /** Runs javac on {@code sources} (through an argument file) and returns its wall-clock time. */
    private long run(List<String> command, List<Path> sources, boolean printOutput)
            throws IOException, InterruptedException {
        Path argFile = Files.createTempFile(work, "sources", ".txt");
        Files.write(
                argFile,
                sources.stream()
                        .map(p -> '"' + p.toString().replace("\\", "\\\\") + '"')
                        .toList(),
                StandardCharsets.UTF_8);
        command.add("@" + argFile);
        Path output = Files.createTempFile(work, "javac", ".log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        int exit = process.waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        String log = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(argFile);
        Files.delete(output);
        if (exit != 0) {
            throw new IllegalStateException("javac failed (" + exit + "): " + String.join(" ", command) + "\n" + log);
        }
        if (printOutput) {
            log.lines().filter(line -> line.contains("ftpreply")).forEach(line -> System.out.println("    " + line));
        }
        return millis;
    }

    private static List<Path> javaFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static Path clean(Path directory) throws IOException {
        deleteRecursively(directory);
        return Files.createDirectories(directory);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}

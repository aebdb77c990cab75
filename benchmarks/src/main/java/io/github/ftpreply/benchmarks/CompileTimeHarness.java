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
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Does the processor slow the build? Writes projects and times, in separate {@code javac} processes of the running
 * JDK, (a) javac with the measured processor on the {@code -processorpath} against (b) javac with {@code -proc:none}
 * on the same sources plus the sources that (a) generated: the lower limit, the same compilation with the
 * processor's work already done; and (c) javac with {@link FloorProcessor}, which only writes those same sources
 * through the {@code Filer}: what generating them costs javac, whichever processor does it. Runs alternate a, c, b,
 * a, c, b ... and each side reports its median. The processor's own cost is (a) − (c), printed with a 95% bootstrap
 * interval ({@link #differenceInterval}). The last two columns are times inside {@code process()}: ftpreply's, from
 * its timings note, and the floor processor's, which is only the {@code Filer} writing the same sources: the part of
 * any generating processor's time in {@code process()} that is javac's.
 *
 * <p>The projects: N {@code @FtpReplyHandler} classes ({@link SyntheticProject}); a small realistic project, ten
 * handlers and one extension catalog ({@link OtherProjects#small}); and, for scale, N {@code @AutoValue} classes
 * with AutoValue's processor ({@link OtherProjects#autoValue}), a processor users already accept in their builds.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.ftpreply.benchmarks.CompileTimeHarness [options]
 *   --sizes 1,10,100,1000 handler (and AutoValue) classes per project
 *   --runs 5              timed compilations per side and project, after one untimed warm-up of each
 *   --jars DIR            holds ftpreply-processor.jar, ftpreply-runtime.jar, auto-value.jar and
 *                         auto-value-annotations.jar (default: compile-harness/ beside this jar)
 *   --work DIR            where projects are written (default: a new temporary directory)
 *   --timings             print the ftpreply processor's -Aftpreply.timings=true note of each warm-up run
 *   --no-autovalue        skip the AutoValue rows
 * </pre>
 */
public final class CompileTimeHarness {
    /** Bootstrap resamples for {@link #differenceInterval}. */
    private static final int RESAMPLES = 4000;

    private static final Pattern IN_PROCESS = Pattern.compile("in process\\(\\) ([0-9.]+) ms");

    private final Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    private final Path processorJar;
    private final Path runtimeJar;
    private final Path autoValueJar;
    private final Path autoValueAnnotationsJar;
    private final Path floorProcessorPath;
    private final Path work;
    private final int runs;
    private final boolean timings;

    /**
     * One row of the table.
     *
     * @param label          the row's name
     * @param sources        the sources every side compiles
     * @param classPath      javac's {@code -cp}
     * @param processorPath  the measured processor's {@code -processorpath}
     * @param options        the measured side's extra options
     * @param ftpreply       whether the measured processor is ftpreply's (its timings note gives time in process)
     */
    private record Project(
            String label,
            List<Path> sources,
            String classPath,
            Path processorPath,
            List<String> options,
            boolean ftpreply) {}

    private CompileTimeHarness(Path jars, Path work, int runs, boolean timings) {
        this.processorJar = jars.resolve("ftpreply-processor.jar");
        this.runtimeJar = jars.resolve("ftpreply-runtime.jar");
        this.autoValueJar = jars.resolve("auto-value.jar");
        this.autoValueAnnotationsJar = jars.resolve("auto-value-annotations.jar");
        this.floorProcessorPath = ownLocation();
        this.work = work;
        this.runs = runs;
        this.timings = timings;
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = {1, 10, 100, 1000};
        int runs = 5;
        Path jars = defaultJarDirectory();
        Path work = null;
        boolean timings = false;
        boolean autoValue = true;
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
                case "--no-autovalue" -> autoValue = false;
                default ->
                    throw new IllegalArgumentException("unknown option " + args[i]
                            + "; use --sizes 1,10,100,1000 --runs 5 --jars DIR --work DIR --timings --no-autovalue");
            }
        }
        if (work == null) {
            work = Files.createTempDirectory("ftpreply-compile-harness");
        }
        CompileTimeHarness harness = new CompileTimeHarness(jars, work, runs, timings);
        harness.checkJars(autoValue);
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
        System.out.println("| project | sources | javac -proc:none (ms) | javac + floor processor (ms)"
                + " | javac + processor (ms) | processor over floor [95% interval] | over -proc:none"
                + " | ftpreply in process() (ms) | floor in process() (ms) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int size : sizes) {
            harness.measure(harness.handlers(size));
        }
        harness.measure(harness.smallProject());
        if (autoValue) {
            for (int size : sizes) {
                harness.measure(harness.autoValue(size));
            }
        }
    }

    private Project handlers(int size) throws IOException {
        Path project = clean(work.resolve("n" + size));
        return new Project(
                "ftpreply, " + size + " handlers",
                SyntheticProject.write(project.resolve("src"), size),
                runtimeJar.toString(),
                processorJar,
                List.of(),
                true);
    }

    private Project smallProject() throws IOException {
        Path project = clean(work.resolve("small"));
        Path catalogs = project.resolve("catalogs");
        return new Project(
                "ftpreply, small project: 10 handlers + 1 extension catalog",
                OtherProjects.small(project.resolve("src"), catalogs),
                runtimeJar.toString(),
                processorJar,
                List.of("-Aftpreply.catalogPath=" + catalogs),
                true);
    }

    private Project autoValue(int size) throws IOException {
        Path project = clean(work.resolve("autovalue" + size));
        return new Project(
                "AutoValue, " + size + " value classes",
                OtherProjects.autoValue(project.resolve("src"), size),
                autoValueAnnotationsJar.toString(),
                autoValueJar,
                List.of(),
                false);
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

    private void checkJars(boolean autoValue) {
        List<Path> jars = autoValue
                ? List.of(processorJar, runtimeJar, autoValueJar, autoValueAnnotationsJar)
                : List.of(processorJar, runtimeJar);
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing; build with ./mvnw -q -B -Pbenchmarks"
                        + " -pl benchmarks -am package -DskipTests, or pass --jars DIR");
            }
        }
        if (!Files.isExecutable(javac)) {
            throw new IllegalStateException(javac + " is missing: run the harness with a JDK, not a JRE");
        }
    }

    /** The cold cost of reading the catalog that the processor bundles: class loading plus decoding. */
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

    private void measure(Project project) throws IOException, InterruptedException {
        Path root = project.sources().get(0).getParent();
        while (!root.getFileName().toString().equals("src")) {
            root = root.getParent();
        }
        root = root.getParent();
        Path generated = root.resolve("generated");
        Path withProcessor = root.resolve("classes-processor");
        Path withoutProcessor = root.resolve("classes-proc-none");
        Path floorGenerated = root.resolve("generated-floor");
        Path withFloor = root.resolve("classes-floor");

        // Warm-up of each side (file system cache, CDS archive), untimed; it also produces the generated sources.
        compileWithProcessor(project, generated, withProcessor, timings);
        List<Path> outputs = javaFiles(generated);
        if (outputs.isEmpty()) {
            throw new IllegalStateException(project.label() + ": the processor generated nothing");
        }
        Path outputCopy = root.resolve("generated-copy");
        List<Path> baselineSources = new ArrayList<>(project.sources());
        for (Path output : outputs) {
            Path copy = outputCopy.resolve(generated.relativize(output));
            Files.createDirectories(copy.getParent());
            Files.copy(output, copy);
            baselineSources.add(copy);
        }
        compileWithoutProcessor(project, baselineSources, withoutProcessor);
        compileWithFloor(project, outputCopy, floorGenerated, withFloor);
        if (javaFiles(floorGenerated).size() != outputs.size()) {
            throw new IllegalStateException(project.label() + ": the floor processor did not write every source");
        }

        long[] processorMillis = new long[runs];
        double[] inProcessMillis = new double[runs];
        long[] floorMillis = new long[runs];
        double[] floorInProcessMillis = new double[runs];
        long[] baselineMillis = new long[runs];
        for (int run = 0; run < runs; run++) {
            Run measured = compileWithProcessor(project, generated, withProcessor, false);
            processorMillis[run] = measured.millis();
            inProcessMillis[run] = measured.inProcessMillis();
            Run floorRun = compileWithFloor(project, outputCopy, floorGenerated, withFloor);
            floorMillis[run] = floorRun.millis();
            floorInProcessMillis[run] = floorRun.inProcessMillis();
            baselineMillis[run] = compileWithoutProcessor(project, baselineSources, withoutProcessor)
                    .millis();
        }
        long processor = median(processorMillis);
        long floor = median(floorMillis);
        long baseline = median(baselineMillis);
        long[] interval = differenceInterval(processorMillis, floorMillis);
        System.out.printf(
                Locale.ROOT,
                "| %s | %d + %d | %d | %d | %d | %+d ms (%+.1f%%) [%+d, %+d] | %+d ms (%+.1f%%) | %s | %.0f |%n",
                project.label(),
                project.sources().size(),
                outputs.size(),
                baseline,
                floor,
                processor,
                processor - floor,
                100.0 * (processor - floor) / floor,
                interval[0],
                interval[1],
                processor - baseline,
                100.0 * (processor - baseline) / baseline,
                project.ftpreply() ? String.format(Locale.ROOT, "%.0f", median(inProcessMillis)) : "",
                median(floorInProcessMillis));
        System.out.printf(
                Locale.ROOT,
                "<!-- %s runs (ms): processor %s, floor %s, proc:none %s%s, floor in process() %s -->%n",
                project.label(),
                Arrays.toString(processorMillis),
                Arrays.toString(floorMillis),
                Arrays.toString(baselineMillis),
                project.ftpreply() ? ", in process() " + Arrays.toString(inProcessMillis) : "",
                Arrays.toString(floorInProcessMillis));
    }

    /**
     * One javac run.
     *
     * @param millis          its wall-clock time
     * @param inProcessMillis the time in {@code process()} from the processor's note (ftpreply's timings note, or the
     *     floor processor's); 0 if none
     */
    private record Run(long millis, double inProcessMillis) {}

    private Run compileWithProcessor(Project project, Path generated, Path classes, boolean printNotes)
            throws IOException, InterruptedException {
        List<String> command = javacCommand(
                project.classPath(),
                "-processorpath",
                project.processorPath().toString(),
                "-s",
                clean(generated).toString(),
                "-d",
                clean(classes).toString());
        command.addAll(project.options());
        if (project.ftpreply()) {
            command.add("-Aftpreply.timings=true");
        }
        return run(command, project.sources(), printNotes && project.ftpreply());
    }

    /** {@code javac --release 17 -encoding UTF-8 -cp <classPath>} followed by {@code options}: what every side shares. */
    private List<String> javacCommand(String classPath, String... options) {
        List<String> command = new ArrayList<>(
                List.of(javac.toString(), "--release", "17", "-encoding", "UTF-8", "-cp", classPath));
        command.addAll(List.of(options));
        return command;
    }

    private Run compileWithFloor(Project project, Path outputs, Path generated, Path classes)
            throws IOException, InterruptedException {
        return run(
                javacCommand(
                        project.classPath(),
                        "-processorpath",
                        floorProcessorPath.toString(),
                        "-processor",
                        FloorProcessor.class.getName(),
                        "-A" + FloorProcessor.DISPATCHERS + "=" + outputs,
                        "-s",
                        clean(generated).toString(),
                        "-d",
                        clean(classes).toString()),
                project.sources(),
                false);
    }

    private Run compileWithoutProcessor(Project project, List<Path> sources, Path classes)
            throws IOException, InterruptedException {
        return run(javacCommand(project.classPath(), "-proc:none", "-d", clean(classes).toString()), sources, false);
    }

    /** Runs javac on {@code sources} (through an argument file): its wall-clock time and ftpreply's timings note. */
    private Run run(List<String> command, List<Path> sources, boolean printOutput)
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
        Matcher inProcess = IN_PROCESS.matcher(log);
        return new Run(millis, inProcess.find() ? Double.parseDouble(inProcess.group(1)) : 0);
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

    /**
     * A 95% bootstrap interval of median(processor) - median(floor): single runs spread by about 15%, so the
     * difference of two medians of a few runs can be off by more than the targets it is read against. Each round
     * ran both sides back to back, so a round is resampled whole; the seed is fixed, so the same runs print the
     * same interval.
     */
    static long[] differenceInterval(long[] processor, long[] floor) {
        int n = processor.length;
        Random random = new Random(17);
        long[] differences = new long[RESAMPLES];
        long[] processorSample = new long[n];
        long[] floorSample = new long[n];
        for (int r = 0; r < RESAMPLES; r++) {
            for (int i = 0; i < n; i++) {
                int round = random.nextInt(n);
                processorSample[i] = processor[round];
                floorSample[i] = floor[round];
            }
            differences[r] = median(processorSample) - median(floorSample);
        }
        Arrays.sort(differences);
        return new long[] {differences[RESAMPLES / 40], differences[RESAMPLES - 1 - RESAMPLES / 40]};
    }

    /** As {@link #median(double[])}, rounded down: exact for times in milliseconds. */
    private static long median(long[] values) {
        return (long) median(Arrays.stream(values).asDoubleStream().toArray());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}

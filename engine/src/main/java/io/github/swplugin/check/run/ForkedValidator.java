package io.github.swplugin.check.run;

import io.github.swplugin.check.Report;
import io.github.swplugin.check.ValidatorOptions;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs a check that reads every file in a JVM of its own, started for that one short run: C1 alone and the serial
 * collector, where the build's JVM spends a core on C2 compiling for a long run that never comes (docs/performance.md
 * measures both). A run the cache spares most files is shorter than a JVM's start, and stays in the build's JVM.
 */
public final class ForkedValidator {
    /**
     * For a JVM that reads each file once and ends: the quick compiler alone, the collector with no threads of its own,
     * nothing the JVM says on the standard output the answer goes up, and no performance data file written outside the
     * checkout.
     */
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+DisplayVMOutputToStderr",
            "-XX:-UsePerfData");
    /**
     * The young generation's size: a run's garbage dies young, and a larger one is memory touched for the first time,
     * which machines like the benchmarks' do slowly (24 MiB took 0.17 s off a cold run at 100 copies against the
     * default, a third of the initial heap).
     */
    private static final long YOUNG_GENERATION = 24L << 20;
    /** How much of the fork's standard error is kept to say why it failed. */
    private static final int ERROR_TAIL = 4096;

    private ForkedValidator() {
    }

    /** Whether a run with these options checks every file: no cache file to take findings from, and no chosen few files. */
    public static boolean checksEveryFile(ValidatorOptions options) {
        return options.only().isEmpty() && options.cacheFile().map(file -> !Files.exists(file, LinkOption.NOFOLLOW_LINKS)).orElse(true);
    }

    /** Without C2 beside it, a forked check has every processor for its files. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The report of {@code options}' run in a JVM of its own, on {@code classpath} (this engine and what it needs); empty,
     * with the reason given to {@code problems}, when that JVM gave none, so that the caller can check in its own. A
     * problem with the options is thrown, as {@link Validator#run()} throws it.
     */
    public static Optional<Report> run(ValidatorOptions options, List<Path> classpath, Consumer<String> problems) {
        long start = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command(classpath))
                    // the JVM starts outside the checkout, so that nothing in it is taken for the JVM's own configuration
                    .directory(new File(System.getProperty("java.home")))
                    .start();
        } catch (IOException | RuntimeException e) {
            problems.accept("could not start a JVM for the check (" + e.getMessage() + ")");
            return Optional.empty();
        }
        Thread stop = new Thread(process::destroyForcibly, "swplugin fork stop");
        Runtime.getRuntime().addShutdownHook(stop);  // a build stopped with Ctrl-C stops its fork too
        CompletableFuture<String> errors = drained(process.getErrorStream());
        try {
            try (DataOutputStream in = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()))) {
                ForkWire.writeOptions(options, in);
            }
            Report report = ForkWire.readAnswer(new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16)));
            process.waitFor();
            return Optional.of(new Report(report.findings(), report.files(), (System.nanoTime() - start) / 1_000_000));
        } catch (IOException e) {
            process.destroyForcibly();
            String said = lastLine(errors.join());
            problems.accept("the JVM forked for the check ended without a report ("
                    + (said.isEmpty() ? e.getClass().getSimpleName() + ": " + e.getMessage() : "it said: " + said) + ")");
            return Optional.empty();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            problems.accept("interrupted while the forked check ran");
            return Optional.empty();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook runs anyway
            }
        }
    }

    private static List<String> command(List<Path> classpath) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", File.separatorChar == '\\' ? "java.exe" : "java").toString());
        command.addAll(JVM_OPTIONS);
        long heap = Runtime.getRuntime().maxMemory();
        if (heap != Long.MAX_VALUE) {
            command.add("-Xmx" + Math.max(heap >> 10, 4096) + "k");  // the heap the build allows, as the build's JVM has it
        }
        command.add("-Xmn" + (Math.min(YOUNG_GENERATION, heap / 3) >> 10) + "k");
        command.add("-cp");
        command.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(ForkedCheck.class.getName());
        return command;
    }

    /** Reads {@code stream} to its end on a thread of its own (a full pipe would stop the fork), keeping its last bytes. */
    private static CompletableFuture<String> drained(InputStream stream) {
        CompletableFuture<String> tail = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            byte[] kept = new byte[ERROR_TAIL];
            int length = 0;
            byte[] buffer = new byte[8192];
            try (stream) {
                for (int read; (read = stream.read(buffer)) >= 0; ) {
                    int keep = Math.min(read, ERROR_TAIL);
                    int shift = Math.min(length, ERROR_TAIL - keep);
                    System.arraycopy(kept, length - shift, kept, 0, shift);
                    System.arraycopy(buffer, read - keep, kept, shift, keep);
                    length = shift + keep;
                }
            } catch (IOException e) {
                // the fork is gone: what was read is all there is
            }
            tail.complete(new String(kept, 0, length, StandardCharsets.UTF_8));
        }, "swplugin fork errors");
        reader.setDaemon(true);
        reader.start();
        return tail;
    }

    /** The last line of the fork's standard error that is not a stack frame: a failure's root cause. */
    private static String lastLine(String errors) {
        String[] lines = errors.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("at ") && !line.startsWith("...")) {
                return line;
            }
        }
        return "";
    }
}

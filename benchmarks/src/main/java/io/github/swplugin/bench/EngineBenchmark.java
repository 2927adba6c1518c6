package io.github.swplugin.bench;

import io.github.swplugin.check.Report;
import io.github.swplugin.check.ValidatorOptions;
import io.github.swplugin.check.run.Validator;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole rule engine, one operation being one validation of a synthetic checkout of
 * {@code copies} copies of the real plugin tests, on 1 or 2 threads; the heap is capped at 256 MiB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {
    @Param({"1", "10", "100"})
    public int copies;

    @Param({"1", "2"})
    public int threads;

    private Path checkout;

    @Setup(Level.Trial)
    public void setUp() {
        checkout = SyntheticCorpus.build(copies);
    }

    @Benchmark
    public Report validate() {
        return new Validator(ValidatorOptions.defaults(checkout).withThreads(threads)).run();
    }
}

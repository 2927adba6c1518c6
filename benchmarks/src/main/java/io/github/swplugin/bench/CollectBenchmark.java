package io.github.swplugin.bench;

import io.github.swplugin.collect.Collector;
import io.github.swplugin.collect.CollectorServer;
import io.github.swplugin.collector.Agent;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.skywalking.apm.network.language.agent.v3.SegmentObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * swplugin:collect's ingest: segments per second that one agent streams over gRPC on this machine and the collector
 * keeps, 1,000 five-span segments per stream; the session is cleared after each iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class CollectBenchmark {
    private static final int BATCH = 1000;

    private CollectorServer server;
    private AgentTraffic agent;
    private List<SegmentObject> segments;

    @Setup(Level.Trial)
    public void start() throws Exception {
        server = CollectorServer.start(new CollectorServer.Options("127.0.0.1", 0, 0, Agent.PYTHON),
                new Collector(Long.MAX_VALUE));
        agent = new AgentTraffic(server.grpcPort());
        segments = AgentTraffic.segments(BATCH);
    }

    @TearDown(Level.Iteration)
    public void clear() {
        server.collector().clear(Collector.DEFAULT_SESSION);
    }

    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
        agent.close();
        server.close();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void ingest() throws Exception {
        agent.send(segments);
    }
}

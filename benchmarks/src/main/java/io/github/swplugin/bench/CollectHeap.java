package io.github.swplugin.bench;

import io.github.swplugin.collect.Collector;
import io.github.swplugin.collect.CollectorServer;
import io.github.swplugin.collector.Agent;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The heap one session of swplugin:collect holds for 100,000 spans (20,000 five-span segments streamed over gRPC),
 * and the time GET /receiveData takes to stream them: {@code java -cp benchmarks.jar io.github.swplugin.bench.CollectHeap}.
 * Also shows the message of a session that outgrows its bound.
 */
public final class CollectHeap {
    private CollectHeap() {
    }

    public static void main(String[] args) throws Exception {
        int segments = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        long spans = (long) segments * AgentTraffic.SPANS_PER_SEGMENT;
        Collector collector = new Collector(spans);
        try (CollectorServer server = CollectorServer.start(new CollectorServer.Options("127.0.0.1", 0, 0, Agent.PYTHON),
                collector); AgentTraffic agent = new AgentTraffic(server.grpcPort())) {
            var all = AgentTraffic.segments(segments + 1);
            long before = usedAfterGc();
            for (int from = 0; from < segments; from += 1000) {
                agent.send(all.subList(from, Math.min(segments, from + 1000)));
            }
            long after = usedAfterGc();
            long rendering = System.nanoTime();
            long length = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + server.httpPort() + "/receiveData")).build(), HttpResponse.BodyHandlers.ofInputStream()).body()
                    .transferTo(OutputStream.nullOutputStream());
            rendering = System.nanoTime() - rendering;
            System.out.printf("%d spans held: %.1f MiB of heap, %d bytes a span; GET /receiveData streamed %d bytes in %d ms%n",
                    collector.spanCount(Collector.DEFAULT_SESSION), (after - before) / 1048576.0, (after - before) / spans,
                    length, rendering / 1_000_000);
            try {
                agent.send(all.subList(segments, segments + 1));
                System.out.println("the segment beyond the bound was accepted");
            } catch (Exception e) {
                System.out.println("beyond the bound, the agent is told: " + e.getCause().getMessage());
            }
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

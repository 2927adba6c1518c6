package io.github.swplugin.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.collector.Agent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.skywalking.apm.network.language.agent.v3.SegmentObject;
import org.apache.skywalking.apm.network.language.agent.v3.SpanLayer;
import org.apache.skywalking.apm.network.language.agent.v3.SpanObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveSessionTest {
    @TempDir
    Path checkout;

    private final List<String> out = Collections.synchronizedList(new ArrayList<>());

    private static SegmentObject segment(String service, int component) {
        return SegmentObject.newBuilder().setService(service).setTraceSegmentId("s-" + service)
                .addSpans(SpanObject.newBuilder().setSpanId(0).setParentSpanId(-1).setOperationName("/users")
                        .setSpanLayer(SpanLayer.Http).setStartTime(1).setEndTime(2).setComponentId(component)).build();
    }

    private LiveSession session(Collector collector, Path expected, int segments, String session) throws Exception {
        Files.createDirectories(checkout.resolve("skywalking"));
        Files.writeString(checkout.resolve("skywalking/__init__.py"), "class Component(Enum):\n    Unknown = 0\n    Flask = 7001\n");
        return new LiveSession(collector, new LiveSession.Options(checkout, expected, expected == null ? null : "expected.data.yml",
                Agent.PYTHON, session, segments, Duration.ofSeconds(20), 1 << 20), out::add);
    }

    @Test
    void printsEachSegmentWithTheCheckoutsComponentNamesAndStopsAfterTheLimit() throws Exception {
        Collector collector = new Collector(100);
        LiveSession live = session(collector, null, 2, Collector.DEFAULT_SESSION);
        Thread agent = new Thread(() -> {
            collector.segment("", segment("provider", 7001), Collector.Via.GRPC);
            collector.segment("", segment("consumer", 42), Collector.Via.GRPC);
        });
        agent.start();

        LiveSession.Result result = live.run();

        assertThat(result.judged()).isFalse();
        assertThat(out).contains("provider: segment s-provider, 1 span", "  0 Entry /users [Http, component 7001 Flask, 1 ms]",
                "  WARNING [agent-data] service 'consumer', segment s-consumer: span 0 '/users': component id 42 is not"
                        + " defined by the checkout's Component enum",
                "swplugin collect: 2 services, 2 segments, 2 spans received in the default session");
    }

    @Test
    void theVerdictFollowsTheDataOfItsOwnSession() throws Exception {
        Path expected = checkout.resolve("expected.data.yml");
        Files.writeString(expected, """
                segmentItems:
                - serviceName: provider
                  segmentSize: 1
                  segments:
                  - segmentId: not null
                    spans:
                    - {operationName: /users, parentSpanId: -1, spanId: 0, spanLayer: Http, startTime: gt 0, endTime: gt 0,
                       componentId: 7001, isError: false, spanType: Entry, peer: '', skipAnalysis: false}
                """);
        Collector collector = new Collector(100);
        LiveSession live = session(collector, expected, 1, "test-a");
        collector.segment("", segment("provider", 7001), Collector.Via.GRPC);  // another session's data
        collector.segment("test-a", segment("provider", 7001), Collector.Via.GRPC);

        LiveSession.Result result = live.run();

        assertThat(result.passed()).isTrue();
        assertThat(out).contains("verdict: expected.data.yml passes: the collector answers success (1 service, 1 segment,"
                + " 1 span received)");
    }

    @Test
    void aSegmentWithoutSpansIsReportedAsDropped() throws Exception {
        Collector collector = new Collector(100);
        session(collector, null, 1, Collector.DEFAULT_SESSION);

        collector.segment("", SegmentObject.newBuilder().setService("provider").setTraceSegmentId("e").build(),
                Collector.Via.GRPC);

        assertThat(out).containsExactly("dropped: segment e of service 'provider' has no span: the collector drops it");
    }

    @Test
    void aSessionBeyondItsBoundRefusesWithTheReason() {
        Collector collector = new Collector(1);
        collector.segment("", segment("provider", 7001), Collector.Via.GRPC);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> collector.segment("", segment("consumer", 7001),
                Collector.Via.GRPC)).isInstanceOf(Collector.Full.class).hasMessage("the default session holds 1 spans,"
                        + " its bound (swplugin.maxSpans=1): clear it with DELETE /receiveData or raise the bound");
    }
}

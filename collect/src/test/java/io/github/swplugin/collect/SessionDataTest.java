package io.github.swplugin.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.skywalking.apm.network.language.agent.v3.MeterData;
import org.apache.skywalking.apm.network.language.agent.v3.MeterSingleValue;
import org.apache.skywalking.apm.network.language.agent.v3.SegmentObject;
import org.apache.skywalking.apm.network.language.agent.v3.SpanObject;
import org.junit.jupiter.api.Test;

class SessionDataTest {
    @Test
    void firstReportsOfOneServiceAtOnceAreAllKept() throws InterruptedException {
        // the mock collector's get-then-put loses all but one of these (agent-test-tool PR #65)
        for (int round = 0; round < 50; round++) {
            SessionData data = new SessionData();
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> agents = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                SegmentObject segment = SegmentObject.newBuilder().setService("provider").setTraceSegmentId("s" + i)
                        .addSpans(SpanObject.newBuilder().setParentSpanId(-1)).build();
                Thread agent = new Thread(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    data.add(segment);
                });
                agent.start();
                agents.add(agent);
            }
            start.countDown();
            for (Thread agent : agents) {
                agent.join();
            }
            assertThat(data.segments().get("provider")).hasSize(8);
        }
    }

    @Test
    void aLaterValueOfTheSameMeterReplacesItAndNanIsWritten() {
        SessionData data = new SessionData();
        data.add("provider", meter("threads", 3));
        data.add("provider", meter("threads", Double.NaN));
        data.add("provider", meter("cpu", Double.POSITIVE_INFINITY));

        assertThat(ReceivedYaml.render(data)).isEqualTo("""
                segmentItems: []
                meterItems:
                - serviceName: provider
                  meterSize: 2
                  meters:
                  - meterId:
                      name: threads
                      tags: []
                    singleValue: .NaN
                  - meterId:
                      name: cpu
                      tags: []
                    singleValue: .inf
                logItems: []
                """);
    }

    @Test
    void streamedOneItemAtATimeTheTextIsTheWholeDocumentsDump() throws Exception {
        SessionData data = new SessionData();
        for (String service : List.of("consumer", "provider", "mysql")) {
            for (int i = 0; i < 3; i++) {
                data.add(SegmentObject.newBuilder().setService(service).setTraceSegmentId(service + i)
                        .addSpans(SpanObject.newBuilder().setParentSpanId(-1).setOperationName("/a very long operation name "
                                .repeat(i + 1)).addTags(org.apache.skywalking.apm.network.common.v3.KeyStringValuePair
                                .newBuilder().setKey("db.statement").setValue("select *\nfrom users where id = " + i)))
                        .build());
            }
        }
        // a segment without spans, as HTTP keeps it, twice
        data.add(SegmentObject.newBuilder().setService("empty").setTraceSegmentId("e1").build());
        data.add(SegmentObject.newBuilder().setService("empty").setTraceSegmentId("e2").build());
        String text = ReceivedYaml.render(data);

        // what SnakeYAML writes for the whole document at once (the mock collector's way)
        assertThat(text).isEqualTo(new org.yaml.snakeyaml.Yaml().dump(new org.yaml.snakeyaml.Yaml().load(text)));
        assertThat(text).contains("  segmentSize: 3\n").doesNotContain("&id");
    }

    private static MeterData meter(String name, double value) {
        return MeterData.newBuilder().setService("provider")
                .setSingleValue(MeterSingleValue.newBuilder().setName(name).setValue(value)).build();
    }
}

package io.github.swplugin.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.skywalking.apm.network.language.agent.v3.SegmentObject;
import org.apache.skywalking.apm.network.language.agent.v3.SegmentReference;
import org.apache.skywalking.apm.network.language.agent.v3.SpanObject;
import org.junit.jupiter.api.Test;

class AgentDataChecksTest {
    private static SpanObject.Builder span(int id, int parent, long start, long end) {
        return SpanObject.newBuilder().setSpanId(id).setParentSpanId(parent).setStartTime(start).setEndTime(end)
                .setOperationName("op" + id).setComponentId(7001);
    }

    private static SegmentObject segment(String id, SpanObject.Builder... spans) {
        SegmentObject.Builder builder = SegmentObject.newBuilder().setService("provider").setTraceSegmentId(id);
        for (SpanObject.Builder span : spans) {
            builder.addSpans(span);
        }
        return builder.build();
    }

    @Test
    void aWellFormedSegmentHasNoProblem() {
        assertThat(AgentDataChecks.of(segment("s", span(1, 0, 2, 3), span(0, -1, 1, 4)), id -> id == 7001)).isEmpty();
    }

    @Test
    void whatNoAgentShouldSend() {
        List<String> problems = AgentDataChecks.of(segment("s", span(0, -1, 5, 4), span(1, 0, 4, 9), span(1, 7, 5, 5)
                .setComponentId(99)), id -> id == 7001);

        assertThat(problems).containsExactly(
                "service 'provider', segment s: span 0 'op0': ends (4) before it starts (5)",
                "service 'provider', segment s: span 1 'op1': another span of the segment has the same id 1",
                "service 'provider', segment s: span 1 'op1': component id 99 is not defined by the checkout's Component enum",
                "service 'provider', segment s: span 1 'op1': runs outside its parent span 0 'op0' (4..9 in 5..4)",
                "service 'provider', segment s: span 1 'op1': its parent span 7 is not in the segment");
    }

    @Test
    void oneRootExactly() {
        assertThat(AgentDataChecks.of(segment("s", span(0, -1, 1, 2), span(1, -1, 1, 2)), null))
                .containsExactly("service 'provider', segment s: 2 spans are roots (parentSpanId -1)");
        assertThat(AgentDataChecks.of(segment("s", span(1, 0, 1, 2)), null)).contains(
                "service 'provider', segment s: no span is the root (parentSpanId -1)");
    }

    @Test
    void refsMustNameASegmentAndSpanThatArrived() {
        SegmentObject parent = segment("p", span(0, -1, 1, 9), span(1, 0, 2, 8));
        SegmentObject child = segment("c", span(0, -1, 3, 7)
                .addRefs(SegmentReference.newBuilder().setParentTraceSegmentId("p").setParentSpanId(1).setParentService("consumer"))
                .addRefs(SegmentReference.newBuilder().setParentTraceSegmentId("p").setParentSpanId(5).setParentService("consumer"))
                .addRefs(SegmentReference.newBuilder().setParentTraceSegmentId("gone").setParentSpanId(1).setParentService("consumer")));

        assertThat(AgentDataChecks.refs(Map.of("provider", List.of(parent, child)))).containsExactly(
                "service 'provider', segment c: span 0 'op0': its CrossProcess ref names span 5 of segment p, which has no such span",
                "service 'provider', segment c: span 0 'op0': its CrossProcess ref names segment gone of service 'consumer',"
                        + " which never arrived");
    }
}

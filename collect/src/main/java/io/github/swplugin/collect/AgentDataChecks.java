package io.github.swplugin.collect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.apache.skywalking.apm.network.language.agent.v3.SegmentObject;
import org.apache.skywalking.apm.network.language.agent.v3.SegmentReference;
import org.apache.skywalking.apm.network.language.agent.v3.SpanObject;

/**
 * What no agent should send, whatever a test expects: problems of the plugin or the agent, reported against what
 * arrived rather than against the expected file. One segment is checked when it arrives; refs between segments are
 * checked when the session ends, since a parent segment usually arrives after its children.
 */
final class AgentDataChecks {
    private AgentDataChecks() {
    }

    /** @param knownComponent the component ids the checkout's agent defines, or null when unknown */
    static List<String> of(SegmentObject segment, IntPredicate knownComponent) {
        List<String> problems = new ArrayList<>();
        Map<Integer, SpanObject> byId = new HashMap<>();
        int roots = 0;
        for (SpanObject span : segment.getSpansList()) {
            if (byId.putIfAbsent(span.getSpanId(), span) != null) {
                problems.add(span(span) + ": another span of the segment has the same id " + span.getSpanId());
            }
            if (span.getParentSpanId() == -1) {
                roots++;
            }
            if (span.getStartTime() > span.getEndTime()) {
                problems.add(span(span) + ": ends (" + span.getEndTime() + ") before it starts (" + span.getStartTime() + ")");
            }
            if (knownComponent != null && !knownComponent.test(span.getComponentId())) {
                problems.add(span(span) + ": component id " + span.getComponentId()
                        + " is not defined by the checkout's Component enum");
            }
        }
        if (roots != 1) {
            problems.add(roots == 0 ? "no span is the root (parentSpanId -1)" : roots + " spans are roots (parentSpanId -1)");
        }
        for (SpanObject span : segment.getSpansList()) {
            if (span.getParentSpanId() == -1) {
                continue;
            }
            SpanObject parent = byId.get(span.getParentSpanId());
            if (parent == null) {
                problems.add(span(span) + ": its parent span " + span.getParentSpanId() + " is not in the segment");
            } else if (span.getStartTime() < parent.getStartTime() || span.getEndTime() > parent.getEndTime()) {
                problems.add(span(span) + ": runs outside its parent " + span(parent) + " (" + span.getStartTime() + ".."
                        + span.getEndTime() + " in " + parent.getStartTime() + ".." + parent.getEndTime() + ")");
            }
        }
        return problems.stream().map(p -> "service '" + segment.getService() + "', segment " + segment.getTraceSegmentId()
                + ": " + p).toList();
    }

    /** Refs naming a segment or span that never arrived in the session. */
    static List<String> refs(Map<String, List<SegmentObject>> segments) {
        Map<String, Set<Integer>> spansBySegment = new HashMap<>();
        segments.values().forEach(list -> list.forEach(segment -> spansBySegment.put(segment.getTraceSegmentId(),
                new HashSet<>(segment.getSpansList().stream().map(SpanObject::getSpanId).toList()))));
        List<String> problems = new ArrayList<>();
        segments.values().forEach(list -> list.forEach(segment -> {
            for (SpanObject span : segment.getSpansList()) {
                for (SegmentReference ref : span.getRefsList()) {
                    Set<Integer> parentSpans = spansBySegment.get(ref.getParentTraceSegmentId());
                    String where = "service '" + segment.getService() + "', segment " + segment.getTraceSegmentId() + ": "
                            + span(span) + ": its " + ref.getRefType().name() + " ref";
                    if (parentSpans == null) {
                        problems.add(where + " names segment " + ref.getParentTraceSegmentId() + " of service '"
                                + ref.getParentService() + "', which never arrived");
                    } else if (!parentSpans.contains(ref.getParentSpanId())) {
                        problems.add(where + " names span " + ref.getParentSpanId() + " of segment "
                                + ref.getParentTraceSegmentId() + ", which has no such span");
                    }
                }
            }
        }));
        return problems;
    }

    private static String span(SpanObject span) {
        return "span " + span.getSpanId() + " '" + span.getOperationName() + "'";
    }
}

package io.github.swplugin.collect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.apache.skywalking.apm.network.language.agent.v3.SegmentObject;
import org.apache.skywalking.apm.network.language.agent.v3.SegmentReference;
import org.apache.skywalking.apm.network.language.agent.v3.SpanObject;

/** A segment as the author at the terminal reads it: its service, then its spans as a tree with their refs. */
final class SegmentView {
    private SegmentView() {
    }

    /** @param componentName the component's name for an id, or null when the checkout does not say */
    static List<String> lines(SegmentObject segment, IntFunction<String> componentName) {
        List<String> lines = new ArrayList<>();
        lines.add(segment.getService() + ": segment " + segment.getTraceSegmentId() + ", "
                + segment.getSpansCount() + (segment.getSpansCount() == 1 ? " span" : " spans"));
        Map<Integer, List<SpanObject>> children = new TreeMap<>();
        for (SpanObject span : segment.getSpansList()) {
            children.computeIfAbsent(span.getParentSpanId(), p -> new ArrayList<>()).add(span);
        }
        children.values().forEach(list -> list.sort(Comparator.comparingInt(SpanObject::getSpanId)));
        Set<Integer> shown = new HashSet<>();
        for (SpanObject root : children.getOrDefault(-1, List.of())) {
            add(lines, root, 1, children, componentName, shown);
        }
        // spans whose parent is missing are still shown, under the segment
        for (SpanObject span : segment.getSpansList()) {
            add(lines, span, 1, children, componentName, shown);
        }
        return lines;
    }

    private static void add(List<String> lines, SpanObject span, int depth, Map<Integer, List<SpanObject>> children,
            IntFunction<String> componentName, Set<Integer> shown) {
        if (!shown.add(span.getSpanId())) {
            return;
        }
        String indent = "  ".repeat(depth);
        String name = componentName.apply(span.getComponentId());
        lines.add(indent + span.getSpanId() + " " + span.getSpanType().name() + " " + span.getOperationName() + " ["
                + span.getSpanLayer().name() + ", component " + span.getComponentId() + (name == null ? "" : " " + name)
                + (span.getPeer().isEmpty() ? "" : ", peer " + span.getPeer()) + ", " + (span.getEndTime() - span.getStartTime())
                + " ms]" + (span.getIsError() ? " error" : ""));
        for (SegmentReference ref : span.getRefsList()) {
            lines.add(indent + "  <- " + ref.getRefType().name() + " from " + ref.getParentService() + " '"
                    + ref.getParentEndpoint() + "' (segment " + ref.getParentTraceSegmentId() + ", span " + ref.getParentSpanId()
                    + (ref.getNetworkAddressUsedAtPeer().isEmpty() ? "" : ", via " + ref.getNetworkAddressUsedAtPeer()) + ")");
        }
        for (SpanObject child : children.getOrDefault(span.getSpanId(), List.of())) {
            add(lines, child, depth + 1, children, componentName, shown);
        }
    }
}

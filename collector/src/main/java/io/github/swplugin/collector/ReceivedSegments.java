package io.github.swplugin.collector;

import io.github.swplugin.collector.CollectorData.Raw;
import io.github.swplugin.collector.CollectorData.Segment;
import io.github.swplugin.collector.CollectorData.Span;
import io.github.swplugin.collector.CollectorData.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The received segments of one service, as the expected segments take them: the collector gives each received
 * segment to the first expected one, in file order, that matches it. {@link #take} finds that segment with the
 * collector's outcome (the same segment, the same throw) without comparing what cannot change it, so that a run of
 * thousands of like segments costs linear time, not quadratic:
 * <ul>
 * <li>a received segment of another span count is never compared (nor is it by the collector);</li>
 * <li>for the Python agent's collector, which compares the first span's operationName before anything else, a
 * literal one narrows the candidates to those that have it: any other fails on that field, before any throw;</li>
 * <li>a segment taken by an expected segment with the same content matched it, and would match again.</li>
 * </ul>
 */
final class ReceivedSegments {
    /** The collector's comparison of an expected segment with a received one: returns, or throws Mismatch or Rejected. */
    interface Comparison {
        void compare(Segment expected, Segment received);
    }

    private final List<Segment> received;
    private final Agent agent;
    private final Map<Segment, Segment> takenBy = new IdentityHashMap<>();
    private final Map<Segment, String> contents = new IdentityHashMap<>();
    private final Map<String, List<Segment>> byShape = new HashMap<>();
    /** Per expected content: how many candidates at the start of its shape's list that content took already. */
    private final Map<String, Integer> takenPrefix = new HashMap<>();

    ReceivedSegments(List<Segment> received, Agent agent) {
        this.received = received == null ? List.of() : received;
        this.agent = agent;
    }

    List<Segment> all() {
        return received;
    }

    /** Gives {@code segment} to {@code expected}, as the full comparison decided. */
    void give(Segment segment, Segment expected) {
        takenBy.put(segment, expected);
    }

    /** The expected segment that took {@code segment}, or null. */
    Segment takenBy(Segment segment) {
        return takenBy.get(segment);
    }

    /**
     * Takes and returns the first received segment, in received order, that no expected segment took and that
     * matches; null when there is none (the caller then compares every candidate again for its message). A throw of
     * the comparison comes out exactly where the collector's would.
     */
    Segment take(Segment expected, Comparison comparison) {
        if (expected.spans() == null) {
            return null;  // the caller's full comparison handles what the collector does with it
        }
        String shape = shape(expected);
        List<Segment> candidates = byShape.computeIfAbsent(shape, this::candidates);
        String content = content(expected);
        int start = takenPrefix.getOrDefault(content, 0);
        for (int i = start; i < candidates.size(); i++) {
            Segment candidate = candidates.get(i);
            Segment owner = takenBy.get(candidate);
            if (owner != null && content(owner).equals(content)) {
                continue;  // it matched this very content: it would again, and it is taken
            }
            try {
                comparison.compare(expected, candidate);
            } catch (Mismatch e) {
                continue;
            }
            if (owner != null) {
                continue;
            }
            takenBy.put(candidate, expected);
            int prefix = start;
            while (prefix < candidates.size() && takenBy.containsKey(candidates.get(prefix))
                    && content(takenBy.get(candidates.get(prefix))).equals(content)) {
                prefix++;
            }
            takenPrefix.put(content, prefix);
            return candidate;
        }
        return null;
    }

    /** What decides which received segments can match at all: the span count, and a literal first operationName. */
    private String shape(Segment expected) {
        String operation = firstOperation(expected);
        return expected.spans().size() + (operation == null ? "" : "|" + operation);
    }

    private String firstOperation(Segment expected) {
        if (agent != Agent.PYTHON || expected.spans().isEmpty() || expected.spans().get(0) == null) {
            return null;
        }
        String value = expected.spans().get(0).field("operationName").value();
        return value == null ? null : Expression.parse(value).exactValue().orElse(null);
    }

    private List<Segment> candidates(String shape) {
        int bar = shape.indexOf('|');
        int size = Integer.parseInt(bar < 0 ? shape : shape.substring(0, bar));
        String operation = bar < 0 ? null : shape.substring(bar + 1);
        List<Segment> list = new ArrayList<>();
        for (Segment segment : received) {
            List<Span> spans = segment.spans();
            if (spans != null && spans.size() == size && (operation == null
                    || operation.equals(spans.get(0) == null ? null : spans.get(0).field("operationName").value()))) {
                list.add(segment);
            }
        }
        return list;
    }

    /** The expected segment's spans without their places: two segments with the same content compare alike. */
    private String content(Segment expected) {
        return contents.computeIfAbsent(expected, segment -> {
            StringBuilder out = new StringBuilder();
            for (Span span : segment.spans()) {
                if (span == null) {
                    out.append("~;");
                    continue;
                }
                new TreeMap<>(span.fields()).forEach((key, text) -> out.append(key).append('=').append(value(text)).append(';'));
                out.append("tags=").append(raw(span.tags())).append(";logs=").append(raw(span.logs()))
                        .append(";refs=").append(raw(span.refs())).append("\n");
            }
            return out.toString();
        });
    }

    private static String value(Text text) {
        return text.value() == null ? "~" : '"' + text.value().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String raw(Raw raw) {
        if (raw == null) {
            return "-";
        }
        Object value = raw.value();
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(item -> out.append(item instanceof Raw r ? raw(r) : String.valueOf(item)).append(','));
            return out.append(']').toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            new TreeMap<>(stringKeys(map)).forEach((key, item) -> out.append(key).append(':')
                    .append(item instanceof Raw r ? raw(r) : String.valueOf(item)).append(','));
            return out.append('}').toString();
        }
        return value == null ? "~" : value.getClass().getSimpleName() + '"' + String.valueOf(value).replace("\"", "\\\"") + '"';
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> keyed = new HashMap<>();
        map.forEach((key, value) -> keyed.put(key instanceof Raw r ? raw(r) : String.valueOf(key), value));
        return keyed;
    }
}

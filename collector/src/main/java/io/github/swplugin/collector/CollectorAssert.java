package io.github.swplugin.collector;

import io.github.swplugin.collector.CollectorData.Data;
import io.github.swplugin.collector.CollectorData.KeyValue;
import io.github.swplugin.collector.CollectorData.Place;
import io.github.swplugin.collector.CollectorData.Ref;
import io.github.swplugin.collector.CollectorData.Segment;
import io.github.swplugin.collector.CollectorData.SegmentItem;
import io.github.swplugin.collector.CollectorData.Span;
import io.github.swplugin.collector.CollectorData.Text;
import io.github.swplugin.core.Suggestions;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pinned mock collector's verdict on an expected file, reason by reason. The collector stops at
 * its first failure; this goes on past a failed service or segment so that every reason is reported,
 * but only where the collector's own order of comparison would have reached it, so the verdict (pass
 * when there are no problems) is the collector's.
 *
 * <p>Longer than most classes on purpose: it follows the collector's assertions in the collector's order (services,
 * segments, spans, then refs), and the ref pass needs which received segment each expected segment took.
 */
public final class CollectorAssert {

    /** One reason the collector fails the file: an assertion, or a throw that makes it answer HTTP 500. */
    public record Problem(Place place, String message, boolean rejected) {
    }

    /** The order in which the collector compares a span's fields, with the names its messages use. */
    private static final List<String[]> SPAN_FIELDS = List.of(new String[] {"operationName", "operation name"},
            new String[] {"componentId", "component id"}, new String[] {"startTime", "start time"},
            new String[] {"endTime", "end time"}, new String[] {"parentSpanId", "parent span id"},
            new String[] {"spanId", "span id"}, new String[] {"peer", "peer"}, new String[] {"spanLayer", "span layer"},
            new String[] {"isError", "is error"}, new String[] {"spanType", "span type"},
            new String[] {"skipAnalysis", "skip analysis"});

    private final List<Problem> problems = new ArrayList<>();
    /** The received segment each expected segment matched, and the received refs of each expected span. */
    private final Map<Segment, Segment> matched = new IdentityHashMap<>();
    private final Map<Span, List<Ref>> actualRefs = new IdentityHashMap<>();

    private final Agent agent;

    private CollectorAssert(Agent agent) {
        this.agent = agent;
    }

    /** The problems the collector that {@code agent}'s tests pin finds; none means it answers success. */
    public static List<Problem> judge(Data expected, Data actual, Agent agent) {
        CollectorAssert judge = new CollectorAssert(agent);
        judge.run(expected, actual);
        return judge.problems;
    }

    private void run(Data expected, Data actual) {
        if (expected.segmentItems() != null) {
            for (SegmentItem item : expected.segmentItems()) {
                attempt(() -> segmentItem(item, actual.segmentItems()));
            }
            for (SegmentItem item : expected.segmentItems()) {
                if (item != null && item.segments() != null) {
                    for (Segment segment : item.segments()) {
                        attempt(() -> refsOf(segment, item, expected.segmentItems()));
                    }
                }
            }
        }
        new TelemetryAssert(problems, agent).run(expected, actual);
    }

    private void attempt(Runnable check) {
        attempt(problems, check);
    }

    /** Runs one independent comparison, keeping its failure as a problem and going on. */
    static void attempt(List<Problem> problems, Runnable check) {
        try {
            check.run();
        } catch (Mismatch e) {
            problems.add(new Problem(e.place(), e.getMessage(), false));
        } catch (Rejected e) {
            problems.add(new Problem(e.place(), e.getMessage(), true));
        }
    }

    private void segmentItem(SegmentItem item, List<SegmentItem> actualItems) {
        if (item == null) {
            throw new Rejected(Place.START, "an empty item in segmentItems: the collector fails on it (NullPointerException)");
        }
        String service = item.serviceName().value();
        if (actualItems == null) {
            throw new Mismatch(item.place(), 0, "service " + ValueAssert.show(service) + ": nothing was received at all");
        }
        if (service == null) {
            throw new Rejected(item.serviceName().place(),
                    "a segment item without serviceName: the collector fails on it (NullPointerException)");
        }
        SegmentItem actual = actualItems.stream().filter(a -> service.equals(a.serviceName().value())).findFirst()
                .orElseThrow(() -> serviceNotFound(item, actualItems));
        int received = actual.segments() == null ? 0 : actual.segments().size();
        try {
            ValueAssert.check("segmentSize", item.segmentSize(), actual.segmentSize().value(), 0, agent);
        } catch (Mismatch e) {
            throw new Mismatch(e.place(), 0, "service '" + service + "': segmentSize " + item.segmentSize().value()
                    + ", but " + received + (received == 1 ? " segment was" : " segments were") + " received");
        }
        if (item.segments() == null) {
            return;
        }
        ReceivedSegments segments = new ReceivedSegments(actual.segments(), agent);
        for (int index = 0; index < item.segments().size(); index++) {
            Segment segment = item.segments().get(index);
            int position = index;
            attempt(() -> findSegment(item, position, segment, segments));
        }
    }

    private Mismatch serviceNotFound(SegmentItem item, List<SegmentItem> actualItems) {
        Set<String> names = new TreeSet<>();
        actualItems.forEach(a -> names.add(String.valueOf(a.serviceName().value())));
        String service = item.serviceName().value();
        String hint = Suggestions.closest(service, names).map(n -> ": did you mean '" + n + "'?").orElse("");
        return new Mismatch(item.serviceName().place(), 0, "service '" + service + "' was not received (received: "
                + (names.isEmpty() ? "no service" : String.join(", ", names)) + ")" + hint);
    }

    /** The first received segment, in received order, whose spans match and that no earlier segment took. */
    private void findSegment(SegmentItem item, int index, Segment expected, ReceivedSegments received) {
        String service = item.serviceName().value();
        if (expected == null) {
            throw new Rejected(Place.START, "an empty item in the segments of '" + service
                    + "': the collector fails on it (NullPointerException)");
        }
        Segment found = received.take(expected, this::spansEqual);
        if (found != null) {
            matched.put(expected, found);
            return;
        }
        // none: compare them all again, as the collector does, for the closest one and the reason
        String where = "service '" + service + "', segment " + (index + 1);
        List<Mismatch> failures = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        Segment stolen = null;
        List<Segment> candidates = received.all();
        for (int c = 0; c < candidates.size(); c++) {
            Segment candidate = candidates.get(c);
            List<Span> spans = candidate.spans();
            if (expected.spans() != null && (spans == null || spans.size() != expected.spans().size())) {
                sizes.add(spans == null ? 0 : spans.size());
                continue;
            }
            try {
                spansEqual(expected, candidate);
            } catch (Mismatch e) {
                failures.add(e.within("closest received segment " + (c + 1) + " of " + candidates.size() + " ("
                        + candidate.segmentId().value() + ")", 0));
                continue;
            }
            if (received.takenBy(candidate) == null) {
                received.give(candidate, expected);
                matched.put(expected, candidate);
                return;
            }
            stolen = candidate;
        }
        if (stolen != null) {
            int earlier = item.segments().indexOf(received.takenBy(stolen)) + 1;
            throw new Mismatch(expected.place(), 0, where + " matches only received segment " + stolen.segmentId().value()
                    + ", which segment " + earlier + " already took (the collector gives each received segment to the"
                    + " first expected one that matches, in file order): list the stricter segment first, or check"
                    + " that the service sent as many such segments");
        }
        if (!failures.isEmpty()) {
            Mismatch closest = failures.get(0);
            for (Mismatch failure : failures) {
                if (failure.depth() > closest.depth()) {
                    closest = failure;
                }
            }
            throw closest.within(where + " matches no received segment", 0);
        }
        throw new Mismatch(expected.place(), 0, where + " has " + expected.spans().size() + " span"
                + (expected.spans().size() == 1 ? "" : "s") + ", but the received segments of '" + service + "' have "
                + (sizes.isEmpty() ? "none" : sizes.stream().map(String::valueOf).distinct().toList() + " spans"));
    }

    private void spansEqual(Segment expected, Segment actual) {
        if (expected.spans() == null) {
            return;
        }
        for (int index = 0; index < expected.spans().size(); index++) {
            Span span = expected.spans().get(index);
            Span received = actual.spans().get(index);
            if (span == null) {
                throw new Rejected(Place.START, "an empty item in spans: the collector fails on it (NullPointerException)");
            }
            try {
                spanEquals(span, received, Closeness.ofSpan(index));
            } catch (Mismatch e) {
                Span sameId = agent == Agent.PYTHON ? null : byId(span, actual.spans());
                if (sameId == null || Objects.equals(span.field("spanId").value(), received.field("spanId").value())) {
                    throw e.within("span[" + index + "] " + received.field("operationName").value(), 0);
                }
                // the newer collector tries the span with the same spanId before it gives up
                try {
                    spanEquals(span, sameId, Closeness.ofSpan(index));
                } catch (Mismatch again) {
                    throw again.within("span[" + index + "] (by spanId) " + sameId.field("operationName").value(), 0);
                }
            }
        }
    }

    private static Span byId(Span expected, List<Span> received) {
        String id = expected.field("spanId").value();
        return received.stream().filter(s -> Objects.equals(id, s.field("spanId").value())).findFirst().orElse(null);
    }

    private void spanEquals(Span expected, Span actual, int depth) {
        for (int f = 0; f < SPAN_FIELDS.size(); f++) {
            String key = SPAN_FIELDS.get(f)[0];
            ValueAssert.check(SPAN_FIELDS.get(f)[1], expected.field(key), actual.field(key).value(), depth + f, agent);
        }
        List<KeyValue> tags = RawCasts.pairs(expected.tags(), expected.place(), "tags");
        List<KeyValue> actualTags = RawCasts.pairs(actual.tags(), actual.place(), "tags");
        Place tagsPlace = expected.tags() == null ? expected.place() : expected.tags().place();
        if (tags.size() != actualTags.size()) {
            throw new Mismatch(tagsPlace, depth + Closeness.TAG_COUNT, "tag count: expected " + tags.size() + ", received "
                    + actualTags.size() + " " + keys(actualTags));
        }
        for (int t = 0; t < tags.size(); t++) {
            pairEquals("tag", tags.get(t), actualTags.get(t), depth + Closeness.TAG + Math.min(t, Closeness.TAGS_COUNTED));
        }
        List<List<KeyValue>> logs = RawCasts.logs(expected.logs(), expected.place());
        List<List<KeyValue>> actualLogs = RawCasts.logs(actual.logs(), actual.place());
        Place logsPlace = expected.logs() == null ? expected.place() : expected.logs().place();
        if (logs.size() != actualLogs.size()) {
            throw new Mismatch(logsPlace, depth + Closeness.LOG_COUNT, "log count: expected " + logs.size() + ", received " + actualLogs.size());
        }
        for (int l = 0; l < logs.size(); l++) {
            if (logs.get(l).size() != actualLogs.get(l).size()) {
                throw new Mismatch(logsPlace, depth + Closeness.LOG_EVENT_COUNT, "logEvent size of log " + (l + 1) + ": expected "
                        + logs.get(l).size() + ", received " + actualLogs.get(l).size());
            }
            for (int e = 0; e < logs.get(l).size(); e++) {
                pairEquals("log event", logs.get(l).get(e), actualLogs.get(l).get(e), depth + Closeness.LOG_EVENT);
            }
        }
        List<Ref> refs = RawCasts.refs(expected.refs());
        List<Ref> received = RawCasts.refs(actual.refs());
        if (refs != null) {
            Place refsPlace = expected.refs().place();
            if (received == null) {
                throw new Mismatch(refsPlace, depth + Closeness.REF_COUNT, "refs: expected " + refs.size() + ", received none");
            }
            if (refs.size() != received.size()) {
                throw new Mismatch(refsPlace, depth + Closeness.REF_COUNT, "refs: expected " + refs.size() + ", received " + received.size());
            }
            for (Ref ref : refs) {
                findRef(ref, received, List.of("parentEndpoint", "parentService", "networkAddress", "refType"), depth + Closeness.REF);
            }
        }
        actualRefs.put(expected, received);
    }

    private static String keys(List<KeyValue> pairs) {
        return pairs.stream().map(KeyValue::key).toList().toString();
    }

    private void pairEquals(String what, KeyValue expected, KeyValue actual, int depth) {
        if (expected.key() == null) {
            throw new Rejected(expected.place(), "a " + what + " without a key: the collector fails on it (NullPointerException)");
        }
        if (!expected.key().equals(actual.key())) {
            throw new Mismatch(expected.place(), depth, what + " key: expected '" + expected.key() + "', received '"
                    + actual.key() + "' (" + what + "s are compared in order)");
        }
        ValueAssert.check(what + " " + expected.key(), new Text(expected.value(), expected.valuePlace()), actual.value(), depth, agent);
    }

    private void findRef(Ref expected, List<Ref> received, List<String> keys, int depth) {
        Mismatch first = null;
        for (Ref candidate : received) {
            try {
                for (String key : keys) {
                    ValueAssert.check(key, expected.field(key), candidate.field(key).value(), depth, agent);
                }
                return;
            } catch (Mismatch e) {
                first = first == null ? e : first;
            }
        }
        throw first.within("no received ref matches the ref at line " + expected.place().line(), 0);
    }

    /** The collector's second pass: every ref field, against the refs of the span each expected span matched. */
    private void refsOf(Segment segment, SegmentItem item, List<SegmentItem> expectedItems) {
        if (segment == null) {
            return;
        }
        if (segment.spans() == null) {
            throw new Rejected(segment.spansPlace(), "a segment whose spans: has no items: the collector fails on it"
                    + " (NullPointerException); list its spans");
        }
        if (!matched.containsKey(segment)) {
            return;
        }
        for (Span span : segment.spans()) {
            List<Ref> refs = RawCasts.refs(span.refs());
            if (refs == null || refs.isEmpty()) {
                continue;
            }
            for (Ref ref : refs) {
                parentSegmentPlaceholder(ref, expectedItems);
            }
            List<Ref> received = actualRefs.get(span);
            if (received == null || received.size() != refs.size()) {
                throw new Mismatch(span.refs().place(), 0, "refs: expected " + refs.size() + ", received "
                        + (received == null ? "none" : received.size()));
            }
            for (Ref ref : refs) {
                findRef(ref, received, List.of("parentEndpoint", "networkAddress", "refType", "parentSpanId",
                        "parentTraceSegmentId", "parentServiceInstance", "parentService", "traceId"), 0);
            }
        }
    }

    /**
     * The collector's {@code ${service[i]}} parentTraceSegmentId form: it looks the segment up, can throw
     * on the way, and then (a setter assigning a field to itself) keeps the text, which matches no id.
     */
    private static void parentSegmentPlaceholder(Ref ref, List<SegmentItem> expectedItems) {
        Text id = ref.field("parentTraceSegmentId");
        String express = id.value().trim();
        if (!express.startsWith("${") && !express.endsWith("}")) {
            return;
        }
        String broken = "parentTraceSegmentId " + ValueAssert.show(id.value()) + ": the collector fails on this form";
        if (express.length() < 3) {
            throw new Rejected(id.place(), broken + " (StringIndexOutOfBoundsException)");
        }
        String inner = express.substring(2, express.length() - 1);
        int open = inner.indexOf('[');
        int close = open < 0 ? -1 : inner.indexOf(']', open);
        if (open < 0 || close < 0) {
            throw new Rejected(id.place(), broken + " (StringIndexOutOfBoundsException)");
        }
        int index;
        try {
            index = Integer.parseInt(inner.substring(open + 1, close));
        } catch (NumberFormatException e) {
            throw new Rejected(id.place(), broken + " (NumberFormatException)");
        }
        String service = inner.substring(0, open);
        for (SegmentItem item : expectedItems) {
            if (item != null && Objects.equals(item.serviceName().value(), service)) {
                if (item.segments() == null) {
                    throw new Rejected(id.place(), broken + " (NullPointerException)");
                }
                if (item.segments().size() <= index) {
                    throw new Mismatch(id.place(), 0, "parentTraceSegmentId " + id.value() + ": '" + service
                            + "' lists no segment " + index);
                }
                return;
            }
        }
    }

}

package io.github.swplugin.collector;

import io.github.swplugin.collector.CollectorData.Data;
import io.github.swplugin.collector.CollectorData.Place;
import io.github.swplugin.collector.CollectorData.Segment;
import io.github.swplugin.collector.CollectorData.SegmentItem;
import io.github.swplugin.collector.CollectorData.Span;
import java.util.List;

/** What the mock collector's {@code GET /receiveData} returns, read as the collector holds it. */
public final class ReceivedDump {
    private ReceivedDump() {
    }

    /** A text that is not such a dump; {@code place} is null when the text as a whole is wrong. */
    public static final class NotADump extends RuntimeException {
        private final transient Place place;

        NotADump(Place place, String message) {
            super(message, null, false, false);
            this.place = place;
        }

        public Place place() {
            return place;
        }
    }

    public static Data parse(String text) {
        if (text.isBlank()) {
            throw new NotADump(null, "the received data is empty (did the test's request run, and was the collector's data"
                    + " cleared since?)");
        }
        try {
            Data data = CollectorLoader.load(text, false);
            if (data.segmentItems() == null) {
                throw new NotADump(null, "has no segmentItems, so it is not what the collector's GET /receiveData returns");
            }
            requireShape(data);
            return data;
        } catch (Rejected e) {
            throw new NotADump(e.place(), "not what the collector's GET /receiveData returns: " + e.getMessage());
        }
    }

    /** What the collector's dump always has: named services, segments with spans, tags, logs and refs it can read. */
    private static void requireShape(Data data) {
        for (SegmentItem item : data.segmentItems()) {
            if (item == null || item.serviceName().value() == null || item.segments() == null) {
                throw new Rejected(item == null ? Place.START : item.place(), "a service without its name or segments");
            }
            for (Segment segment : item.segments()) {
                if (segment == null || segment.spans() == null || segment.spans().isEmpty() || segment.spans().contains(null)) {
                    throw new Rejected(segment == null ? item.place() : segment.place(), "a segment without its spans");
                }
                for (Span span : segment.spans()) {
                    for (String key : List.of("parentSpanId", "spanId", "startTime", "endTime", "componentId")) {
                        String value = span.field(key).value();
                        if (value == null || !value.matches("-?\\d{1,19}")) {
                            throw new Rejected(span.field(key).place(), key + " " + ValueAssert.show(value) + " is not a number");
                        }
                    }
                    for (String key : List.of("isError", "skipAnalysis")) {
                        if (!List.of("true", "false").contains(String.valueOf(span.field(key).value()))) {
                            throw new Rejected(span.field(key).place(), key + " is not true or false");
                        }
                    }
                    RawCasts.pairs(span.tags(), span.place(), "tags");
                    RawCasts.logs(span.logs(), span.place());
                    RawCasts.refs(span.refs());
                }
            }
        }
    }
}

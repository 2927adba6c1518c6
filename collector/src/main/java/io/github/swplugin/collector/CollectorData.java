package io.github.swplugin.collector;

import java.util.List;
import java.util.Map;

/**
 * Trace data as the pinned mock collector's loader holds it, for an expected file and for a received
 * dump alike: every scalar field is a string or null ("no expectation"), unknown keys are gone, the last
 * of repeated keys wins. Tags, span logs and refs stay untyped until they are read, as in the collector,
 * whose casts fail (HTTP 500) only when a comparison reaches them.
 */
public final class CollectorData {
    private CollectorData() {
    }

    /** A 1-based place in the file the data was read from. */
    public record Place(int line, int column) {
        public static final Place START = new Place(1, 1);
    }

    /** A string field; {@code value} is null when the file gives none (no expectation). */
    public record Text(String value, Place place) {
    }

    /** What an untyped YAML node became: a String, Integer, Boolean, ..., a List or Map of Raw, or null. */
    public record Raw(Object value, Place place) {
    }

    public record Data(List<SegmentItem> segmentItems, List<MeterItem> meterItems, List<LogItem> logItems) {
    }

    public record SegmentItem(Text serviceName, Text segmentSize, List<Segment> segments, Place place) {
    }

    /** A segment; {@code spansPlace} is where its spans are given (or the segment's place). */
    public record Segment(Text segmentId, List<Span> spans, Place place, Place spansPlace) {
    }

    /**
     * A span. {@code fields} holds the scalar fields by key, {@code tags}, {@code logs} and {@code refs}
     * the raw lists (null when absent).
     */
    public record Span(Map<String, Text> fields, Raw tags, Raw logs, Raw refs, Place place) {
        public Text field(String key) {
            return fields.getOrDefault(key, new Text(null, place));
        }
    }

    /** A tag or log event: {@code place} is the item's, {@code valuePlace} its value's. */
    public record KeyValue(String key, String value, Place place, Place valuePlace) {
    }

    public record Ref(Map<String, Text> fields, Place place) {
        public Text field(String key) {
            return fields.getOrDefault(key, new Text(null, place));
        }
    }

    public record MeterItem(Text serviceName, Text meterSize, List<Meter> meters, Place place) {
    }

    public record MeterId(String name, List<MeterTag> tags) {
    }

    public record MeterTag(String name, String value) {
    }

    public record Meter(MeterId meterId, Text singleValue, List<String> histogramBuckets, List<String> histogramValues,
            Place place) {
    }

    public record LogItem(Text serviceName, Text logSize, List<Log> logs, Place place) {
    }

    public record Log(Text timestamp, Text endpoint, LogBody body, LogTraceContext traceContext, LogTags tags, Text layer,
            Place place) {
    }

    /** A log's tags; {@code data} is null when the file gives none. */
    public record LogTags(List<KeyValue> data, Place place) {
    }

    public record LogBody(Text type, Map<String, Text> content, Place place) {
    }

    public record LogTraceContext(Text traceId, Text traceSegmentId, Text spanId, Place place) {
    }
}

package io.github.swplugin.collector;

import static io.github.swplugin.collector.Shape.any;
import static io.github.swplugin.collector.Shape.dead;
import static io.github.swplugin.collector.Shape.listOf;
import static io.github.swplugin.collector.Shape.map;
import static io.github.swplugin.collector.Shape.number;
import static io.github.swplugin.collector.Shape.oneOf;
import static io.github.swplugin.collector.Shape.string;
import static io.github.swplugin.collector.Shape.text;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every key the pinned mock collector reads from {@code expected.data.yml} and from a received dump, level by level:
 * the one schema that the static checks report against and the collector's loader reads by.
 */
public final class Schema {
    public static final Shape KEY_VALUE = map("key/value pair", "key", string(), "value", string());

    public static final Shape REF = map("ref",
            "parentEndpoint", text(),
            "networkAddress", text(),
            "refType", oneOf("CrossProcess", "CrossThread"),
            "parentSpanId", number(),
            "parentTraceSegmentId", text(),
            "parentServiceInstance", text(),
            "parentService", text(),
            "traceId", text());

    public static final Shape SPAN = map("span",
            "operationName", text(),
            "operationId", dead(Shape.Dead.UNREAD),
            "parentSpanId", number(),
            "spanId", number(),
            "spanLayer", text(),
            "tags", listOf(KEY_VALUE),
            "logs", listOf(map("span log", "logEvent", listOf(KEY_VALUE))),
            "refs", listOf(REF),
            "startTime", number(),
            "endTime", number(),
            "componentId", number(),
            "componentName", dead(Shape.Dead.ALWAYS),
            "isError", oneOf("true", "false"),
            "spanType", text(),
            "peer", text(),
            "skipAnalysis", oneOf("true", "false"));

    public static final Shape SEGMENT = map("segment",
            "segmentId", dead(Shape.Dead.WHEN_LITERAL),
            "spans", listOf(SPAN));

    public static final Shape SEGMENT_ITEM = map("segment item",
            "serviceName", text(),
            "segmentSize", number(),
            "segments", listOf(SEGMENT));

    public static final Shape METER_TAG = map("meter tag", "name", text(), "value", text());

    public static final Shape METER_ID = map("meterId", "name", text(), "tags", listOf(METER_TAG));

    public static final Shape METER = map("meter",
            "meterId", METER_ID,
            "singleValue", number(),
            "histogramBuckets", any(),
            "histogramValues", any());

    public static final Shape METER_ITEM = map("meter item",
            "serviceName", text(),
            "meterSize", number(),
            "meters", listOf(METER));

    public static final Shape LOG_BODY = map("body", "type", text(), "content", map("content", "text", text(), "json", text(), "yaml", text()));

    public static final Shape LOG_TRACE_CONTEXT = map("traceContext", "traceId", text(), "traceSegmentId", text(), "spanId", number());

    public static final Shape LOG_TAGS = map("log tags", "data", listOf(KEY_VALUE));

    public static final Shape LOG = map("log",
            "timestamp", number(),
            "endpoint", text(),
            "body", LOG_BODY,
            "traceContext", LOG_TRACE_CONTEXT,
            "tags", LOG_TAGS,
            "layer", text());

    public static final Shape LOG_ITEM = map("log item",
            "serviceName", text(),
            "logSize", number(),
            "logs", listOf(LOG));

    public static final Shape ROOT = map("top level",
            "segmentItems", listOf(SEGMENT_ITEM),
            "meterItems", listOf(METER_ITEM),
            "logItems", listOf(LOG_ITEM));

    /** The keys a ref must have: the collector dereferences them without a null check. */
    public static final List<String> MANDATORY_REF_KEYS = List.of(
            "parentEndpoint", "networkAddress", "parentTraceSegmentId", "parentServiceInstance", "parentService", "traceId");

    /**
     * The keys without which the collector fails on an item before it compares anything (a NullPointerException,
     * HTTP 500): a ref's, a pair's key, a log's body.
     */
    // by identity, filled without Map.of: a record's hash walks its whole subtree (and its first call links the
    // record's generated hashCode, 4% of a cold run on the real tree), and this is looked up for every list of every expectation
    public static final Map<Shape, List<String>> MANDATORY_KEYS = mandatoryKeys();

    private static Map<Shape, List<String>> mandatoryKeys() {
        Map<Shape, List<String>> keys = new IdentityHashMap<>();
        keys.put(REF, MANDATORY_REF_KEYS);
        keys.put(KEY_VALUE, List.of("key"));
        keys.put(LOG, List.of("body"));
        return Collections.unmodifiableMap(keys);
    }

    private Schema() {
    }
}

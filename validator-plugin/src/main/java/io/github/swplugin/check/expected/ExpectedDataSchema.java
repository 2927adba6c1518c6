package io.github.swplugin.check.expected;

import static io.github.swplugin.check.expected.Shape.any;
import static io.github.swplugin.check.expected.Shape.dead;
import static io.github.swplugin.check.expected.Shape.listOf;
import static io.github.swplugin.check.expected.Shape.map;
import static io.github.swplugin.check.expected.Shape.number;
import static io.github.swplugin.check.expected.Shape.oneOf;
import static io.github.swplugin.check.expected.Shape.string;
import static io.github.swplugin.check.expected.Shape.text;

import java.util.List;

/** Every key the pinned mock collector reads from {@code expected.data.yml}, level by level. */
final class ExpectedDataSchema {
    private static final Shape KEY_VALUE = map("key/value pair", "key", string(), "value", string());

    static final Shape REF = map("ref",
            "parentEndpoint", text(),
            "networkAddress", text(),
            "refType", oneOf("CrossProcess", "CrossThread"),
            "parentSpanId", number(),
            "parentTraceSegmentId", text(),
            "parentServiceInstance", text(),
            "parentService", text(),
            "traceId", text());

    static final Shape SPAN = map("span",
            "operationName", text(),
            "operationId", dead(Shape.Dead.ALWAYS),
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

    static final Shape SEGMENT = map("segment",
            "segmentId", dead(Shape.Dead.WHEN_LITERAL),
            "spans", listOf(SPAN));

    static final Shape SEGMENT_ITEM = map("segment item",
            "serviceName", text(),
            "segmentSize", number(),
            "segments", listOf(SEGMENT));

    static final Shape METER_ITEM = map("meter item",
            "serviceName", text(),
            "meterSize", number(),
            "meters", listOf(map("meter",
                    "meterId", map("meterId", "name", text(), "tags", listOf(map("meter tag", "name", text(), "value", text()))),
                    "singleValue", number(),
                    "histogramBuckets", any(),
                    "histogramValues", any())));

    static final Shape LOG_ITEM = map("log item",
            "serviceName", text(),
            "logSize", number(),
            "logs", listOf(map("log",
                    "timestamp", number(),
                    "endpoint", text(),
                    "body", map("body", "type", text(), "content", map("content", "text", text(), "json", text(), "yaml", text())),
                    "traceContext", map("traceContext", "traceId", text(), "traceSegmentId", text(), "spanId", number()),
                    "tags", map("log tags", "data", listOf(KEY_VALUE)),
                    "layer", text())));

    static final Shape ROOT = map("top level",
            "segmentItems", listOf(SEGMENT_ITEM),
            "meterItems", listOf(METER_ITEM),
            "logItems", listOf(LOG_ITEM));

    /** The keys a ref must have: the collector dereferences them without a null check. */
    static final List<String> MANDATORY_REF_KEYS = List.of(
            "parentEndpoint", "networkAddress", "parentTraceSegmentId", "parentServiceInstance", "parentService", "traceId");

    private ExpectedDataSchema() {
    }
}

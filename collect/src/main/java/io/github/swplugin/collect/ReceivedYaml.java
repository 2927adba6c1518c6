package io.github.swplugin.collect;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.skywalking.apm.network.common.v3.KeyStringValuePair;
import org.apache.skywalking.apm.network.language.agent.v3.Label;
import org.apache.skywalking.apm.network.language.agent.v3.MeterData;
import org.apache.skywalking.apm.network.language.agent.v3.SegmentObject;
import org.apache.skywalking.apm.network.language.agent.v3.SegmentReference;
import org.apache.skywalking.apm.network.language.agent.v3.SpanObject;
import org.apache.skywalking.apm.network.logging.v3.LogData;
import org.yaml.snakeyaml.Yaml;

/**
 * The text of {@code GET /receiveData}, byte for byte as the pinned mock collector writes it: the same keys in the
 * same order (empty tags, logs and refs left out), enum values by name, dumped by a default SnakeYAML. The mock
 * collector goes through Gson and JSON first; building the same tree of maps, lists and Java numbers directly gives
 * the same text, except that a NaN or infinite meter value is written ({@code .NaN}) where Gson fails the request.
 */
final class ReceivedYaml {
    private ReceivedYaml() {
    }

    static String render(SessionData data) {
        StringWriter text = new StringWriter();
        try {
            write(data, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Streams the text one segment, meter or log at a time: each is dumped inside a document of the same shape
     * around it, so it is indented, folded and styled exactly as in the whole document, and a large session never
     * needs the whole text or SnakeYAML's tree of it in memory.
     */
    static void write(SessionData data, Writer out) throws IOException {
        Yaml yaml = new Yaml();
        section(yaml, out, "segmentItems", data.segments(), "segmentSize", "segments", ReceivedYaml::segment);
        section(yaml, out, "meterItems", data.meters(), "meterSize", "meters", ReceivedYaml::meter);
        section(yaml, out, "logItems", data.logs(), "logSize", "logs", ReceivedYaml::log);
    }

    private interface Node<T> {
        Map<String, Object> of(T value);
    }

    private static <T> void section(Yaml yaml, Writer out, String key, Map<String, List<T>> byService, String sizeKey,
            String listKey, Node<T> node) throws IOException {
        if (byService.isEmpty()) {
            out.write(key + ": []\n");
            return;
        }
        out.write(key + ":\n");
        String heading = key + ":\n";
        // a list key at this depth opens the item's list; a value of the item above it is indented deeper or quoted
        String listStart = "\n  " + listKey + ":\n";
        for (Map.Entry<String, List<T>> service : byService.entrySet()) {
            List<T> values = service.getValue();
            for (int i = 0; i < Math.max(1, values.size()); i++) {
                List<Object> one = new ArrayList<>();
                if (!values.isEmpty()) {
                    one.add(node.of(values.get(i)));
                }
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("serviceName", service.getKey());
                item.put(sizeKey, values.size());
                item.put(listKey, one);
                Map<String, Object> document = new LinkedHashMap<>();
                document.put(key, new ArrayList<>(List.of(item)));
                String text = yaml.dump(document);
                int list = text.indexOf(listStart);
                if (values.isEmpty() || list < 0) {
                    out.write(text, heading.length(), text.length() - heading.length());
                    continue;
                }
                int body = list + listStart.length();
                if (i == 0) {
                    out.write(text, heading.length(), body - heading.length());
                }
                out.write(text, body, text.length() - body);
            }
        }
    }

    private static Map<String, Object> segment(SegmentObject segment) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("segmentId", segment.getTraceSegmentId());
        node.put("spans", new ArrayList<>(segment.getSpansList().stream().map(ReceivedYaml::span).toList()));
        return node;
    }

    private static Map<String, Object> span(SpanObject span) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("operationName", span.getOperationName());
        node.put("parentSpanId", span.getParentSpanId());
        node.put("spanId", span.getSpanId());
        node.put("spanLayer", span.getSpanLayer().name());
        node.put("startTime", span.getStartTime());
        node.put("endTime", span.getEndTime());
        node.put("componentId", span.getComponentId());
        node.put("isError", span.getIsError());
        node.put("spanType", span.getSpanType().name());
        node.put("peer", span.getPeer());
        node.put("skipAnalysis", span.getSkipAnalysis());
        if (span.getTagsCount() > 0) {
            node.put("tags", pairs(span.getTagsList()));
        }
        if (span.getLogsCount() > 0) {
            node.put("logs", span.getLogsList().stream().map(log -> Map.of("logEvent", pairs(log.getDataList()))).toList());
        }
        if (span.getRefsCount() > 0) {
            node.put("refs", span.getRefsList().stream().map(ReceivedYaml::ref).toList());
        }
        return node;
    }

    private static List<Object> pairs(List<KeyStringValuePair> pairs) {
        return pairs(pairs, "key", KeyStringValuePair::getKey, KeyStringValuePair::getValue);
    }

    /** {key: .., value: ..} for a tag or log pair, {name: .., value: ..} for a meter's label. */
    private static <T> List<Object> pairs(List<T> items, String keyName, Function<T, String> key, Function<T, String> value) {
        List<Object> list = new ArrayList<>();
        for (T item : items) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put(keyName, key.apply(item));
            node.put("value", value.apply(item));
            list.add(node);
        }
        return list;
    }

    private static Map<String, Object> ref(SegmentReference ref) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("parentEndpoint", ref.getParentEndpoint());
        node.put("networkAddress", ref.getNetworkAddressUsedAtPeer());
        node.put("refType", ref.getRefType().name());
        node.put("parentSpanId", ref.getParentSpanId());
        node.put("parentTraceSegmentId", ref.getParentTraceSegmentId());
        node.put("parentServiceInstance", ref.getParentServiceInstance());
        node.put("parentService", ref.getParentService());
        node.put("traceId", ref.getTraceId());
        return node;
    }

    private static Map<String, Object> meter(MeterData meter) {
        Map<String, Object> id = new LinkedHashMap<>();
        id.put("name", SessionData.meterName(meter));
        id.put("tags", pairs(SessionData.meterLabels(meter), "name", Label::getName, Label::getValue));
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("meterId", id);
        if (meter.hasSingleValue()) {
            node.put("singleValue", meter.getSingleValue().getValue());
        } else {
            node.put("histogramBuckets", new ArrayList<>(meter.getHistogram().getValuesList().stream().map(v -> v.getBucket()).toList()));
            node.put("histogramValues", new ArrayList<>(meter.getHistogram().getValuesList().stream().map(v -> v.getCount()).toList()));
        }
        return node;
    }

    private static Map<String, Object> log(LogData log) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("timestamp", log.getTimestamp());
        node.put("endpoint", log.getEndpoint());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", log.getBody().getType());
        switch (log.getBody().getContentCase()) {
            case TEXT -> body.put("content", Map.of("text", log.getBody().getText().getText()));
            case JSON -> body.put("content", Map.of("json", log.getBody().getJson().getJson()));
            case YAML -> body.put("content", Map.of("yaml", log.getBody().getYaml().getYaml()));
            default -> {
            }
        }
        node.put("body", body);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("traceId", log.getTraceContext().getTraceId());
        context.put("traceSegmentId", log.getTraceContext().getTraceSegmentId());
        context.put("spanId", log.getTraceContext().getSpanId());
        node.put("traceContext", context);
        node.put("tags", Map.of("data", pairs(log.getTags().getDataList())));
        node.put("layer", log.getLayer());
        return node;
    }
}

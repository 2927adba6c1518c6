package io.github.swplugin.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.skywalking.apm.network.common.v3.KeyStringValuePair;
import org.apache.skywalking.apm.network.language.agent.v3.Label;
import org.apache.skywalking.apm.network.language.agent.v3.Log;
import org.apache.skywalking.apm.network.language.agent.v3.MeterBucketValue;
import org.apache.skywalking.apm.network.language.agent.v3.MeterData;
import org.apache.skywalking.apm.network.language.agent.v3.MeterHistogram;
import org.apache.skywalking.apm.network.language.agent.v3.MeterSingleValue;
import org.apache.skywalking.apm.network.language.agent.v3.RefType;
import org.apache.skywalking.apm.network.language.agent.v3.SegmentObject;
import org.apache.skywalking.apm.network.language.agent.v3.SegmentReference;
import org.apache.skywalking.apm.network.language.agent.v3.SpanLayer;
import org.apache.skywalking.apm.network.language.agent.v3.SpanObject;
import org.apache.skywalking.apm.network.language.agent.v3.SpanType;
import org.apache.skywalking.apm.network.logging.v3.LogData;
import org.apache.skywalking.apm.network.logging.v3.LogDataBody;
import org.apache.skywalking.apm.network.logging.v3.LogTags;
import org.apache.skywalking.apm.network.logging.v3.TextLog;
import org.apache.skywalking.apm.network.logging.v3.TraceContext;
import org.yaml.snakeyaml.Yaml;

/** The messages an agent sent, rebuilt from what the collector's {@code GET /receiveData} showed of them. */
final class DumpReplay {
    final List<SegmentObject> segments = new ArrayList<>();
    final List<LogData> logs = new ArrayList<>();
    final List<MeterData> meters = new ArrayList<>();

    @SuppressWarnings("unchecked")
    static DumpReplay of(String dump) {
        DumpReplay replay = new DumpReplay();
        Map<String, Object> root = new Yaml().load(dump);
        for (Map<String, Object> item : list(root.get("segmentItems"))) {
            String service = (String) item.get("serviceName");
            for (Map<String, Object> segment : list(item.get("segments"))) {
                SegmentObject.Builder builder = SegmentObject.newBuilder().setService(service)
                        .setServiceInstance("instance-of-" + service).setTraceId("trace")
                        .setTraceSegmentId((String) segment.get("segmentId"));
                for (Map<String, Object> span : list(segment.get("spans"))) {
                    builder.addSpans(span(span));
                }
                replay.segments.add(builder.build());
            }
        }
        for (Map<String, Object> item : list(root.get("meterItems"))) {
            String service = (String) item.get("serviceName");
            for (Map<String, Object> meter : list(item.get("meters"))) {
                replay.meters.add(meter(service, meter));
            }
        }
        for (Map<String, Object> item : list(root.get("logItems"))) {
            String service = (String) item.get("serviceName");
            for (Map<String, Object> log : list(item.get("logs"))) {
                replay.logs.add(log(service, log));
            }
        }
        return replay;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static SpanObject span(Map<String, Object> span) {
        SpanObject.Builder builder = SpanObject.newBuilder()
                .setOperationName((String) span.get("operationName"))
                .setParentSpanId(((Number) span.get("parentSpanId")).intValue())
                .setSpanId(((Number) span.get("spanId")).intValue())
                .setSpanLayer(SpanLayer.valueOf((String) span.get("spanLayer")))
                .setStartTime(((Number) span.get("startTime")).longValue())
                .setEndTime(((Number) span.get("endTime")).longValue())
                .setComponentId(((Number) span.get("componentId")).intValue())
                .setIsError((Boolean) span.get("isError"))
                .setSpanType(SpanType.valueOf((String) span.get("spanType")))
                .setPeer((String) span.get("peer"))
                .setSkipAnalysis((Boolean) span.get("skipAnalysis"));
        builder.addAllTags(pairs(list(span.get("tags"))));
        for (Map<String, Object> log : list(span.get("logs"))) {
            builder.addLogs(Log.newBuilder().setTime(1).addAllData(pairs(list(log.get("logEvent")))));
        }
        for (Map<String, Object> ref : list(span.get("refs"))) {
            builder.addRefs(SegmentReference.newBuilder()
                    .setParentEndpoint((String) ref.get("parentEndpoint"))
                    .setNetworkAddressUsedAtPeer((String) ref.get("networkAddress"))
                    .setRefType(RefType.valueOf((String) ref.get("refType")))
                    .setParentSpanId(((Number) ref.get("parentSpanId")).intValue())
                    .setParentTraceSegmentId((String) ref.get("parentTraceSegmentId"))
                    .setParentServiceInstance((String) ref.get("parentServiceInstance"))
                    .setParentService((String) ref.get("parentService"))
                    .setTraceId((String) ref.get("traceId")));
        }
        return builder.build();
    }

    private static List<KeyStringValuePair> pairs(List<Map<String, Object>> pairs) {
        return pairs.stream().map(p -> KeyStringValuePair.newBuilder().setKey((String) p.get("key"))
                .setValue((String) p.get("value")).build()).toList();
    }

    @SuppressWarnings("unchecked")
    private static MeterData meter(String service, Map<String, Object> meter) {
        Map<String, Object> id = (Map<String, Object>) meter.get("meterId");
        List<Label> labels = list(id.get("tags")).stream().map(t -> Label.newBuilder().setName((String) t.get("name"))
                .setValue((String) t.get("value")).build()).toList();
        MeterData.Builder builder = MeterData.newBuilder().setService(service).setServiceInstance("instance-of-" + service);
        if (meter.containsKey("singleValue")) {
            builder.setSingleValue(MeterSingleValue.newBuilder().setName((String) id.get("name")).addAllLabels(labels)
                    .setValue(((Number) meter.get("singleValue")).doubleValue()));
        } else {
            List<Number> buckets = (List<Number>) meter.get("histogramBuckets");
            List<Number> counts = (List<Number>) meter.get("histogramValues");
            MeterHistogram.Builder histogram = MeterHistogram.newBuilder().setName((String) id.get("name")).addAllLabels(labels);
            for (int i = 0; i < buckets.size(); i++) {
                histogram.addValues(MeterBucketValue.newBuilder().setBucket(buckets.get(i).doubleValue())
                        .setCount(counts.get(i).longValue()));
            }
            builder.setHistogram(histogram);
        }
        return builder.build();
    }

    @SuppressWarnings("unchecked")
    private static LogData log(String service, Map<String, Object> log) {
        Map<String, Object> body = (Map<String, Object>) log.get("body");
        Map<String, Object> content = (Map<String, Object>) body.get("content");
        LogDataBody.Builder bodyBuilder = LogDataBody.newBuilder().setType((String) body.get("type"));
        if (content != null && content.containsKey("text")) {
            bodyBuilder.setText(TextLog.newBuilder().setText((String) content.get("text")));
        }
        Map<String, Object> context = (Map<String, Object>) log.get("traceContext");
        Map<String, Object> tags = (Map<String, Object>) log.get("tags");
        return LogData.newBuilder().setService(service).setServiceInstance("instance-of-" + service)
                .setTimestamp(((Number) log.get("timestamp")).longValue())
                .setEndpoint((String) log.get("endpoint"))
                .setBody(bodyBuilder)
                .setTraceContext(TraceContext.newBuilder().setTraceId((String) context.get("traceId"))
                        .setTraceSegmentId((String) context.get("traceSegmentId"))
                        .setSpanId(((Number) context.get("spanId")).intValue()))
                .setTags(LogTags.newBuilder().addAllData(pairs(list(tags.get("data")))))
                .setLayer((String) log.get("layer"))
                .build();
    }
}

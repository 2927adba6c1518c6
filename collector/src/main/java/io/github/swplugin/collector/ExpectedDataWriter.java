package io.github.swplugin.collector;

import io.github.swplugin.collector.CollectorData.Data;
import io.github.swplugin.collector.CollectorData.KeyValue;
import io.github.swplugin.collector.CollectorData.Log;
import io.github.swplugin.collector.CollectorData.LogItem;
import io.github.swplugin.collector.CollectorData.Meter;
import io.github.swplugin.collector.CollectorData.MeterItem;
import io.github.swplugin.collector.CollectorData.MeterTag;
import io.github.swplugin.collector.CollectorData.Ref;
import io.github.swplugin.collector.CollectorData.Segment;
import io.github.swplugin.collector.CollectorData.SegmentItem;
import io.github.swplugin.collector.CollectorData.Span;
import io.github.swplugin.collector.CollectorData.Text;
import io.github.swplugin.core.LicenseHeader;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * An expected.data.yml from received data: literal values for what the plugin decides (operation names,
 * tags, component, layer, span type, exit peers, isError, skipAnalysis, ref endpoints), operators for
 * what changes from run to run (ids, times, instances, client addresses and ephemeral ports), spans in
 * the order received (finish order), and no key the collector ignores.
 */
public final class ExpectedDataWriter {
    /** A host:port whose port is in Linux's ephemeral range: a client's, different on every run. */
    private static final Pattern EPHEMERAL_PORT = Pattern.compile(":(3[2-9]\\d{3}|[4-5]\\d{4}|6[0-5]\\d{3})(?!\\d)");
    /** An IP address, with or without a port: an entry span's client, a container's address under Docker. */
    private static final Pattern IP_PEER = Pattern.compile(
            "(?:\\d{1,3}(?:\\.\\d{1,3}){3}|\\[[0-9a-fA-F:.]+]|[0-9a-fA-F]*:[0-9a-fA-F.]*:[0-9a-fA-F:.]*)(?::\\d+)?");
    private static final Resolver RESOLVER = new Resolver();
    private static final String NOT_NULL = "not null";

    private final StringBuilder out = new StringBuilder();

    private ExpectedDataWriter() {
    }

    public static String write(Data received) {
        ExpectedDataWriter writer = new ExpectedDataWriter();
        writer.out.append(LicenseHeader.hashComment("\n")).append('\n').append("segmentItems:\n");
        for (SegmentItem item : received.segmentItems()) {
            writer.item(item);
        }
        if (received.meterItems() != null && !received.meterItems().isEmpty()) {
            writer.out.append("meterItems:\n");
            received.meterItems().forEach(writer::meterItem);
        }
        if (received.logItems() != null && !received.logItems().isEmpty()) {
            writer.out.append("logItems:\n");
            received.logItems().forEach(writer::logItem);
        }
        return writer.out.toString();
    }

    /** Meters by name and labels; a value (which changes from run to run) as not null, histogram buckets as sent. */
    private void meterItem(MeterItem item) {
        List<Meter> meters = item.meters() == null ? List.of() : item.meters();
        if (!heading(item.serviceName(), "meterSize", meters.size(), "meters")) {
            return;
        }
        for (Meter meter : meters) {
            line(6, "- meterId:");
            line(10, "name: " + untyped(meter.meterId().name()));
            if (meter.meterId().tags() == null || meter.meterId().tags().isEmpty()) {
                line(10, "tags: []");
            } else {
                line(10, "tags:");
                for (MeterTag tag : meter.meterId().tags()) {
                    line(12, "- name: " + untyped(tag.name()));
                    line(14, "value: " + untyped(tag.value()));
                }
            }
            if (meter.singleValue() != null && meter.singleValue().value() != null) {
                line(8, "singleValue: " + NOT_NULL);
            } else if (meter.histogramBuckets() != null) {
                line(8, "histogramBuckets: [" + String.join(", ", meter.histogramBuckets()) + "]");
            }
        }
    }

    /**
     * Logs in the order received, as the collector compares them: what the plugin decides literally (endpoint, body
     * type, tags, layer, span id), a text that holds a time or a trace id as not null.
     */
    private void logItem(LogItem item) {
        List<Log> logs = item.logs() == null ? List.of() : item.logs();
        if (!heading(item.serviceName(), "logSize", logs.size(), "logs")) {
            return;
        }
        for (Log log : logs) {
            line(6, "- timestamp: gt 0");
            line(8, "endpoint: " + typed(literal(log.endpoint().value())));
            line(8, "body:");
            line(10, "type: " + typed(literal(log.body() == null ? "" : log.body().type().value())));
            if (log.body() != null && log.body().content() != null) {
                for (String kind : List.of("text", "json", "yaml")) {
                    Text content = log.body().content().get(kind);
                    if (content != null && content.value() != null) {
                        line(10, "content:");
                        line(12, kind + ": " + NOT_NULL);
                        break;
                    }
                }
            }
            if (log.traceContext() != null) {
                line(8, "traceContext:");
                line(10, "traceId: " + traced(log.traceContext().traceId().value()));
                line(10, "traceSegmentId: " + traced(log.traceContext().traceSegmentId().value()));
                line(10, "spanId: " + typed(log.traceContext().spanId().value()));
            }
            if (log.tags() != null && log.tags().data() != null) {
                line(8, "tags:");
                if (log.tags().data().isEmpty()) {
                    line(10, "data: []");
                } else {
                    line(10, "data:");
                    for (KeyValue tag : log.tags().data()) {
                        line(12, "- key: " + untyped(tag.key()));
                        line(14, "value: " + untyped(tag.value() == null ? "null" : variable(tag.value()) ? NOT_NULL
                                : literal(tag.value())));
                    }
                }
            }
            line(8, "layer: " + typed(literal(log.layer().value())));
        }
    }

    /** A trace or segment id differs on every run; a log outside a trace has none. */
    private static String traced(String id) {
        return id == null || id.isEmpty() ? "''" : NOT_NULL;
    }

    private void item(SegmentItem item) {
        List<Segment> segments = item.segments() == null ? List.of() : item.segments();
        if (!heading(item.serviceName(), "segmentSize", segments.size(), "segments")) {
            return;
        }
        for (Segment segment : segments) {
            line(6, "- segmentId: " + NOT_NULL);
            line(8, "spans:");
            for (Span span : segment.spans()) {
                span(span);
            }
        }
    }

    private void span(Span span) {
        line(10, "- operationName: " + typed(literal(span.field("operationName").value())));
        for (String key : List.of("parentSpanId", "spanId", "spanLayer")) {
            line(12, key + ": " + typed(span.field(key).value()));
        }
        List<KeyValue> tags = tags(span);
        if (!tags.isEmpty()) {
            line(12, "tags:");
            for (KeyValue tag : tags) {
                line(14, "- key: " + untyped(tag.key()));
                line(16, "value: " + untyped(tag.value() == null ? "null" : variable(tag.value()) ? NOT_NULL : literal(tag.value())));
            }
        }
        logs(span);
        List<Ref> refs = RawCasts.refs(span.refs());
        if (refs != null && !refs.isEmpty()) {
            line(12, "refs:");
            for (Ref ref : refs) {
                ref(ref);
            }
        }
        line(12, "startTime: gt 0");
        line(12, "endTime: gt 0");
        for (String key : List.of("componentId", "isError", "spanType")) {
            line(12, key + ": " + typed(span.field(key).value()));
        }
        String peer = span.field("peer").value();
        boolean clientAddress = "Entry".equals(span.field("spanType").value()) && peer != null && IP_PEER.matcher(peer).matches();
        line(12, "peer: " + typed(peer == null || clientAddress || variable(peer) ? NOT_NULL : literal(peer)));
        line(12, "skipAnalysis: " + typed(span.field("skipAnalysis").value()));
    }

    private static List<KeyValue> tags(Span span) {
        if (span.tags() == null) {
            return List.of();
        }
        return ((List<?>) span.tags().value()).stream().map(item -> {
            var map = (java.util.Map<?, ?>) ((CollectorData.Raw) item).value();
            return new KeyValue(text(map.get("key")), text(map.get("value")), null, null);
        }).toList();
    }

    private static String text(Object raw) {
        return raw == null ? null : String.valueOf(RawCasts.plain((CollectorData.Raw) raw));
    }

    /** Span logs (an exception's kind, message and stack): the keys in order, any value. */
    private void logs(Span span) {
        if (span.logs() == null || ((List<?>) span.logs().value()).isEmpty()) {
            return;
        }
        line(12, "logs:");
        for (Object item : (List<?>) span.logs().value()) {
            var log = (java.util.Map<?, ?>) ((CollectorData.Raw) item).value();
            line(14, "- logEvent:");
            for (Object event : (List<?>) ((CollectorData.Raw) log.get("logEvent")).value()) {
                var pair = (java.util.Map<?, ?>) ((CollectorData.Raw) event).value();
                line(18, "- key: " + untyped(text(pair.get("key"))));
                line(20, "value: " + NOT_NULL);
            }
        }
    }

    private void ref(Ref ref) {
        line(14, "- parentEndpoint: " + untyped(literal(ref.field("parentEndpoint").value())));
        String address = ref.field("networkAddress").value();
        line(16, "networkAddress: " + untyped(variable(address) ? NOT_NULL : literal(address)));
        line(16, "refType: " + untyped(literal(ref.field("refType").value())));
        line(16, "parentSpanId: " + refValue(ref.field("parentSpanId").value()));
        line(16, "parentTraceSegmentId: " + NOT_NULL);
        line(16, "parentServiceInstance: " + NOT_NULL);
        line(16, "parentService: " + untyped(literal(ref.field("parentService").value())));
        line(16, "traceId: " + NOT_NULL);
    }

    /** An item's service, its size and the key of its list; false when the list is empty, and then left out. */
    private boolean heading(Text serviceName, String sizeKey, int size, String listKey) {
        line(2, "- serviceName: " + typed(serviceName.value()));
        line(4, sizeKey + ": " + size);
        if (size == 0) {
            return false;
        }
        line(4, listKey + ":");
        return true;
    }

    private void line(int indent, String text) {
        out.append(" ".repeat(indent)).append(text).append('\n');
    }

    private static boolean variable(String value) {
        return value != null && EPHEMERAL_PORT.matcher(value).find();
    }

    /**
     * The value as an expectation that accepts exactly it, or {@code not null} where no literal can: the
     * collector trims expected values and reads some texts as operators ({@code null}, {@code gt 5}).
     */
    static String literal(String value) {
        if (value == null) {
            return "null";
        }
        Expression expression = Expression.parse(value);
        boolean exact = expression.operator() == Expression.Operator.LITERAL && expression.operand().equals(value);
        return exact ? value : NOT_NULL;
    }

    /** A scalar for a field the collector reads as a string: plain unless YAML would read it as null or misparse it. */
    private static String typed(String value) {
        if (value == null) {
            return "'null'";
        }
        return plainSafe(value) && RESOLVER.resolve(NodeId.scalar, value, true) != Tag.NULL ? value : quoted(value);
    }

    /** A scalar for a tag or log value, which the collector casts to a string: plain only where YAML reads a string. */
    private static String untyped(String value) {
        if (value == null) {
            return "'null'";
        }
        return plainSafe(value) && RESOLVER.resolve(NodeId.scalar, value, true) == Tag.STR ? value : quoted(value);
    }

    /** A scalar for a ref value, which the collector turns into text with toString: a plain decimal int stays itself. */
    private static String refValue(String value) {
        return value != null && value.matches("-?(0|[1-9]\\d{0,8})") ? value : untyped(value);
    }

    private static boolean plainSafe(String value) {
        if (value.isEmpty() || !value.equals(value.strip()) || ",[]{}#&*!|>'\"%@`".indexOf(value.charAt(0)) >= 0) {
            return false;
        }
        // '-', '?' and ':' start a plain scalar only when something other than a space follows
        if ("-?:".indexOf(value.charAt(0)) >= 0 && (value.length() == 1 || value.charAt(1) == ' ')) {
            return false;
        }
        if (value.contains(": ") || value.contains(" #") || value.endsWith(":")) {
            return false;
        }
        return value.codePoints().allMatch(c -> c >= 0x20 && c != 0x7f && c < 0x80);
    }

    /** Single-quoted where that is enough; double-quoted with escapes for line breaks and control characters. */
    private static String quoted(String value) {
        boolean printable = value.codePoints().allMatch(c -> c >= 0x20 && c != 0x7f && (c < 0x80 || c > 0x9f)
                && c != 0x2028 && c != 0x2029 && c != 0xfeff);
        if (printable) {
            return "'" + value.replace("'", "''") + "'";
        }
        StringBuilder quoted = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
                        quoted.append(String.format("\\u%04x", c));
                    } else {
                        quoted.appendCodePoint(c);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }
}

package io.github.swplugin.collector;

import io.github.swplugin.collector.CollectorAssert.Problem;
import io.github.swplugin.collector.CollectorData.Data;
import io.github.swplugin.collector.CollectorData.KeyValue;
import io.github.swplugin.collector.CollectorData.Log;
import io.github.swplugin.collector.CollectorData.LogItem;
import io.github.swplugin.collector.CollectorData.Meter;
import io.github.swplugin.collector.CollectorData.MeterItem;
import io.github.swplugin.collector.CollectorData.Place;
import io.github.swplugin.collector.CollectorData.Text;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The collector's meterItems and logItems comparison, which follows the segments'. */
final class TelemetryAssert {
    private final List<Problem> problems;
    private final Agent agent;

    TelemetryAssert(List<Problem> problems, Agent agent) {
        this.problems = problems;
        this.agent = agent;
    }

    void run(Data expected, Data actual) {
        if (expected.meterItems() != null) {
            for (MeterItem item : expected.meterItems()) {
                attempt(() -> meterItem(item, actual.meterItems()));
            }
        }
        if (expected.logItems() != null) {
            for (LogItem item : expected.logItems()) {
                attempt(() -> logItem(item, actual.logItems()));
            }
        }
    }

    private void attempt(Runnable check) {
        CollectorAssert.attempt(problems, check);
    }

    private void meterItem(MeterItem item, List<MeterItem> actualItems) {
        String service = serviceName(item == null ? null : item.serviceName(), item == null ? Place.START : item.place());
        if (actualItems == null) {
            throw new Rejected(item.place(), "meterItems: nothing was received, and the collector fails on that");
        }
        MeterItem actual = actualItems.stream().filter(a -> service.equals(a.serviceName().value())).findFirst()
                .orElseThrow(() -> new Mismatch(item.serviceName().place(), 0, "no meters of service '" + service
                        + "' were received"));
        try {
            ValueAssert.check("meterSize", item.meterSize(), actual.meterSize().value(), 0, agent);
        } catch (Mismatch e) {
            throw e.within("service '" + service + "'", 0);
        }
        if (item.meters() == null) {
            return;
        }
        for (Meter meter : item.meters()) {
            Meter received = actual.meters() == null ? null : actual.meters().stream()
                    .filter(m -> Objects.equals(m.meterId(), meter.meterId())).findFirst().orElse(null);
            if (received == null) {
                throw new Mismatch(meter.place(), 0, "service '" + service + "': no meter " + meter.meterId()
                        + " was received");
            }
            String where = "service '" + service + "', meter " + meter.meterId().name();
            if (meter.singleValue().value() != null) {
                try {
                    ValueAssert.check("single value", meter.singleValue(), received.singleValue().value(), 0, agent);
                } catch (Mismatch e) {
                    throw e.within(where, 0);
                }
                continue;
            }
            if (meter.histogramBuckets() == null || received.histogramBuckets() == null) {
                throw new Rejected(meter.place(), where + ": neither singleValue nor histogramBuckets, and the collector"
                        + " fails on that (NullPointerException)");
            }
            if (!meter.histogramBuckets().equals(received.histogramBuckets())) {
                throw new Mismatch(meter.place(), 0, where + ": histogram buckets: expected " + meter.histogramBuckets()
                        + ", received " + received.histogramBuckets());
            }
            boolean counted = false;
            for (String value : received.histogramValues() == null ? List.<String>of() : received.histogramValues()) {
                try {
                    counted |= Long.parseLong(value) > 0;
                } catch (NumberFormatException e) {
                    throw new Rejected(meter.place(), where + ": a received histogram value is not a whole number");
                }
            }
            if (!counted) {
                throw new Mismatch(meter.place(), 0, where + ": every received histogram value is 0");
            }
        }
    }

    private void logItem(LogItem item, List<LogItem> actualItems) {
        String service = serviceName(item == null ? null : item.serviceName(), item == null ? Place.START : item.place());
        if (actualItems == null) {
            throw new Mismatch(item.place(), 0, "logItems: nothing was received");
        }
        LogItem actual = actualItems.stream().filter(a -> service.equals(a.serviceName().value())).findFirst()
                .orElseThrow(() -> new Mismatch(item.serviceName().place(), 0, "no logs of service '" + service
                        + "' were received"));
        try {
            ValueAssert.check("logSize", item.logSize(), actual.logSize().value(), 0, agent);
        } catch (Mismatch e) {
            throw e.within("service '" + service + "'", 0);
        }
        if (item.logs() == null) {
            return;
        }
        int received = actual.logs() == null ? 0 : actual.logs().size();
        if (received != item.logs().size()) {
            throw new Mismatch(item.place(), 0, "service '" + service + "': expected " + item.logs().size()
                    + " logs, received " + received);
        }
        for (int index = 0; index < item.logs().size(); index++) {
            try {
                logEquals(item.logs().get(index), actual.logs().get(index));
            } catch (Mismatch e) {
                throw e.within("service '" + service + "', log " + (index + 1), 0);
            }
        }
    }

    private static String serviceName(Text name, Place place) {
        if (name == null || name.value() == null) {
            throw new Rejected(name == null ? place : name.place(), "an item without serviceName: the collector fails on it"
                    + " (NullPointerException)");
        }
        return name.value();
    }

    private void logEquals(Log expected, Log actual) {
        if (expected == null) {
            throw new Rejected(Place.START, "an empty item in logs: the collector fails on it (NullPointerException)");
        }
        ValueAssert.check("timestamp", expected.timestamp(), actual.timestamp().value(), 0, agent);
        ValueAssert.check("endpoint", expected.endpoint(), actual.endpoint().value(), 0, agent);
        if (expected.body() == null) {
            throw new Rejected(expected.place(), "a log without body: the collector fails on it (NullPointerException)");
        }
        ValueAssert.check("body.type", expected.body().type(), actual.body() == null ? null : actual.body().type().value(), 0, agent);
        Map<String, Text> content = expected.body().content();
        if (content != null) {
            Map<String, Text> received = actual.body().content();
            if (received == null) {
                throw new Mismatch(expected.body().place(), 0, "body.content: expected " + content.keySet() + ", received none");
            }
            String kind = List.of("text", "json", "yaml").stream()
                    .filter(k -> content.get(k) != null && content.get(k).value() != null).findFirst()
                    .orElseThrow(() -> new Rejected(expected.body().place(), "body.content has none of text, json, yaml:"
                            + " the collector fails on it"));
            Text actualContent = received.get(kind);
            ValueAssert.check("body.content." + kind, content.get(kind), actualContent == null ? null : actualContent.value(), 0, agent);
        }
        if (expected.traceContext() != null) {
            if (actual.traceContext() == null) {
                throw new Mismatch(expected.traceContext().place(), 0, "traceContext: none was received");
            }
            ValueAssert.check("traceContext.traceId", expected.traceContext().traceId(),
                    actual.traceContext().traceId().value(), 0, agent);
            ValueAssert.check("traceContext.traceSegmentId", expected.traceContext().traceSegmentId(),
                    actual.traceContext().traceSegmentId().value(), 0, agent);
            ValueAssert.check("traceContext.spanId", expected.traceContext().spanId(), actual.traceContext().spanId().value(), 0, agent);
        }
        if (expected.tags() != null && expected.tags().data() != null) {
            if (actual.tags() == null || actual.tags().data() == null) {
                throw new Mismatch(expected.tags().place(), 0, "tags: none were received");
            }
            List<KeyValue> tags = expected.tags().data();
            List<KeyValue> received = actual.tags().data();
            if (tags.size() != received.size()) {
                throw new Mismatch(expected.tags().place(), 0, "tag count: expected " + tags.size() + ", received "
                        + received.size());
            }
            for (int t = 0; t < tags.size(); t++) {
                KeyValue tag = tags.get(t);
                if (tag == null || tag.key() == null) {
                    throw new Rejected(expected.tags().place(), "a log tag without a key: the collector fails on it");
                }
                if (!tag.key().equals(received.get(t).key())) {
                    throw new Mismatch(tag.place(), 0, "tag key: expected '" + tag.key() + "', received '"
                            + received.get(t).key() + "'");
                }
                ValueAssert.check("tag " + tag.key(), new Text(tag.value(), tag.valuePlace()), received.get(t).value(), 0, agent);
            }
        }
        ValueAssert.check("layer", expected.layer(), actual.layer().value(), 0, agent);
    }
}

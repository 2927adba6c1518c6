package io.github.swplugin.collect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.skywalking.apm.network.language.agent.v3.Label;
import org.apache.skywalking.apm.network.language.agent.v3.MeterData;
import org.apache.skywalking.apm.network.language.agent.v3.SegmentObject;
import org.apache.skywalking.apm.network.logging.v3.LogData;

/**
 * What one session holds, in the mock collector's model: segments and logs per service in arrival order, the last
 * value of each meter per service. Services live in a default {@link ConcurrentHashMap} as in the mock collector,
 * because the order {@code GET /receiveData} lists them in is that map's iteration order. Unlike the mock collector,
 * a service's first report cannot overwrite another one that arrives at the same time.
 */
final class SessionData {
    /** A meter's identity in the mock collector: its name and its labels in received order. */
    record MeterIdentity(String name, List<List<String>> labels) {
    }

    private final Map<String, List<SegmentObject>> segments = new ConcurrentHashMap<>();
    private final Map<String, List<LogData>> logs = new ConcurrentHashMap<>();
    private final Map<String, Map<MeterIdentity, MeterData>> meters = new ConcurrentHashMap<>();
    private final AtomicLong spans = new AtomicLong();
    private final AtomicLong items = new AtomicLong();

    void add(SegmentObject segment) {
        spans.addAndGet(segment.getSpansCount());
        items.incrementAndGet();
        segments.computeIfAbsent(segment.getService(), s -> Collections.synchronizedList(new ArrayList<>())).add(segment);
    }

    void add(LogData log) {
        items.incrementAndGet();
        logs.computeIfAbsent(log.getService(), s -> Collections.synchronizedList(new ArrayList<>())).add(log);
    }

    /** A later value of the same meter replaces the earlier one, as in the mock collector. */
    void add(String service, MeterData meter) {
        Map<MeterIdentity, MeterData> ofService = meters.computeIfAbsent(service, s -> new LinkedHashMap<>());
        synchronized (ofService) {
            if (ofService.put(identity(meter), meter) == null) {
                items.incrementAndGet();
            }
        }
    }

    private static MeterIdentity identity(MeterData meter) {
        return new MeterIdentity(meterName(meter), meterLabels(meter).stream().map(l -> List.of(l.getName(), l.getValue())).toList());
    }

    static String meterName(MeterData meter) {
        return meter.hasSingleValue() ? meter.getSingleValue().getName() : meter.getHistogram().getName();
    }

    static List<Label> meterLabels(MeterData meter) {
        return meter.hasSingleValue() ? meter.getSingleValue().getLabelsList() : meter.getHistogram().getLabelsList();
    }

    /** DELETE /receiveData: the maps are cleared, not replaced, so that their iteration order stays the collector's. */
    void clear() {
        segments.clear();
        logs.clear();
        meters.clear();
        spans.set(0);
        items.set(0);
    }

    long spanCount() {
        return spans.get();
    }

    /** Segments, logs and distinct meters held. */
    long itemCount() {
        return items.get();
    }

    /** Each service's segments at this moment, in the map's order. */
    Map<String, List<SegmentObject>> segments() {
        return snapshot(segments);
    }

    Map<String, List<LogData>> logs() {
        return snapshot(logs);
    }

    Map<String, List<MeterData>> meters() {
        Map<String, List<MeterData>> copy = new LinkedHashMap<>();
        meters.forEach((service, ofService) -> {
            synchronized (ofService) {
                copy.put(service, List.copyOf(ofService.values()));
            }
        });
        return copy;
    }

    private static <T> Map<String, List<T>> snapshot(Map<String, List<T>> map) {
        Map<String, List<T>> copy = new LinkedHashMap<>();
        map.forEach((service, list) -> {
            synchronized (list) {
                copy.put(service, List.copyOf(list));
            }
        });
        return copy;
    }
}

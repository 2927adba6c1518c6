package io.github.swplugin.collector;

import io.github.swplugin.collector.CollectorData.KeyValue;
import io.github.swplugin.collector.CollectorData.Place;
import io.github.swplugin.collector.CollectorData.Raw;
import io.github.swplugin.collector.CollectorData.Ref;
import io.github.swplugin.collector.CollectorData.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags, span logs and refs as the collector reads them when a comparison reaches them: untyped maps cast to
 * strings, where a missing key or a value of another type makes it fail ({@link Rejected}).
 */
final class RawCasts {
    private RawCasts() {
    }

    /** A list of key/value maps, read with the collector's casts to String. */
    static List<KeyValue> pairs(Raw list, Place owner, String what) {
        List<KeyValue> pairs = new ArrayList<>();
        if (list == null) {
            return pairs;
        }
        for (Object item : (List<?>) list.value()) {
            Raw entry = (Raw) item;
            if (entry.value() == null) {
                throw new Rejected(entry.place(), "an empty item in " + what + ": the collector fails on it (NullPointerException)");
            }
            Map<?, ?> map = (Map<?, ?>) entry.value();
            Raw value = (Raw) map.get("value");
            pairs.add(new KeyValue(string(map.get("key"), what), string(value, what), entry.place(),
                    value == null ? entry.place() : value.place()));
        }
        return pairs;
    }

    private static String string(Object raw, String what) {
        if (raw == null) {
            return null;
        }
        Raw value = (Raw) raw;
        if (value.value() == null || value.value() instanceof String) {
            return (String) value.value();
        }
        throw new Rejected(value.place(), what + ": " + plain(value) + " is not a string, and the collector fails on it"
                + " (ClassCastException): quote it");
    }

    static List<List<KeyValue>> logs(Raw list, Place owner) {
        List<List<KeyValue>> logs = new ArrayList<>();
        if (list == null) {
            return logs;
        }
        for (Object item : (List<?>) list.value()) {
            Raw log = (Raw) item;
            if (log.value() == null) {
                throw new Rejected(log.place(), "an empty item in logs: the collector fails on it (NullPointerException)");
            }
            Raw events = (Raw) ((Map<?, ?>) log.value()).get("logEvent");
            if (events == null || events.value() == null) {
                throw new Rejected(log.place(), "a log without logEvent items: the collector fails on it (NullPointerException)");
            }
            if (!(events.value() instanceof List<?> eventList)) {
                throw new Rejected(events.place(), "logEvent must be a list: the collector fails on it (ClassCastException)");
            }
            for (Object event : eventList) {
                Raw e = (Raw) event;
                if (e.value() != null && !(e.value() instanceof Map)) {
                    throw new Rejected(e.place(), "a logEvent item must be a key/value mapping: the collector fails on it");
                }
            }
            logs.add(pairs(events, log.place(), "logEvent"));
        }
        return logs;
    }

    /** The refs of a span as the collector builds them: six keys must be there, values through toString. */
    static List<Ref> refs(Raw list) {
        if (list == null) {
            return null;
        }
        List<Ref> refs = new ArrayList<>();
        for (Object item : (List<?>) list.value()) {
            Raw ref = (Raw) item;
            if (ref.value() == null) {
                throw new Rejected(ref.place(), "an empty item in refs: the collector fails on it (NullPointerException)");
            }
            Map<?, ?> map = (Map<?, ?>) ref.value();
            Map<String, Text> fields = new LinkedHashMap<>();
            for (String key : Schema.REF.readKeys()) {
                Raw value = (Raw) map.get(key);
                if ((value == null || value.value() == null) && Schema.MANDATORY_REF_KEYS.contains(key)) {
                    throw new Rejected(ref.place(), "a ref without " + key + ": the collector fails on it"
                            + " (NullPointerException); give it, 'not null' if any value will do");
                }
                fields.put(key, new Text(value == null || value.value() == null ? null : String.valueOf(plain(value)),
                        value == null ? ref.place() : value.place()));
            }
            refs.add(new Ref(fields, ref.place()));
        }
        return refs;
    }

    /** An untyped value with its places stripped, so that toString gives what the collector's toString gives. */
    static Object plain(Raw raw) {
        Object value = raw.value();
        if (value instanceof List<?> list) {
            return list.stream().map(item -> plain((Raw) item)).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> plain = new LinkedHashMap<>();
            map.forEach((k, v) -> plain.put(k, plain((Raw) v)));
            return plain;
        }
        return value;
    }
}

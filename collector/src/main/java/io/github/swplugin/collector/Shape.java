package io.github.swplugin.collector;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the collector expects at one place of {@code expected.data.yml}: a value, a mapping of known keys or a list.
 * {@code stringOnly} marks tag and log values (anything but a string makes the collector fail); {@code values} the
 * only values an agent ever sends there, or empty when any text may come.
 */
public record Shape(String name, Kind kind, Map<String, Shape> fields, Shape element, Dead dead, boolean stringOnly,
        List<String> values) {
    public enum Kind {
        /** a value compared as text */
        TEXT,
        /** a value the collector may compare as a number ({@code gt}/{@code ge} allowed) */
        NUMBER,
        /** a mapping with known keys */
        MAP,
        /** a list of one shape */
        LIST,
        /** read without looking inside */
        ANY
    }

    /** Why a key is read but never compared, for keys that check nothing. */
    public enum Dead {
        /** compared: not dead */
        NO,
        /** never compared, whatever the value */
        ALWAYS,
        /** never compared, so a literal value is a dead assertion ({@code not null} is the convention) */
        WHEN_LITERAL,
        /** not even read: the collector's loader drops it, yet real files use it as if it were compared */
        UNREAD
    }

    /** The keys of a mapping that the collector's loader reads (and keeps), in the order the docs list them. */
    public Set<String> readKeys() {
        Set<String> keys = new LinkedHashSet<>();
        fields.forEach((key, shape) -> {
            if (shape.dead != Dead.UNREAD) {
                keys.add(key);
            }
        });
        return Collections.unmodifiableSet(keys);
    }

    /** A text that is always one of {@code values} in what the agent sends (isError: true or false). */
    public static Shape oneOf(String... values) {
        return new Shape("value", Kind.TEXT, Map.of(), null, Dead.NO, false, List.of(values));
    }

    public static Shape text() {
        return new Shape("value", Kind.TEXT, Map.of(), null, Dead.NO, false, List.of());
    }

    public static Shape number() {
        return new Shape("number", Kind.NUMBER, Map.of(), null, Dead.NO, false, List.of());
    }

    public static Shape string() {
        return new Shape("string", Kind.TEXT, Map.of(), null, Dead.NO, true, List.of());
    }

    public static Shape any() {
        return new Shape("value", Kind.ANY, Map.of(), null, Dead.NO, false, List.of());
    }

    public static Shape dead(Dead dead) {
        return new Shape("value", Kind.ANY, Map.of(), null, dead, false, List.of());
    }

    public static Shape listOf(Shape element) {
        return new Shape("list of " + element.name, Kind.LIST, Map.of(), element, Dead.NO, false, List.of());
    }

    /** A mapping; {@code keysAndShapes} alternates key names and shapes, in the order the docs list them. */
    public static Shape map(String name, Object... keysAndShapes) {
        Map<String, Shape> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndShapes.length; i += 2) {
            fields.put((String) keysAndShapes[i], (Shape) keysAndShapes[i + 1]);
        }
        return new Shape(name, Kind.MAP, fields, null, Dead.NO, false, List.of());
    }
}

package io.github.swplugin.check.expected;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the collector expects at one place of {@code expected.data.yml}. */
final class Shape {
    enum Kind {
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
    enum Dead {
        /** compared: not dead */
        NO,
        /** never compared, whatever the value */
        ALWAYS,
        /** never compared, so a literal value is a dead assertion ({@code not null} is the convention) */
        WHEN_LITERAL
    }

    final String name;
    final Kind kind;
    final Map<String, Shape> fields;
    final Shape element;
    final Dead dead;
    /** tag and log values: anything but a string makes the collector fail */
    final boolean stringOnly;
    /** the only values an agent ever sends here, or empty when any text may come */
    final List<String> values;

    private Shape(String name, Kind kind, Map<String, Shape> fields, Shape element, Dead dead, boolean stringOnly,
            List<String> values) {
        this.name = name;
        this.kind = kind;
        this.fields = fields;
        this.element = element;
        this.dead = dead;
        this.stringOnly = stringOnly;
        this.values = values;
    }

    private Shape(String name, Kind kind, Map<String, Shape> fields, Shape element, Dead dead, boolean stringOnly) {
        this(name, kind, fields, element, dead, stringOnly, List.of());
    }

    /** A text that is always one of {@code values} in what the agent sends (isError: true or false). */
    static Shape oneOf(String... values) {
        return new Shape("value", Kind.TEXT, Map.of(), null, Dead.NO, false, List.of(values));
    }

    static Shape text() {
        return new Shape("value", Kind.TEXT, Map.of(), null, Dead.NO, false);
    }

    static Shape number() {
        return new Shape("number", Kind.NUMBER, Map.of(), null, Dead.NO, false);
    }

    static Shape string() {
        return new Shape("string", Kind.TEXT, Map.of(), null, Dead.NO, true);
    }

    static Shape any() {
        return new Shape("value", Kind.ANY, Map.of(), null, Dead.NO, false);
    }

    static Shape dead(Dead dead) {
        return new Shape("value", Kind.ANY, Map.of(), null, dead, false);
    }

    static Shape listOf(Shape element) {
        return new Shape("list of " + element.name, Kind.LIST, Map.of(), element, Dead.NO, false);
    }

    /** A mapping; {@code keysAndShapes} alternates key names and shapes, in the order the docs list them. */
    static Shape map(String name, Object... keysAndShapes) {
        Map<String, Shape> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndShapes.length; i += 2) {
            fields.put((String) keysAndShapes[i], (Shape) keysAndShapes[i + 1]);
        }
        return new Shape(name, Kind.MAP, fields, null, Dead.NO, false);
    }
}

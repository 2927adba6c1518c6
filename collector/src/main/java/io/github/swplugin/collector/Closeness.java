package io.github.swplugin.collector;

/**
 * How far a failed comparison got, in the collector's order, so that the failure that got furthest names the closest
 * received segment. Each span compared in full before the failing one counts {@link #SPAN}; within a span, the
 * fields come first (in the collector's order), then the tags, the logs and the refs.
 */
final class Closeness {
    /** One span compared in full; no span has so many fields, tags, logs and refs that it reaches the next. */
    static final int SPAN = 100;
    static final int TAG_COUNT = 20;
    /** The first tag; later tags count one more each, up to {@link #TAGS_COUNTED}. */
    static final int TAG = 21;
    static final int TAGS_COUNTED = 38;
    static final int LOG_COUNT = 60;
    static final int LOG_EVENT_COUNT = 61;
    static final int LOG_EVENT = 62;
    static final int REF_COUNT = 70;
    static final int REF = 71;

    private Closeness() {
    }

    /** Where the comparison of the span at {@code index} starts. */
    static int ofSpan(int index) {
        return (index + 1) * SPAN;
    }
}

package io.github.swplugin.collector;

import io.github.swplugin.collector.CollectorData.Place;

/** One of the collector's assertion failures: the expected value at {@code place} is not what was received. */
public final class Mismatch extends RuntimeException {
    private final transient Place place;
    /** How far the comparison got before it failed; the deepest failure names the closest candidate. */
    private final int depth;

    public Mismatch(Place place, int depth, String message) {
        super(message, null, false, false);
        this.place = place;
        this.depth = depth;
    }

    public Place place() {
        return place;
    }

    public int depth() {
        return depth;
    }

    /** The same failure, with what it happened in said first. */
    public Mismatch within(String where, int extraDepth) {
        return new Mismatch(place, depth + extraDepth, where + ": " + getMessage());
    }
}

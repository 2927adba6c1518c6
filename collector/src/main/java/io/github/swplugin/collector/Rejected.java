package io.github.swplugin.collector;

import io.github.swplugin.collector.CollectorData.Place;

/**
 * Where the collector throws something other than an assertion failure (a loader error, a null
 * dereference, a failed cast or number parse): it answers HTTP 500 with an empty body, a failed test.
 */
public final class Rejected extends RuntimeException {
    private final transient Place place;

    public Rejected(Place place, String message) {
        super(message, null, false, false);
        this.place = place;
    }

    public Place place() {
        return place;
    }
}

package io.github.swplugin.collector;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commit of apache/skywalking-agent-test-tool whose mock collector a checkout's plugin tests run: in the image of
 * the tests' base compose file, or, in older checkouts, the {@code COMMIT_HASH} their Dockerfile builds it from.
 * What the collector compares changed over its history; this says what the pinned one does.
 */
public record MockCollectorPin(String commit) {
    /** Where checkouts of every era pin it. */
    public static final List<String> FILES = List.of("tests/plugin/docker-compose.base.yml", "tests/plugin/docker/docker-compose.base.yml",
            "tests/plugin/docker/Dockerfile.tool");
    private static final Pattern PIN = Pattern.compile("mock-collector:([0-9a-f]{7,40})|ARG COMMIT_HASH=([0-9a-f]{7,40})");
    /** The pins of the collector before 5acb890, which still compared a span's operationId. */
    private static final List<String> COMPARING_OPERATION_ID = List.of("3c9d709", "8a48c49", "2ed17bb");

    public static Optional<MockCollectorPin> in(String text) {
        Matcher pin = PIN.matcher(text);
        return pin.find() ? Optional.of(new MockCollectorPin(pin.group(1) != null ? pin.group(1) : pin.group(2))) : Optional.empty();
    }

    /** Whether this collector compares a span's operationId, which later ones drop unread. */
    public boolean comparesOperationId() {
        return COMPARING_OPERATION_ID.stream().anyMatch(commit::startsWith);
    }
}

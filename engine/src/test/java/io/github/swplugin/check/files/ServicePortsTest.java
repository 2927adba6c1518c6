package io.github.swplugin.check.files;

import static io.github.swplugin.check.FixtureCheckout.COMPOSE;
import static io.github.swplugin.check.FixtureCheckout.EXPECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.swplugin.check.Finding;
import io.github.swplugin.check.FixtureCheckout;
import io.github.swplugin.check.Rule;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture's provider runs services/provider.py, which serves on 9091; its healthcheck probes 9091, the consumer waits for it. */
class ServicePortsTest {
    private static final String PROVIDER = "tests/plugin/data/sw_demo/services/provider.py";
    private static final String PROBE = "/dev/tcp/127.0.0.1/9091";

    private static List<Finding> ofPorts(FixtureCheckout checkout) {
        return checkout.validate().stream().filter(f -> f.rule() == Rule.COMPOSE_HEALTHCHECK || f.rule() == Rule.PEER_PORT).toList();
    }

    @Test
    void aProbeOfAnotherPortSaysWhoWaitsForIt(@TempDir Path dir) {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(COMPOSE, PROBE, "/dev/tcp/127.0.0.1/9092");
        assertThat(ofPorts(checkout)).extracting(Finding::message).containsExactly("the healthcheck of 'provider' probes port 9092, which"
                + " neither " + PROVIDER + " (what 'provider' runs) nor its command, environment and ports name: the check never passes,"
                + " and 'consumer', which waits for 'provider' to be healthy, never starts; probe the port 'provider' listens on");
    }

    @Test
    void aProbeNobodyWaitsForIsNotJudged(@TempDir Path dir) {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(COMPOSE, PROBE, "/dev/tcp/127.0.0.1/9092")
                .replace(COMPOSE, "condition: service_healthy", "condition: service_started");
        assertThat(ofPorts(checkout)).isEmpty();
    }

    @Test
    void theListFormOfNetcatIsReadItemByItem(@TempDir Path dir) {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(COMPOSE, "[\"CMD\", \"bash\", \"-c\", \"cat < /dev/null > " + PROBE + "\"]",
                "[\"CMD\", \"nc\", \"-z\", \"127.0.0.1\", \"9092\"]");
        assertThat(ofPorts(checkout)).extracting(Finding::rule).containsExactly(Rule.COMPOSE_HEALTHCHECK);
    }

    @Test
    void aPortTheScriptReadsFromItsEnvironmentCounts(@TempDir Path dir) {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(COMPOSE, PROBE, "/dev/tcp/127.0.0.1/9092")
                .replace(PROVIDER, "port=9091", "port=int(os.environ['PORT'])")
                .replace(COMPOSE, "      SW_AGENT_NAME: provider\n", "      SW_AGENT_NAME: provider\n      PORT: 9092\n")
                .replace(EXPECTED, "peer: provider:9091", "peer: provider:9092");
        assertThat(ofPorts(checkout)).isEmpty();
    }

    @Test
    void aServiceThatAlsoRunsAShellScriptIsNotJudged(@TempDir Path dir) {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(COMPOSE, PROBE, "/dev/tcp/127.0.0.1/9092")
                .replace(COMPOSE, "python3 /app/services/provider.py", "python3 /app/services/provider.py && bash /app/start.sh");
        checkout.write("tests/plugin/data/sw_demo/start.sh", "#!/bin/sh\nexec python3 -m http.server \"$PORT\"\n");
        assertThat(ofPorts(checkout)).isEmpty();
    }

    @Test
    void aPeerOnAnotherPortIsReportedOnTheExpectation(@TempDir Path dir) {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(EXPECTED, "peer: provider:9091", "peer: provider:9092");
        assertThat(ofPorts(checkout)).extracting(Finding::path, Finding::message).containsExactly(tuple(EXPECTED,
                "peer provider:9092 names port 9092, which neither " + PROVIDER + " (what 'provider' runs) nor its command, environment"
                        + " and ports name (" + COMPOSE + "): nothing listens there, so the call fails; name the port 'provider' listens on"));
    }

    @Test
    void aPeerOfAServiceThatRunsNoScriptIsNotJudged(@TempDir Path dir) {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir).replace(EXPECTED, "peer: provider:9091", "peer: cache:11212")
                .replace(COMPOSE, "  consumer:\n", "  cache:\n    image: memcached\n    ports:\n      - 11211:11211\n  consumer:\n");
        assertThat(ofPorts(checkout)).isEmpty();
    }

    /** The provider publishing the port its script serves on: that port is the likely fix. */
    private static FixtureCheckout publishing(Path dir) {
        return FixtureCheckout.copyTo(dir).replace(COMPOSE, "    healthcheck:\n", "    ports:\n      - 9091:9091\n    healthcheck:\n");
    }

    @Test
    void theOnePortAServicePublishesIsProposed(@TempDir Path dir) {
        FixtureCheckout checkout = publishing(dir).replace(COMPOSE, PROBE, "/dev/tcp/127.0.0.1/9092")
                .replace(EXPECTED, "peer: provider:9091", "peer: provider:9092");
        assertThat(ofPorts(checkout)).extracting(Finding::message).hasSize(2)
                .anySatisfy(message -> assertThat(message).endsWith("; probe 9091, the port it publishes"))
                .anySatisfy(message -> assertThat(message).endsWith("; did you mean provider:9091?"));
    }
}

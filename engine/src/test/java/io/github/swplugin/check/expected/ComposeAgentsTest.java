package io.github.swplugin.check.expected;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComposeAgentsTest {
    @Test
    void readsMapAndListFormsQuotedOrNot() {
        String compose = """
                services:
                  provider:
                    environment:
                      SW_AGENT_NAME: provider
                      SW_AGENT_LOGGING_LEVEL: DEBUG
                  consumer:
                    environment:
                      - SW_AGENT_NAME=consumer   # the caller
                      - OTHER=x
                  quoted:
                    environment:
                      "SW_AGENT_NAME": 'aio_provider'\r
                  commented:
                    # SW_AGENT_NAME: ghost
                """;
        assertThat(ComposeAgents.read(compose)).containsExactly("aio_provider", "consumer", "provider");
    }
}

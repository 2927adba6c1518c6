package io.github.swplugin.check.expected;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Finding;
import io.github.swplugin.check.Rule;
import io.github.swplugin.check.YamlLoader;
import io.github.swplugin.check.python.SpanOrigins;
import io.github.swplugin.collector.Agent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A span's keys indented as their segment's: one finding at the line that moved, not one per key. */
class MisplacedKeysTest {
    private static final String TEXT = """
            segmentItems:
              - serviceName: provider
                segmentSize: 1
                segments:
                  - segmentId: not null
                    spans:
                      - operationName: /users
                        parentSpanId: -1
                    spanId: 0
                    spanLayer: Http
                    startTime: gt 0
                    endTime: gt 0
                    componentId: 7001
                    isError: false
                    spanType: Entry
                    peer: not null
                    skipAnalysis: false
            """;

    @Test
    void aBlockIndentedAsItsParentIsOneFindingAtTheLineThatMoved() {
        FileFindings findings = new FileFindings("e.yml");
        new ExpectedDataCheck(new YamlLoader(50, 100), List.of("Http"), id -> null, Agent.PYTHON, SpanOrigins.none(), false)
                .check(TEXT, findings, Optional.empty(), null);
        assertThat(findings.list()).filteredOn(f -> f.rule() == Rule.UNKNOWN_KEY).extracting(Finding::toString).containsExactly(
                "e.yml:9:9: ERROR [unknown-key] 'spanId' is a key of a span, but it is indented as a key of the segment (and so are"
                        + " 8 keys after it), where the collector ignores it: indent it as the span's other keys");
    }
}

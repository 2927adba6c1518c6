package io.github.swplugin.check.expected;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Finding;
import io.github.swplugin.check.YamlLoader;
import io.github.swplugin.check.python.SpanOrigins;
import io.github.swplugin.collector.Agent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The collector's loader applies merge keys: what they bring in is checked as the span's own keys, once. */
class MergeKeysTest {
    private static final String TEXT = """
            x-common: &common
              startTime: gt  0
              endTime: gt 0
              skipAnalysis: 'false'
            segmentItems:
            - serviceName: provider
              segmentSize: 1
              segments:
              - segmentId: not null
                spans:
                - operationName: /orders
                  parentSpanId: 0
                  spanId: 1
                  spanLayer: Http
                  componentId: 7001
                  spanType: Exit
                  peer: not null
                  <<: [*common]
                  skipAnalysis: 'true'
                - operationName: /users
                  parentSpanId: -1
                  spanId: 0
                  spanLayer: Http
                  componentId: 7001
                  spanType: Entry
                  peer: not null
                  <<: *common
            """;

    private static List<String> findings(String text) {
        FileFindings findings = new FileFindings("e.yml");
        new ExpectedDataCheck(new YamlLoader(50, 100), List.of("Http"), id -> null, Agent.PYTHON, SpanOrigins.none(), false)
                .check(text, findings, Optional.empty(), null);
        return findings.list().stream().map(Finding::toString).toList();
    }

    @Test
    void mergedKeysAreTheSpansOwnAndAMistakeInThemIsReportedOnceWhereItIsWritten() {
        assertThat(findings(TEXT)).singleElement().asString().startsWith("e.yml:2:14: ERROR [expression]");
    }

    @Test
    void aMergedNumberTheLoaderBuiltUnderTheDroppedKeyIsReported() {
        assertThat(findings(TEXT.replace("startTime: gt  0", "startTime: gt 0").replace("skipAnalysis: 'false'", "skipAnalysis: false")))
                .singleElement().asString().startsWith("e.yml:4:17: ERROR [collector-loader] the collector's loader builds this value first"
                        + " under 'x-common' (line 1), which it does not read, as a boolean");
    }

    @Test
    void mergingAScalarFailsTheLoader() {
        assertThat(findings(TEXT.replace("<<: [*common]", "<<: 5"))).anyMatch(line -> line.startsWith("e.yml:18:11: ERROR [structure]"
                + " '<<' merges a mapping"));
    }
}

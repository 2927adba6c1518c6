package io.github.swplugin.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.collector.CollectorData.Data;
import io.github.swplugin.core.LicenseHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What swplugin:record writes: it verifies against its own run, and fails when the plugin's output changes. */
class ExpectedDataWriterTest {
    static final String RECEIVED_TEXT = CollectorAssertTest.resource("received.yml");
    static final String RECORDED = ExpectedDataWriter.write(CollectorAssertTest.RECEIVED);

    static Data received(String text) {
        return ReceivedDump.parse(text);
    }

    @Test
    void theRecordedFileVerifiesAgainstTheRunItCameFrom() {
        assertThat(Verdict.of(RECORDED, CollectorAssertTest.RECEIVED, Agent.PYTHON)).isEmpty();
        assertThat(Verdict.of(RECORDED, CollectorAssertTest.RECEIVED, Agent.JAVA)).isEmpty();
        assertThat(LicenseHeader.present(RECORDED)).isTrue();
    }

    @Test
    void whatChangesFromRunToRunIsAnOperator() {
        String anotherRun = RECEIVED_TEXT.replace("0a1b2c3d4e5f11f1a0000000000", "ffffffffffff11f1b0000000000")
                .replace("9f8e7d6c5b4a11f1a00000000000cccc", "1234")
                .replace("10.0.3.7:47012", "172.18.0.5:39999").replace("10.0.3.1:51234", "172.18.0.4:60001")
                .replace("17950000000", "17960000000");
        assertThat(anotherRun).isNotEqualTo(RECEIVED_TEXT);
        assertThat(Verdict.of(RECORDED, received(anotherRun), Agent.PYTHON)).isEmpty();
        assertThat(RECORDED).doesNotContain("segmentId: 0a1b", "10.0.3", "1795", "operationId", "componentName")
                .contains("segmentId: not null", "startTime: gt 0", "parentServiceInstance: not null", "traceId: not null");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "operationName: Memcached/get|operationName: Memcached/gets",
        "value: Memcached}|value: Redis}",
        "componentId: 20|componentId: 7",
        "spanLayer: Cache|spanLayer: Database",
        "spanType: Exit|spanType: Local",
        "peer: memcached:11211|peer: memcached:11212",
        "isError: true|isError: false",
        "parentService: consumer|parentService: caller",
        "parentEndpoint: /cache|parentEndpoint: /other",
        "{key: error.kind, value: RuntimeError}|{key: error.type, value: RuntimeError}",
    })
    void aValueThePluginDecidesFailsWhenItChanges(String from, String to) {
        assertThat(RECEIVED_TEXT).contains(from);
        assertThat(Verdict.of(RECORDED, received(RECEIVED_TEXT.replace(from, to)), Agent.PYTHON)).isNotEmpty();
    }

    @Test
    void valuesAreWrittenSoThatTheLoaderReadsThemBack() {
        assertThat(RECORDED).contains("value: '200'", "parentSpanId: -1", "peer: memcached:11211", "peer: not null",
                "- key: error.kind\n                    value: not null");
        String odd = RECEIVED_TEXT.replace("{key: cache.cmd, value: set}", "{key: cache.cmd, value: \"line one\\nline: two\"}")
                .replace("{key: cache.cmd, value: get}", "{key: cache.cmd, value: 'yes'}")
                .replace("operationName: Memcached/get", "operationName: '#hash: and ''quotes'''");
        String recorded = ExpectedDataWriter.write(received(odd));
        assertThat(recorded).contains("value: \"line one\\nline: two\"", "value: 'yes'", "operationName: '#hash: and ''quotes'''");
        assertThat(Verdict.of(recorded, received(odd), Agent.PYTHON)).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'' is written as ''{1}''")
    @CsvSource(delimiter = '|', value = {"GET /users|GET /users", "null|not null", "gt 5|not null", "eq x|not null",
        "' padded'|not null", "a  b|a  b", "''|''"})
    void aLiteralIsWrittenOnlyWhereTheCollectorWouldCompareItExactly(String value, String written) {
        assertThat(ExpectedDataWriter.literal(value)).isEqualTo(written);
    }
}

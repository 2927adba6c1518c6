package io.github.swplugin.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.collector.CollectorData.Data;
import io.github.swplugin.core.LicenseHeader;
import java.util.List;
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

    /** The same run with logs (a framework's warning outside a trace, a plugin's inside one) and meters. */
    static final String WITH_TELEMETRY = RECEIVED_TEXT.replace("meterItems: []\nlogItems: []\n", """
            meterItems:
            - serviceName: provider
              meterSize: 2
              meters:
              - meterId:
                  name: instance_pvm_thread_active_count
                  tags: []
                singleValue: 12.0
              - meterId:
                  name: request_latency
                  tags:
                  - {name: route, value: /users}
                histogramBuckets: [0.0, 10.0, 50.0]
                histogramValues: [1, 4, 0]
            logItems:
            - serviceName: provider
              logSize: 2
              logs:
              - timestamp: 1795626145178
                endpoint: ''
                body:
                  type: text
                  content: {text: '2026-11-25 17:02:25,178 [MainThread] WARNING werkzeug -  * Debugger is active!'}
                traceContext: {traceId: '', traceSegmentId: '', spanId: 0}
                tags:
                  data:
                  - {key: level, value: WARNING}
                  - {key: logger, value: werkzeug}
                layer: ''
              - timestamp: 1795626149816
                endpoint: /users
                body:
                  type: text
                  content: {text: 'Loguru provider error reported.'}
                traceContext: {traceId: 5f0d7a8e6a4b11ef9c1b0242ac120001, traceSegmentId: 5f0d7a8e6a4b11ef9c1b0242ac120003,
                  spanId: 0}
                tags:
                  data:
                  - {key: level, value: ERROR}
                layer: ''
            """);

    @Test
    void logsAndMetersAreRecordedAndFailWhenWhatThePluginDecidesChanges() {
        Data run = received(WITH_TELEMETRY);
        String recorded = ExpectedDataWriter.write(run);

        assertThat(Verdict.of(recorded, run, Agent.PYTHON)).isEmpty();
        assertThat(recorded).contains("logSize: 2", "endpoint: /users", "traceId: not null", "traceId: ''",
                "text: not null", "value: ERROR", "meterSize: 2", "singleValue: not null", "histogramBuckets: [0.0, 10.0, 50.0]");
        // another run: other times, ids and values
        String anotherRun = WITH_TELEMETRY.replace("1795626149816", "1795626999999").replace("singleValue: 12.0", "singleValue: 7.0")
                .replace("5f0d7a8e6a4b11ef9c1b0242ac120001", "ffff").replace("17:02:25,178", "18:00:00,000");
        assertThat(Verdict.of(recorded, received(anotherRun), Agent.PYTHON)).isEmpty();
        for (String change : List.of("value: ERROR}", "endpoint: /users", "histogramBuckets: [0.0, 10.0, 50.0]")) {
            String changed = WITH_TELEMETRY.replace(change, change.replace("ERROR", "WARNING").replace("/users", "/other")
                    .replace("50.0", "60.0"));
            assertThat(Verdict.of(recorded, received(changed), Agent.PYTHON)).as(change).isNotEmpty();
        }
        assertThat(Verdict.of(recorded, received(WITH_TELEMETRY.replace("logSize: 2", "logSize: 1").replaceFirst(
                "(?s)  - timestamp: 1795626145178.*?layer: ''\n", "")), Agent.PYTHON)).isNotEmpty();
    }

    @Test
    void anEntrySpansClientAddressWithoutAPortIsNotWrittenLiterally() {
        String run = RECEIVED_TEXT.replace("peer: 10.0.3.7:47012", "peer: 127.0.0.1");
        String recorded = ExpectedDataWriter.write(received(run));

        assertThat(recorded).doesNotContain("127.0.0.1");
        assertThat(Verdict.of(recorded, received(run.replace("peer: 127.0.0.1", "peer: 172.18.0.4")), Agent.PYTHON)).isEmpty();
    }
}

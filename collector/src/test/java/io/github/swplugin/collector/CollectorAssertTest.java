package io.github.swplugin.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.collector.CollectorData.Data;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The collector's verdict on one change to a passing expected file, against one received dump: each row
 * edits a line and names the first finding, or passes. The semantics are the pinned collector's.
 */
class CollectorAssertTest {
    static final String EXPECTED = resource("expected.data.yml");
    static final Data RECEIVED = ReceivedDump.parse(resource("received.yml"));

    static String resource(String name) {
        try (InputStream in = CollectorAssertTest.class.getResourceAsStream("/runtime/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The expected file with lines {@code from}..{@code to} (1-based) replaced by one line at the first one's
     * indentation; {@code \n} in the text adds lines, no text removes them.
     */
    static String edit(String text, int from, int to, String replacement) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        String indent = lines.get(from - 1).replaceAll("\\S.*", "");
        lines.subList(from - 1, to).clear();
        if (replacement != null) {
            lines.add(from - 1, indent + replacement.replace("\\n", "\n" + indent));
        }
        return String.join("\n", lines);
    }

    static String edit(String text, int line, String replacement) {
        return edit(text, line, line, replacement);
    }

    static String edit(String text, String lines, String replacement) {
        String[] range = lines.split("-");
        return edit(text, Integer.parseInt(range[0]), Integer.parseInt(range[range.length - 1]), replacement);
    }

    static List<String> verify(String text, boolean python) {
        return Verdict.of(text, RECEIVED, python ? Agent.PYTHON : Agent.JAVA).stream()
                .map(p -> "e.yml:" + p.place().line() + ":" + p.place().column() + ": ERROR [" + (p.rejected() ? "rejected" : "mismatch")
                        + "] " + io.github.swplugin.core.OneLine.of(p.message()))
                .toList();
    }

    @Test
    void theFileAsItIsPasses() {
        assertThat(verify(EXPECTED, true)).isEmpty();
    }

    @ParameterizedTest(name = "line {0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // quoted and plain scalars are the same string to the loader
        "35|componentId: '20'",
        // keys the loader does not know are dropped: the typo checks nothing, and passes
        "35|componentID: 99",
        "37|peer: not blank",
        "20|segmentSize: ge 1",
        // the last of repeated keys wins
        "37|peer: other:1\\npeer: memcached:11211",
        // ge parses the received text as a number
        "62|value: ge 200",
        "62|value: nq 201",
        "38|skipAnalysis: false\\nisError: false",
        // an unquoted null (or nothing) is no expectation at all
        "24|- operationName: ~",
        "37|peer:",
        "80|segments:",
        "30|value: Memcached  # a comment",
        "28-32|tags: [{key: cache.type, value: Memcached}, {key: cache.cmd, value: set}]",
    })
    void passes(String line, String replacement) {
        assertThat(verify(edit(EXPECTED, line, replacement), true)).isEmpty();
    }

    @ParameterizedTest(name = "line {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "e.yml:20:18: ERROR [mismatch] service 'provider': segmentSize 2, but 1 segment was received|20|segmentSize: 2",
        "e.yml:19:18: ERROR [mismatch] service 'provder' was not received (received: consumer, provider): did you mean 'provider'?|19|- serviceName: provder",
        "e.yml:38:27: ERROR [mismatch] service 'provider', segment 1 matches no received segment: closest received segment 1 of 1"
            + " (0a1b2c3d4e5f11f1a00000000000aaaa): span[0] Memcached/set: skip analysis: expected 'true', received 'false'|38|skipAnalysis: true",
        "e.yml:39:22: ERROR [mismatch] service 'provider', segment 1 matches no received segment: closest received segment 1 of 1"
            + " (0a1b2c3d4e5f11f1a00000000000aaaa): span[0] Memcached/set: is error: expected 'no', received 'false'|38|skipAnalysis: false\\nisError: 'no'",
        "e.yml:35:26: ERROR [mismatch] service 'provider', segment 1 matches no received segment: closest received segment 1 of 1"
            + " (0a1b2c3d4e5f11f1a00000000000aaaa): span[0] Memcached/set: component id: expected '7', received '20'|35|componentId: 7",
        "e.yml:29:15: ERROR [mismatch] service 'provider', segment 1 matches no received segment: closest received segment 1 of 1"
            + " (0a1b2c3d4e5f11f1a00000000000aaaa): span[0] Memcached/set: tag count: expected 1, received 2 [cache.type, cache.cmd]|31-32|",
        "e.yml:66:26: ERROR [mismatch] service 'provider', segment 1 matches no received segment: closest received segment 1 of 1"
            + " (0a1b2c3d4e5f11f1a00000000000aaaa): span[2] /cache: no received ref matches the ref at line 64: refType:"
            + " expected 'CrossProces', received 'CrossProcess'|66|refType: CrossProces",
        "e.yml:67:31: ERROR [mismatch] no received ref matches the ref at line 64: parentSpanId: expected '2', received '1'|67|parentSpanId: 2",
        "e.yml:62:24: ERROR [rejected] tags: 200 is not a string, and the collector fails on it (ClassCastException): quote it|62|value: 200",
        "e.yml:62:24: ERROR [rejected] tag http.status_code: 'abc' is not a number, and the collector fails on that (NumberFormatException)|62|value: gt abc",
        "e.yml:23:15: ERROR [rejected] a segment whose spans: has no items: the collector fails on it (NullPointerException); list its spans|23-77|spans:",
        "e.yml:63:19: ERROR [mismatch] service 'provider', segment 1 matches no received segment: closest received segment 1 of 1"
            + " (0a1b2c3d4e5f11f1a00000000000aaaa): span[2] /cache: refs: expected 0, received 1|63-71|refs: []",
        "e.yml:64:17: ERROR [rejected] a ref without traceId: the collector fails on it (NullPointerException); give it, 'not null' if any value will do|71|",
        "e.yml:68:39: ERROR [mismatch] no received ref matches the ref at line 64: parentTraceSegmentId: expected '${consumer[0]}',"
            + " received '0a1b2c3d4e5f11f1a00000000000bbbb'|68|parentTraceSegmentId: ${consumer[0]}",
        "e.yml:28:19: ERROR [rejected] the collector's loader needs a list here, not 'not null', and fails on the file (HTTP 500): list the"
            + " items, or leave the key out to check nothing|28-32|tags: not null",
    })
    void fails(String finding, String line, String replacement) {
        assertThat(verify(edit(EXPECTED, line, replacement), true)).first().isEqualTo(finding);
    }

    /** Both answers of the collector, an assertion failure and a failure of its own, are shown by the table above. */
    @Test
    void everyKindOfFailureIsShownByTheTable() throws NoSuchMethodException {
        String table = String.join("\n", getClass().getDeclaredMethod("fails", String.class, String.class, String.class)
                .getAnnotation(CsvSource.class).value());
        assertThat(table).contains("[mismatch]", "[rejected]");
    }

    @Test
    void aTabThatIndentsIsRejectedByTheLoader() {
        String tab = EXPECTED.replace("            startTime: gt 0\n            endTime: gt 0\n            componentId: 20",
                "\tstartTime: gt 0\n            endTime: gt 0\n            componentId: 20");
        assertThat(verify(tab, true)).first().asString().startsWith("e.yml:33:1: ERROR [rejected] the collector cannot"
                + " read the file as YAML: found character '\\t(TAB)' that cannot start any token");
    }

    /**
     * The loader's SnakeYAML builds an anchored value where it is defined: under a key its beans lack, a number stays a
     * number, and merged into a span it cannot fill a text field. Text values, or a merge from a span, load.
     */
    @Test
    void aMergedNumberFirstBuiltUnderAnUnknownKeyFailsTheLoader() {
        String merged = EXPECTED.replace("segmentItems:\n", "x-common: &common\n  parentSpanId: 0\n  startTime: gt 0\n\nsegmentItems:\n")
                .replaceFirst("            parentSpanId: 0\n", "            <<: *common\n");
        assertThat(verify(merged, true)).first().asString().startsWith("e.yml:19:17: ERROR [rejected] the collector's loader builds this"
                + " value first under 'x-common' (line 18), which it does not read, as a number");
        assertThat(verify(merged.replace("parentSpanId: 0\n  startTime", "parentSpanId: '0'\n  startTime"), true)).isEmpty();
        String fromASpan = EXPECTED.replaceFirst("            parentSpanId: 0\n", "            parentSpanId: &zero 0\n")
                .replaceFirst("            parentSpanId: 0\n", "            parentSpanId: *zero\n");
        assertThat(verify(fromASpan, true)).isEmpty();
    }

    @Test
    void anEmptyFileIsRejected() {
        assertThat(verify("# only a comment\n", true))
                .containsExactly("e.yml:1:1: ERROR [rejected] the document is empty: the collector fails on a null document");
    }

    @Test
    void siblingsInAnotherOrderFailAtTheFirstDifference() {
        String swapped = EXPECTED.replace("Memcached/set", "TMP").replace("Memcached/get", "Memcached/set").replace("TMP", "Memcached/get");
        assertThat(verify(swapped, true)).first().asString()
                .startsWith("e.yml:24:28: ERROR [mismatch] service 'provider', segment 1 matches no received segment")
                .endsWith("span[0] Memcached/set: operation name: expected 'Memcached/get', received 'Memcached/set'");
    }

    @Test
    void aValueFoldedOverTwoLinesChangesOnlyWhereThePythonClientDoublesLineBreaks() {
        String twoLines = edit(EXPECTED, 24, "- operationName: Memcached/set\\n    continued");
        assertThat(verify(twoLines, false)).first().asString().contains("operation name: expected 'Memcached/set continued'");
        assertThat(verify(twoLines, true)).first().asString().contains("operation name: expected 'Memcached/set\\ncontinued'");
    }

    @Test
    void crlfAndByteOrderMarkChangeNothing() {
        assertThat(verify("\uFEFF" + EXPECTED.replace("\n", "\r\n"), true)).isEmpty();
        assertThat(verify("\uFEFF" + EXPECTED.replace("\n", "\r\n"), false)).isEmpty();
    }

    /** The consumer's second received segment, a failed /health request, without its error logs. */
    private static final String HEALTH = """
                  - segmentId: not null
                    spans:
                      - operationName: /health
                        isError: true
                        tags:
                          - {key: http.method, value: GET}
                          - {key: http.status_code, value: '500'}
            """;

    @Test
    void aLooseSegmentListedFirstStealsTheMatchOfAStricterOne() {
        String loose = """
                      - segmentId: not null
                        spans:
                          - operationName: not null
                            tags:
                              - {key: http.method, value: not null}
                              - {key: http.status_code, value: not null}
                            logs:
                              - logEvent: [{key: event, value: not null}, {key: error.kind, value: not null}]
                """;
        String strict = HEALTH + """
                            logs:
                              - logEvent: [{key: event, value: error}, {key: error.kind, value: RuntimeError}]
                """;
        String head = EXPECTED.substring(0, EXPECTED.indexOf("  - serviceName: consumer")) + "  - serviceName: consumer\n"
                + "    segments:\n";
        assertThat(verify(head + loose + strict, true)).containsExactly("e.yml:88:9: ERROR [mismatch] service 'consumer',"
                + " segment 2 matches only received segment 0a1b2c3d4e5f11f1a00000000000eeee, which segment 1 already took"
                + " (the collector gives each received segment to the first expected one that matches, in file order):"
                + " list the stricter segment first, or check that the service sent as many such segments");
        // in the other order the strict segment passes, and the loose one is left without a second /health segment
        assertThat(verify(head + strict + loose, true)).singleElement().asString().startsWith("e.yml:89:9: ERROR"
                + " [mismatch] service 'consumer', segment 2 matches only received segment");
    }

    @Test
    void aSpanWithLogsNeedsTheLogsListed() {
        String health = EXPECTED + HEALTH;
        assertThat(verify(health, true)).containsExactly("e.yml:115:13: ERROR [mismatch] service 'consumer', segment 2"
                + " matches no received segment: closest received segment 2 of 2 (0a1b2c3d4e5f11f1a00000000000eeee): span[0]"
                + " /health: log count: expected 0, received 1");
        String withLogs = health + """
                            logs:
                              - logEvent:
                                  - {key: event, value: error}
                                  - {key: error.kind, value: not null}
                """;
        assertThat(verify(withLogs, true)).isEmpty();
    }

    @Test
    void everyFailingServiceAndSegmentIsReportedNotOnlyTheFirst() {
        String twice = edit(edit(EXPECTED, 79, "segmentSize: 5"), 20, "segmentSize: 3");
        assertThat(verify(twice, true)).hasSize(2);
    }

    @Test
    void theJavaAgentsNewerCollectorReadsOperatorsAsPrefixesAndFindsSpansById() {
        String prefix = edit(edit(EXPECTED, 33, "startTime: gt  0"), 37, "peer: start with memcached");
        assertThat(verify(prefix, true)).first().asString().contains("start time: expected 'gt  0'");
        assertThat(verify(prefix, false)).isEmpty();
        // siblings in another order: the pinned collector compares by position, the newer one tries the same spanId
        int consumer = EXPECTED.indexOf("  - serviceName: consumer");
        String swapped = EXPECTED.substring(0, consumer).replace("Memcached/set", "TMP").replace("Memcached/get", "Memcached/set")
                .replace("TMP", "Memcached/get").replace("spanId: 1\n", "spanId: X\n").replace("spanId: 2\n", "spanId: 1\n")
                .replace("spanId: X\n", "spanId: 2\n").replace("value: set", "value: TMP").replace("value: get", "value: set")
                .replace("value: TMP", "value: get") + EXPECTED.substring(consumer);
        assertThat(verify(swapped, true)).isNotEmpty();
        assertThat(verify(swapped, false)).isEmpty();
    }
}

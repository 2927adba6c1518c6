package io.github.swplugin.check;

import static io.github.swplugin.check.FixtureCheckout.COMPOSE;
import static io.github.swplugin.check.FixtureCheckout.EXPECTED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.check.expected.ComposeServices;
import io.github.swplugin.check.verify.Verifier;
import io.github.swplugin.collector.Agent;
import io.github.swplugin.collector.CollectorLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs of a size a pull request can hold, each of which once took minutes or printed megabytes: they are now
 * checked in linear time (these tests would not finish otherwise) and every finding stays one readable line.
 */
class LargeInputTest {
    @TempDir
    Path dir;

    /** A chain of {@code count} spans, each the parent of the one listed before it: valid finish order. */
    private static String chain(int count, boolean reversed) {
        StringBuilder out = new StringBuilder("segmentItems:\n- serviceName: provider\n  segmentSize: 1\n  segments:\n"
                + "  - segmentId: not null\n    spans:\n");
        for (int k = 0; k < count; k++) {
            int id = reversed ? k : count - 1 - k;
            out.append("    - {operationName: op").append(id).append(", parentSpanId: ").append(id - 1).append(", spanId: ")
                    .append(id).append(", spanLayer: Unknown, startTime: gt 0, endTime: gt 0, componentId: 0, isError: false,"
                            + " spanType: Local, peer: '', skipAnalysis: false}\n");
        }
        return out.toString();
    }

    @Test
    void aLongChainOfSpansIsCheckedWithoutWalkingItFromEverySpan() {
        List<Finding> findings = FixtureCheckout.copyTo(dir).write(EXPECTED, chain(15_000, false)).validate();
        assertThat(findings).noneMatch(f -> f.path().equals(EXPECTED) && f.rule() == Rule.SPAN_TREE);
    }

    @Test
    void spansOutOfOrderGiveOneBoundedLineEach() {
        List<Finding> findings = FixtureCheckout.copyTo(dir).write(EXPECTED, chain(5_000, true)).validate();
        List<Finding> order = findings.stream().filter(f -> f.rule() == Rule.SPAN_ORDER).toList();
        assertThat(order).hasSize(4_999);
        assertThat(order).allMatch(f -> f.message().length() < 400 && f.message().endsWith("... (5000 in all)]); mvn swplugin:fix reorders them"));
    }

    @Test
    void aComposeLineOfThousandsOfBlanksIsReadInOnePass() {
        String compose = "services:\n  a" + " ".repeat(320_000) + "b\n  provider:\n    image: x\n  provider:\n    image: y\n";
        FileFindings findings = new FileFindings(COMPOSE);
        ComposeServices.check(compose, findings);
        assertThat(findings.list()).extracting(Finding::line, Finding::rule).containsExactly(org.assertj.core.groups.Tuple.tuple(5,
                Rule.DUPLICATE_KEY));
    }

    @Test
    void composeKeysAreReadAsBeforeQuotedCommentedAndWithValues() {
        FileFindings findings = new FileFindings(COMPOSE);
        ComposeServices.check("services:\n  \"quoted one\" :\n  'ok'  :  # c\n  with: value\n  not-a-key:value\n  # a: comment\n"
                + "  x # y: z\n  : empty\n", findings);
        assertThat(findings.list()).extracting(Finding::line, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "'quoted one' is not a service name docker compose accepts (a letter or digit,"
                        + " then letters, digits, '_', '.', '-')"),
                org.assertj.core.groups.Tuple.tuple(8, "'' is not a service name docker compose accepts (a letter or digit, then"
                        + " letters, digits, '_', '.', '-')"));
    }

    @Test
    void twelveThousandLikeSegmentsVerifyInLinearTime() {
        StringBuilder received = new StringBuilder("segmentItems:\n- serviceName: provider\n  segmentSize: 12000\n  segments:\n");
        StringBuilder expected = new StringBuilder("segmentItems:\n- serviceName: provider\n  segmentSize: 12000\n  segments:\n");
        for (int s = 0; s < 12_000; s++) {
            received.append("  - segmentId: s").append(s).append("\n    spans:\n    - {operationName: /users, parentSpanId: -1,"
                    + " spanId: 0, spanLayer: Http, startTime: ").append(1000 + s).append(", endTime: ").append(2000 + s)
                    .append(", componentId: 7001, isError: false, spanType: Entry, peer: 'a:1', skipAnalysis: false}\n");
            expected.append("  - segmentId: not null\n    spans:\n    - {operationName: /users, parentSpanId: -1, spanId: 0,"
                    + " spanLayer: Http, startTime: gt 0, endTime: gt 0, componentId: 7001, isError: false, spanType: Entry,"
                    + " peer: not null, skipAnalysis: false}\n");
        }
        var data = CollectorLoader.load(received.toString(), false);
        assertThat(Verifier.verify("expected.data.yml", expected.toString(), data, Agent.PYTHON)).isEmpty();
        String oneTooMany = expected.toString().replace("segmentSize: 12000", "segmentSize: ge 1")
                + expected.substring(expected.indexOf("  - segmentId: not null"), expected.indexOf("  - segmentId: not null") + 220);
        assertThat(Verifier.verify("expected.data.yml", oneTooMany, data, Agent.PYTHON)).isNotEmpty();
    }
}

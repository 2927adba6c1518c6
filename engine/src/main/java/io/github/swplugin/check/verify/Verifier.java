package io.github.swplugin.check.verify;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Finding;
import io.github.swplugin.check.Rule;
import io.github.swplugin.collector.Agent;
import io.github.swplugin.collector.CollectorAssert.Problem;
import io.github.swplugin.collector.CollectorData.Data;
import io.github.swplugin.collector.CollectorData;
import io.github.swplugin.collector.Verdict;
import io.github.swplugin.core.Words;
import java.util.List;

/** An expected file against received data: the findings are empty exactly when the collector says success. */
public final class Verifier {
    private Verifier() {
    }

    /**
     * @param path  how findings name the expected file
     * @param agent whose test runner posts the file (the Python agent's doubles its line breaks) to which collector
     */
    public static List<Finding> verify(String path, String expectedText, Data received, Agent agent) {
        return verify(path, expectedText, agent.doublesLineBreaks(), received, agent);
    }

    /** @param doubledLines whether the text is the file whose line breaks the client doubles, or the text as posted */
    public static List<Finding> verify(String path, String expectedText, boolean doubledLines, Data received, Agent agent) {
        FileFindings findings = new FileFindings(path);
        for (Problem problem : Verdict.of(expectedText, doubledLines, received, agent)) {
            findings.add(problem.rejected() ? Rule.REJECTED : Rule.MISMATCH, problem.place().line(), problem.place().column(),
                    problem.message());
        }
        return findings.list();
    }

    /** How much was compared, for the line that reports success. */
    public static String summary(Data received) {
        int segments = 0;
        int spans = 0;
        for (var item : received.segmentItems()) {
            for (var segment : item.segments() == null ? List.<CollectorData.Segment>of() : item.segments()) {
                segments++;
                spans += segment.spans() == null ? 0 : segment.spans().size();
            }
        }
        return Words.count(received.segmentItems().size(), "service") + ", " + Words.count(segments, "segment") + ", "
                + Words.count(spans, "span") + " received";
    }
}

package io.github.swplugin.collector;

import io.github.swplugin.collector.CollectorAssert.Problem;
import io.github.swplugin.collector.CollectorData.Data;
import java.util.Comparator;
import java.util.List;

/** The pinned collector's answer to an expected file against what it received: no problem exactly when it says success. */
public final class Verdict {
    /** In file order; at one place, assertion failures before the collector's own failures, as reports sort them. */
    private static final Comparator<Problem> ORDER = Comparator.comparingInt((Problem p) -> p.place().line())
            .thenComparingInt(p -> p.place().column())
            .thenComparing(Problem::rejected)
            .thenComparing(Problem::message);

    private Verdict() {
    }

    /** @param agent whose test runner posts the file (the Python agent's doubles its line breaks) to which collector */
    public static List<Problem> of(String expectedText, Data received, Agent agent) {
        return of(expectedText, agent.doublesLineBreaks(), received, agent);
    }

    /** @param doubledLines whether the text is the file whose line breaks the client doubles, or the text as posted */
    public static List<Problem> of(String expectedText, boolean doubledLines, Data received, Agent agent) {
        try {
            Data expected = CollectorLoader.load(expectedText, doubledLines);
            return CollectorAssert.judge(expected, received, agent).stream().sorted(ORDER).toList();
        } catch (Rejected e) {
            return List.of(new Problem(e.place(), e.getMessage(), true));
        }
    }
}

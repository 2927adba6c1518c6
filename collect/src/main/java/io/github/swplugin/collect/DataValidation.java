package io.github.swplugin.collect;

import io.github.swplugin.check.Finding;
import io.github.swplugin.check.verify.Verifier;
import io.github.swplugin.collector.Agent;
import io.github.swplugin.collector.CollectorData.Data;
import io.github.swplugin.collector.CollectorLoader;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code POST /dataValidate}: the pinned collector's verdict on a posted expected file (200 {@code success}, or 500),
 * and on failure verify's findings, each with its line, the received value and the closest match, then the data
 * received, where the mock collector answers with its first assertion message or an empty body.
 */
final class DataValidation {
    /** The HTTP answer. */
    record Answer(int status, String body) {
        boolean success() {
            return status == 200;
        }
    }

    private DataValidation() {
    }

    static Answer of(String posted, String receivedText, Agent agent) {
        Data received = CollectorLoader.load(receivedText, false);
        String file = undoubled(posted);
        // the agent's test client doubles the file's line breaks: judging the file itself gives its own line numbers
        List<Finding> findings = file == null
                ? Verifier.verify("expected data (as posted)", posted, false, received, agent)
                : Verifier.verify("expected data", file, true, received, agent);
        if (findings.isEmpty()) {
            return new Answer(200, "success");
        }
        return new Answer(500, findings.stream().map(Finding::toString).collect(Collectors.joining("\n"))
                + "\n\nactual data:\n" + receivedText);
    }

    /** The file whose lines a client joined with an extra line break, or null when the text is not such a body. */
    static String undoubled(String posted) {
        String[] lines = posted.split("\n", -1);
        if (lines.length < 3) {
            return null;
        }
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i % 2 == 1) {
                if (!lines[i].isEmpty()) {
                    return null;
                }
            } else {
                file.append(i == 0 ? "" : "\n").append(lines[i]);
            }
        }
        return file.toString();
    }
}

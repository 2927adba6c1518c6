package io.github.swplugin.check.expected;

import static io.github.swplugin.check.YamlLoader.column;
import static io.github.swplugin.check.YamlLoader.line;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Rule;
import io.github.swplugin.collector.Expression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Refs against the spans that produce them. The Python agent writes a CrossProcess ref from the
 * caller's Exit span: networkAddress is its peer, parentEndpoint its operationName, parentSpanId
 * its spanId. A CrossThread ref stays in its own service.
 */
final class RefCheck {
    /** ref key, the Exit span key it copies */
    private static final String[][] COPIED_FROM_EXIT = {
        {"networkAddress", "peer"}, {"parentEndpoint", "operationName"}, {"parentSpanId", "spanId"}};

    private final FileFindings findings;

    RefCheck(FileFindings findings) {
        this.findings = findings;
    }

    void check(Node root) {
        Map<String, List<MappingNode>> exitSpans = new HashMap<>();
        for (MappingNode item : Trace.segmentItems(root)) {
            Trace.exact(item, "serviceName").ifPresent(service -> {
                List<MappingNode> exits = exitSpans.computeIfAbsent(service, s -> new ArrayList<>());
                for (MappingNode segment : Trace.segments(item)) {
                    Trace.spans(segment).stream()
                            .filter(span -> Trace.exact(span, "spanType").map("Exit"::equals).orElse(true))
                            .forEach(exits::add);
                }
            });
        }
        for (MappingNode item : Trace.segmentItems(root)) {
            Optional<String> service = Trace.exact(item, "serviceName");
            for (MappingNode segment : Trace.segments(item)) {
                for (MappingNode span : Trace.spans(segment)) {
                    for (MappingNode ref : Trace.refs(span)) {
                        ref(ref, service, exitSpans);
                    }
                }
            }
        }
    }

    private void ref(MappingNode ref, Optional<String> ownService, Map<String, List<MappingNode>> exitSpans) {
        Optional<String> type = Trace.exact(ref, "refType");
        Optional<String> parent = Trace.exact(ref, "parentService");
        if (type.isEmpty() || parent.isEmpty()) {
            return;
        }
        Node at = Trace.at(ref, "parentService");
        if (type.get().equals("CrossThread")) {
            if (ownService.isPresent() && !ownService.get().equals(parent.get())) {
                report(at, Rule.REF_CROSS_THREAD, "a CrossThread ref stays in its own service, '" + ownService.get()
                        + "', but names '" + parent.get() + "'");
            }
            return;
        }
        if (!type.get().equals("CrossProcess")) {
            return;
        }
        List<MappingNode> candidates = exitSpans.get(parent.get());
        if (candidates == null) {
            report(at, Rule.REF_UNKNOWN_SERVICE, "parentService '" + parent.get() + "' is not a serviceName of this file ("
                    + String.join(", ", exitSpans.keySet()) + "): the calling service must be listed too");
            return;
        }
        if (candidates.stream().noneMatch(exit -> mismatches(ref, exit).isEmpty())) {
            Optional<MappingNode> closest = candidates.stream().min(Comparator.comparingInt(exit -> mismatches(ref, exit).size()));
            String detail = closest.map(exit -> "; the closest, at line " + line(exit) + ", differs: "
                    + String.join(", ", mismatches(ref, exit))).orElse("; it has none");
            report(ref, Rule.REF_EXIT_SPAN, "this CrossProcess ref matches no Exit span of '" + parent.get()
                    + "' (networkAddress = its peer, parentEndpoint = its operationName, parentSpanId = its spanId)" + detail);
        }
    }

    private static List<String> mismatches(MappingNode ref, MappingNode exit) {
        List<String> differences = new ArrayList<>();
        for (String[] pair : COPIED_FROM_EXIT) {
            Optional<Expression> mine = Trace.expression(ref, pair[0]);
            Optional<Expression> theirs = Trace.expression(exit, pair[1]);
            if (mine.isPresent() && theirs.isPresent() && !mine.get().compatibleWith(theirs.get())) {
                differences.add(pair[0] + " '" + mine.get() + "' vs " + pair[1] + " '" + theirs.get() + "'");
            }
        }
        return differences;
    }

    private void report(Node node, Rule rule, String message) {
        findings.add(rule, line(node), column(node), message);
    }
}

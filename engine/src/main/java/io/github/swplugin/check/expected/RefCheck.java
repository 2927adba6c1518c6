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
 * Refs against the spans that produce them. An agent writes a CrossProcess ref from the caller's Exit span:
 * networkAddress is its peer and parentSpanId its spanId. parentEndpoint is the Exit span's operationName in
 * today's Python agent, but the endpoint of the caller's segment (its Entry span's operationName) in older Python
 * agents and in the Java agent: either is accepted. A CrossThread ref stays in its own service.
 */
final class RefCheck {
    /** An Exit span, with the operation names of the Entry spans of its segment. */
    private record Exit(MappingNode span, List<Expression> segmentEndpoints) {
    }

    /** ref key, the Exit span key it copies */
    private static final String[][] COPIED_FROM_EXIT = {
        {"networkAddress", "peer"}, {"parentEndpoint", "operationName"}, {"parentSpanId", "spanId"}};

    private final FileFindings findings;

    RefCheck(FileFindings findings) {
        this.findings = findings;
    }

    void check(Node root) {
        Map<String, List<Exit>> exitSpans = new HashMap<>();
        for (MappingNode item : Trace.segmentItems(root)) {
            Trace.exact(item, "serviceName").ifPresent(service -> {
                List<Exit> exits = exitSpans.computeIfAbsent(service, s -> new ArrayList<>());
                for (MappingNode segment : Trace.segments(item)) {
                    List<MappingNode> spans = Trace.spans(segment);
                    List<Expression> endpoints = spans.stream().filter(span -> Trace.exact(span, "spanType").map("Entry"::equals).orElse(false))
                            .map(span -> Trace.expression(span, "operationName")).flatMap(Optional::stream).toList();
                    spans.stream().filter(span -> Trace.exact(span, "spanType").map("Exit"::equals).orElse(true))
                            .forEach(span -> exits.add(new Exit(span, endpoints)));
                }
            });
        }
        Map<MappingNode, List<MappingNode>> receivers = new HashMap<>();
        for (MappingNode item : Trace.segmentItems(root)) {
            Optional<String> service = Trace.exact(item, "serviceName");
            for (MappingNode segment : Trace.segments(item)) {
                for (MappingNode span : Trace.spans(segment)) {
                    for (MappingNode ref : Trace.refs(span)) {
                        ref(ref, service, exitSpans);
                        onlyExit(ref, exitSpans).filter(exit -> !Trace.exact(span, "spanLayer").map("MQ"::equals).orElse(false))
                                .ifPresent(exit -> receivers.computeIfAbsent(exit, e -> new ArrayList<>()).add(ref));
                    }
                }
            }
        }
        receivers.forEach((exit, refs) -> refs.stream().skip(1).forEach(ref -> report(ref, Rule.REF_DUPLICATE, "this CrossProcess ref"
                + " names the same Exit span (line " + line(exit) + ") as the ref at line " + line(refs.get(0)) + ": an HTTP or RPC"
                + " call injects one carrier, received once, so only one of them can ever match; name the span of the other call")));
    }

    /**
     * The one Exit span a CrossProcess ref can come from, when exactly one of its service matches it: a ref that
     * several spans could have written is not counted against any of them.
     */
    private static Optional<MappingNode> onlyExit(MappingNode ref, Map<String, List<Exit>> exitSpans) {
        if (!Trace.exact(ref, "refType").map("CrossProcess"::equals).orElse(false)) {
            return Optional.empty();
        }
        List<Exit> matching = Trace.exact(ref, "parentService").map(exitSpans::get).orElse(List.of()).stream()
                .filter(exit -> mismatches(ref, exit).isEmpty()).toList();
        return matching.size() == 1 ? Optional.of(matching.get(0).span()) : Optional.empty();
    }

    private void ref(MappingNode ref, Optional<String> ownService, Map<String, List<Exit>> exitSpans) {
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
        List<Exit> candidates = exitSpans.get(parent.get());
        if (candidates == null) {
            report(at, Rule.REF_UNKNOWN_SERVICE, "parentService '" + parent.get() + "' is not a serviceName of this file ("
                    + String.join(", ", exitSpans.keySet()) + "): the calling service must be listed too");
            return;
        }
        if (candidates.stream().noneMatch(exit -> mismatches(ref, exit).isEmpty())) {
            Optional<Exit> closest = candidates.stream().min(Comparator.comparingInt(exit -> mismatches(ref, exit).size()));
            String detail = closest.map(exit -> "; the closest, at line " + line(exit.span()) + ", differs: "
                    + String.join(", ", mismatches(ref, exit))).orElse("; it has none");
            report(ref, Rule.REF_EXIT_SPAN, "this CrossProcess ref matches no Exit span of '" + parent.get()
                    + "' (networkAddress = its peer, parentEndpoint = its operationName or its segment's Entry endpoint, parentSpanId ="
                    + " its spanId)" + detail);
        }
    }

    private static List<String> mismatches(MappingNode ref, Exit exit) {
        List<String> differences = new ArrayList<>();
        for (String[] pair : COPIED_FROM_EXIT) {
            Optional<Expression> mine = Trace.expression(ref, pair[0]);
            Optional<Expression> theirs = Trace.expression(exit.span(), pair[1]);
            boolean segmentEndpoint = pair[0].equals("parentEndpoint") && mine.isPresent()
                    && exit.segmentEndpoints().stream().anyMatch(endpoint -> mine.get().compatibleWith(endpoint));
            if (mine.isPresent() && theirs.isPresent() && !mine.get().compatibleWith(theirs.get()) && !segmentEndpoint) {
                differences.add(pair[0] + " '" + mine.get() + "' vs " + pair[1] + " '" + theirs.get() + "'");
            }
        }
        return differences;
    }

    private void report(Node node, Rule rule, String message) {
        findings.add(rule, line(node), column(node), message);
    }
}

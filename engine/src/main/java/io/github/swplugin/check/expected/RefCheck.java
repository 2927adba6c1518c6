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
    /** ref key, the Exit span key it copies */
    private static final String[][] COPIED_FROM_EXIT = {
        {"networkAddress", "peer"}, {"parentEndpoint", "operationName"}, {"parentSpanId", "spanId"}};
    private static final int PARENT_ENDPOINT = 1;

    /**
     * An Exit span: the fields a ref copies from it (in the order of {@link #COPIED_FROM_EXIT}), and the operation
     * names of the Entry spans of its segment. Read once, since every ref of its service is compared with it.
     */
    private record Exit(MappingNode span, List<Optional<Expression>> copied, List<Expression> segmentEndpoints) {
    }

    /** A ref: the fields it copies from an Exit span, and the Exit spans of its parent service it matches. */
    private record Ref(List<Optional<Expression>> copied, List<Exit> matching) {
        static Ref of(MappingNode node, List<Exit> candidates) {
            List<Optional<Expression>> copied = fieldsCopied(node, 0);
            List<Exit> matching = new ArrayList<>();
            for (Exit exit : candidates) {
                if (mismatches(copied, exit).isEmpty()) {
                    matching.add(exit);
                }
            }
            return new Ref(copied, matching);
        }
    }

    /** The fields of {@link #COPIED_FROM_EXIT} a ref (side 0) or an Exit span (side 1) holds, in that order. */
    private static List<Optional<Expression>> fieldsCopied(MappingNode node, int side) {
        List<Optional<Expression>> copied = new ArrayList<>(COPIED_FROM_EXIT.length);
        for (String[] pair : COPIED_FROM_EXIT) {
            copied.add(Trace.expression(node, pair[side]));
        }
        return copied;
    }

    private final FileFindings findings;

    RefCheck(FileFindings findings) {
        this.findings = findings;
    }

    void check(Node root) {
        Map<String, List<Exit>> exitSpans = new HashMap<>();
        for (MappingNode item : Trace.segmentItems(root)) {
            Optional<String> service = Trace.exact(item, "serviceName");
            if (service.isEmpty()) {
                continue;
            }
            List<Exit> exits = exitSpans.computeIfAbsent(service.get(), s -> new ArrayList<>());
            for (MappingNode segment : Trace.segments(item)) {
                List<Expression> endpoints = new ArrayList<>();
                List<MappingNode> exitNodes = new ArrayList<>();
                for (MappingNode span : Trace.spans(segment)) {
                    Optional<String> type = Trace.exact(span, "spanType");
                    if (type.isPresent() && type.get().equals("Entry")) {
                        Trace.expression(span, "operationName").ifPresent(endpoints::add);
                    }
                    if (type.isEmpty() || type.get().equals("Exit")) {
                        exitNodes.add(span);
                    }
                }
                for (MappingNode span : exitNodes) {
                    exits.add(new Exit(span, fieldsCopied(span, 1), endpoints));
                }
            }
        }
        Map<MappingNode, List<MappingNode>> receivers = new HashMap<>();
        for (MappingNode item : Trace.segmentItems(root)) {
            Optional<String> service = Trace.exact(item, "serviceName");
            for (MappingNode segment : Trace.segments(item)) {
                for (MappingNode span : Trace.spans(segment)) {
                    for (MappingNode ref : Trace.refs(span)) {
                        ref(ref, service, exitSpans).filter(exit -> !Trace.exact(span, "spanLayer").map("MQ"::equals).orElse(false))
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
     * Checks one ref; returns the one Exit span a CrossProcess ref can come from, when exactly one of its service
     * matches it: a ref that several spans could have written is not counted against any of them.
     */
    private Optional<MappingNode> ref(MappingNode node, Optional<String> ownService, Map<String, List<Exit>> exitSpans) {
        Optional<String> type = Trace.exact(node, "refType");
        Optional<String> parent = Trace.exact(node, "parentService");
        if (type.isEmpty() || parent.isEmpty()) {
            return Optional.empty();
        }
        Node at = Trace.at(node, "parentService");
        if (type.get().equals("CrossThread")) {
            if (ownService.isPresent() && !ownService.get().equals(parent.get())) {
                report(at, Rule.REF_CROSS_THREAD, "a CrossThread ref stays in its own service, '" + ownService.get()
                        + "', but names '" + parent.get() + "'");
            }
            return Optional.empty();
        }
        if (!type.get().equals("CrossProcess")) {
            return Optional.empty();
        }
        List<Exit> candidates = exitSpans.get(parent.get());
        if (candidates == null) {
            report(at, Rule.REF_UNKNOWN_SERVICE, "parentService '" + parent.get() + "' is not a serviceName of this file ("
                    + String.join(", ", exitSpans.keySet()) + "): the calling service must be listed too");
            return Optional.empty();
        }
        Ref ref = Ref.of(node, candidates);
        if (ref.matching().isEmpty()) {
            Optional<Exit> closest = candidates.stream().min(Comparator.comparingInt(exit -> mismatches(ref.copied(), exit).size()));
            String detail = closest.map(exit -> "; the closest, at line " + line(exit.span()) + ", differs: "
                    + String.join(", ", mismatches(ref.copied(), exit))).orElse("; it has none");
            report(node, Rule.REF_EXIT_SPAN, "this CrossProcess ref matches no Exit span of '" + parent.get()
                    + "' (networkAddress = its peer, parentEndpoint = its operationName or its segment's Entry endpoint, parentSpanId ="
                    + " its spanId)" + detail);
        }
        return ref.matching().size() == 1 ? Optional.of(ref.matching().get(0).span()) : Optional.empty();
    }

    private static List<String> mismatches(List<Optional<Expression>> ref, Exit exit) {
        List<String> differences = new ArrayList<>();
        for (int field = 0; field < COPIED_FROM_EXIT.length; field++) {
            Optional<Expression> mine = ref.get(field);
            Optional<Expression> theirs = exit.copied().get(field);
            if (mine.isEmpty() || theirs.isEmpty() || mine.get().compatibleWith(theirs.get())) {
                continue;
            }
            boolean segmentEndpoint = field == PARENT_ENDPOINT && exit.segmentEndpoints().stream().anyMatch(endpoint -> mine.get().compatibleWith(endpoint));
            if (!segmentEndpoint) {
                differences.add(COPIED_FROM_EXIT[field][0] + " '" + mine.get() + "' vs " + COPIED_FROM_EXIT[field][1] + " '" + theirs.get() + "'");
            }
        }
        return differences;
    }

    private void report(Node node, Rule rule, String message) {
        findings.add(rule, line(node), column(node), message);
    }
}

package io.github.swplugin.check.expected;

import static io.github.swplugin.check.YamlLoader.column;
import static io.github.swplugin.check.YamlLoader.line;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Rule;
import io.github.swplugin.check.YamlLoader;
import io.github.swplugin.check.python.SpanOrigins;
import io.github.swplugin.collector.Expression;
import io.github.swplugin.core.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The shape of each segment's span tree, span kinds, layers and component ids, and segment
 * counts. The pinned collector compares spans by position, and the agent lists a segment's
 * spans in the order they finish: children before their parent, the root last.
 */
final class SpanCheck {
    private static final Pattern ZERO = Pattern.compile("[-+]?0+");
    private static final Set<String> SPAN_TYPES = Set.of("Entry", "Exit", "Local");

    private final FileFindings findings;
    private final List<String> layers;
    /** Says why a component id is unknown, or null when it is known (or cannot be checked). */
    private final IntFunction<String> componentProblem;

    private final SpanOrigins origins;

    SpanCheck(FileFindings findings, List<String> layers, IntFunction<String> componentProblem, SpanOrigins origins) {
        this.findings = findings;
        this.layers = layers;
        this.componentProblem = componentProblem;
        this.origins = origins;
    }

    /** The fields of a span these checks judge it by, each looked up and parsed once, not once for every check. */
    private record Span(MappingNode node, Optional<String> type, Optional<String> layer, OptionalInt componentId, OptionalInt id,
            OptionalInt parentId) {
        static Span of(MappingNode node) {
            return new Span(node, Trace.exact(node, "spanType"), Trace.exact(node, "spanLayer"), Trace.exactInt(node, "componentId"),
                    Trace.exactInt(node, "spanId"), Trace.exactInt(node, "parentSpanId"));
        }
    }

    void check(Node root) {
        for (MappingNode item : Trace.segmentItems(root)) {
            segmentSize(item);
            for (MappingNode segment : Trace.segments(item)) {
                emptySpans(segment);
                List<Span> spans = new ArrayList<>();
                for (MappingNode node : Trace.spans(segment)) {
                    Span span = Span.of(node);
                    spans.add(span);
                    spanFields(span);
                }
                tree(segment, spans);
            }
        }
    }

    private void segmentSize(MappingNode item) {
        OptionalInt size = Trace.exactInt(item, "segmentSize");
        if (size.isEmpty() || !(YamlLoader.get(item, "segments").orElse(null) instanceof SequenceNode)) {
            return;
        }
        int listed = Trace.segments(item).size();
        Node at = Trace.at(item, "segmentSize");
        if (size.getAsInt() < listed) {
            report(at, Rule.SEGMENT_SIZE_TOO_SMALL, "segmentSize is " + size.getAsInt() + " but " + segments(listed)
                    + " listed: this can never match; set segmentSize: " + listed);
        } else if (size.getAsInt() > listed) {
            report(at, Rule.SEGMENT_SIZE_TOO_LARGE, "segmentSize is " + size.getAsInt() + " but only " + segments(listed)
                    + " listed: the others go unchecked; list them or set segmentSize: " + listed);
        }
    }

    private void spanFields(Span fields) {
        MappingNode span = fields.node();
        fields.type().filter(type -> !SPAN_TYPES.contains(type)).ifPresent(type ->
                report(Trace.at(span, "spanType"), Rule.SPAN_TYPE, "spanType '" + type + "' is not Entry, Exit or Local"
                        + SPAN_TYPES.stream().filter(known -> known.equalsIgnoreCase(type.strip())).findFirst()
                                .map(known -> ": did you mean '" + known + "'?").orElse("")));
        fields.layer().filter(layer -> !layers.contains(layer)).ifPresent(layer ->
                report(Trace.at(span, "spanLayer"), Rule.SPAN_LAYER, "spanLayer '" + layer + "' is not a Layer: use one of "
                        + String.join(", ", layers)));
        OptionalInt component = fields.componentId();
        if (component.isPresent()) {
            String problem = componentProblem.apply(component.getAsInt());
            if (problem != null) {
                report(Trace.at(span, "componentId"), Rule.UNKNOWN_COMPONENT, problem);
            }
            origins.of(component.getAsInt()).ifPresent(origin -> asItsPluginWrites(fields, origin));
        }
    }

    /** The layer and type a plugin sets for its component's spans; a span's layer may also be left Unknown. */
    private void asItsPluginWrites(Span fields, SpanOrigins.Origin origin) {
        MappingNode span = fields.node();
        fields.layer().filter(layer -> !layer.equals("Unknown") && !origin.layers().contains(layer))
                .ifPresent(layer -> report(Trace.at(span, "spanLayer"), Rule.PLUGIN_SPAN, "Component." + origin.component()
                        + " is reported by " + plugins(origin) + ", which set" + (origin.modules().size() == 1 ? "s" : "") + " Layer."
                        + String.join(" or Layer.", origin.layers()) + ", never " + layer + orComponent(span)));
        Node tags = YamlLoader.get(span, "tags").orElse(null);
        if (tags instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL) && origin.alwaysTagged()) {
            report(tags, Rule.PLUGIN_SPAN, "tags: with no items expects exactly zero tags, but " + plugins(origin) + " tag"
                    + (origin.modules().size() == 1 ? "s" : "") + " the spans of Component." + origin.component() + ": list the tags it sets");
        }
        if (tags instanceof SequenceNode list) {
            for (Node tag : list.getValue()) {
                Optional<String> key = Trace.exact(tag, "key");
                Set<String> values = key.map(origin.tagValues()::get).orElse(null);
                Trace.exact(tag, "value").filter(value -> values != null && !values.contains(value)).ifPresent(value -> report(
                        Trace.at(tag, "value"), Rule.PLUGIN_SPAN, key.get() + " is " + String.join(" or ", values.stream().map(v -> "'" + v + "'").toList())
                        + " in the spans of Component." + origin.component() + " (" + plugins(origin) + " set" + (origin.modules().size() == 1 ? "s" : "")
                        + " it to " + (values.size() == 1 ? "that literal" : "those literals") + "), never '" + value + "'" + orComponent(span)));
            }
        }
        fields.type().filter(type -> SPAN_TYPES.contains(type) && !origin.spanTypes().contains(type))
                .ifPresent(type -> report(Trace.at(span, "spanType"), Rule.PLUGIN_SPAN, "Component." + origin.component()
                        + " is reported by " + plugins(origin) + ", which open" + (origin.modules().size() == 1 ? "s" : "") + " "
                        + String.join(" and ", origin.spanTypes()) + " spans, never " + type + orComponent(span)));
    }

    /** Made only for a finding: most spans are as their plugin writes them. */
    private static String plugins(SpanOrigins.Origin origin) {
        return String.join(", ", origin.modules());
    }

    private static String orComponent(MappingNode span) {
        return " (or componentId at line " + line(Trace.at(span, "componentId")) + " names the wrong component)";
    }

    private void tree(MappingNode segment, List<Span> spans) {
        Map<Integer, Integer> indexById = new HashMap<>();
        boolean allIdsKnown = true;
        for (int i = 0; i < spans.size(); i++) {
            OptionalInt id = spans.get(i).id();
            if (id.isEmpty()) {
                allIdsKnown = false;
            } else if (indexById.putIfAbsent(id.getAsInt(), i) != null) {
                report(Trace.at(spans.get(i).node(), "spanId"), Rule.DUPLICATE_SPAN_ID, "spanId " + id.getAsInt()
                        + " is used twice in this segment (first at line " + line(Trace.at(spans.get(indexById.get(id.getAsInt())).node(), "spanId"))
                        + "): give every span of a segment its own id");
            }
        }
        roots(segment, spans);
        if (allIdsKnown && indexById.size() == spans.size()) {
            gap(spans, indexById);
        }
        boolean[] cyclic = onCycles(spans, indexById);
        String order = null;  // the same for every finding of the segment: made once
        for (int i = 0; i < spans.size(); i++) {
            MappingNode span = spans.get(i).node();
            OptionalInt parent = spans.get(i).parentId();
            if (parent.isEmpty() || parent.getAsInt() == -1) {
                continue;
            }
            Integer parentIndex = indexById.get(parent.getAsInt());
            if (parentIndex != null && cyclic[i]) {
                report(Trace.at(span, "parentSpanId"), Rule.SPAN_TREE, parentIndex == i
                        ? "span " + id(span) + " is its own parent: no agent sends that, so this segment can never match"
                        : "span " + id(span) + " is its own ancestor through parentSpanId " + parent.getAsInt() + ": no agent sends"
                                + " that, so this segment can never match");
            } else if (parentIndex == null) {
                if (allIdsKnown) {
                    report(Trace.at(span, "parentSpanId"), Rule.MISSING_PARENT_SPAN, "parentSpanId " + parent.getAsInt()
                            + " names no span of this segment: spanIds here are " + Words.list(new TreeSet<>(indexById.keySet())));
                }
            } else if (parentIndex < i) {
                order = order == null ? order(spans) : order;
                report(Trace.at(span, "spanId"), Rule.SPAN_ORDER, "span " + id(span) + " is listed after its parent span "
                        + parent.getAsInt() + " (line " + line(spans.get(parentIndex).node()) + "); the collector compares spans by position"
                        + " in finish order: list every span before its parent and the root last (order here: " + order + "); mvn swplugin:fix reorders them");
            }
        }
    }

    /**
     * Which spans following parentSpanId come back to themselves. Each span has at most one parent, so one walk from
     * every span not yet seen, marked with the walk's number, finds every cycle in time linear in the spans.
     */
    private static boolean[] onCycles(List<Span> spans, Map<Integer, Integer> indexById) {
        int[] parentOf = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            OptionalInt parent = spans.get(i).parentId();
            Integer index = parent.isPresent() ? indexById.get(parent.getAsInt()) : null;
            parentOf[i] = index == null ? -1 : index;
        }
        int[] walk = new int[spans.size()];  // 0: not seen; otherwise the walk that first reached the span
        boolean[] cyclic = new boolean[spans.size()];
        for (int start = 0; start < spans.size(); start++) {
            int at = start;
            while (at >= 0 && walk[at] == 0) {
                walk[at] = start + 1;
                at = parentOf[at];
            }
            if (at >= 0 && walk[at] == start + 1) {  // this walk met itself: mark the loop
                for (int on = at; !cyclic[on]; on = parentOf[on]) {
                    cyclic[on] = true;
                }
            }
        }
        return cyclic;
    }

    /**
     * spans: with nothing after it is YAML null, and so is a segment without spans: the collector dereferences them and
     * fails (HTTP 500), whatever it received.
     */
    private void emptySpans(MappingNode segment) {
        Node spans = YamlLoader.get(segment, "spans").orElse(null);
        if (spans instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            report(Trace.at(segment, "spans"), Rule.EMPTY_SPANS, "spans: has no items, and the collector fails on that (HTTP 500):"
                    + " list the segment's spans, or remove the segment");
        } else if (spans == null) {
            report(segment, Rule.EMPTY_SPANS, "this segment has no spans: key, and the collector fails on that (HTTP 500), whatever"
                    + " it received: list the segment's spans under spans:, or remove the segment");
        } else if (spans instanceof SequenceNode list && list.getValue().isEmpty()) {
            report(Trace.at(segment, "spans"), Rule.EMPTY_SPANS, "spans: [] matches no segment, since every segment an agent sends"
                    + " has spans: list them, or remove the segment");
        }
    }

    private void roots(MappingNode segment, List<Span> spans) {
        List<Span> roots = new ArrayList<>();
        boolean allParentsKnown = true;
        for (Span span : spans) {
            OptionalInt parent = span.parentId();
            allParentsKnown &= parent.isPresent();
            if (parent.isPresent() && parent.getAsInt() == -1) {
                roots.add(span);
            }
        }
        if (roots.isEmpty() && allParentsKnown && !spans.isEmpty()) {
            report(Trace.at(segment, "spans"), Rule.SEGMENT_ROOT, "this segment has no root span: the entry span of a segment has"
                    + " parentSpanId: -1 and spanId: 0");
        }
        for (int i = 1; i < roots.size(); i++) {
            report(Trace.at(roots.get(i).node(), "parentSpanId"), Rule.SEGMENT_ROOT, "a second root span in one segment (the first is at line "
                    + line(roots.get(0).node()) + "): a segment has exactly one span with parentSpanId: -1; is this a separate segment?");
        }
        for (Span span : roots) {
            MappingNode root = span.node();
            OptionalInt id = span.id();
            if (id.isPresent() && id.getAsInt() != 0) {
                report(Trace.at(root, "spanId"), Rule.SEGMENT_ROOT, "the root span (parentSpanId: -1) has spanId " + id.getAsInt()
                        + "; the agent numbers the root 0");
            }
            Trace.expression(root, "spanId").filter(e -> e.operator() == Expression.Operator.NQ && isZero(e.operand()))
                    .ifPresent(e -> report(Trace.at(root, "spanId"), Rule.SEGMENT_ROOT, "the root span (parentSpanId: -1) expects"
                            + " spanId " + e + ", but the agent numbers the root 0: this can never match; write spanId: 0"));
        }
    }

    private static boolean isZero(String number) {
        return ZERO.matcher(number).matches();
    }

    /** Ids that are all literal and distinct must be 0..n-1: the first one outside is where a span went missing. */
    private void gap(List<Span> spans, Map<Integer, Integer> indexById) {
        for (Span span : spans) {
            int id = span.id().orElseThrow();
            if (id < 0 || id >= spans.size()) {
                List<Integer> missing = new ArrayList<>();
                for (int expected = 0; expected < spans.size(); expected++) {
                    if (!indexById.containsKey(expected)) {
                        missing.add(expected);
                    }
                }
                report(Trace.at(span.node(), "spanId"), Rule.SPAN_ID_GAP, "spanId " + id + " in a segment of " + spans.size() + " spans: the"
                        + " agent numbers them 0 to " + (spans.size() - 1) + " without a gap, so " + Words.list(missing)
                        + (missing.size() == 1 ? " is" : " are") + " missing; list the span" + (missing.size() == 1 ? "" : "s")
                        + " the agent sends, or renumber");
                return;
            }
        }
    }

    private static String segments(int count) {
        return count == 1 ? "1 segment is" : count + " segments are";
    }

    private static String id(MappingNode span) {
        return Trace.exact(span, "spanId").orElse("?");
    }

    private static String order(List<Span> spans) {
        return Words.list(spans.stream().map(span -> id(span.node())).toList());
    }

    private void report(Node node, Rule rule, String message) {
        findings.add(rule, line(node), column(node), message);
    }
}

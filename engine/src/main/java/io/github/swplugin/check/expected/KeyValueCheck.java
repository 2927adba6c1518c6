package io.github.swplugin.check.expected;

import static io.github.swplugin.check.YamlLoader.column;
import static io.github.swplugin.check.YamlLoader.line;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Rule;
import io.github.swplugin.check.YamlLoader;
import io.github.swplugin.collector.Agent;
import io.github.swplugin.collector.Expression;
import io.github.swplugin.collector.Schema;
import io.github.swplugin.collector.Shape;
import io.github.swplugin.core.Suggestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Walks {@code expected.data.yml} against the collector's schema: keys it ignores, keys it reads
 * but never compares, duplicates, values that check nothing or that the collector misreads.
 */
final class KeyValueCheck {
    private static final Pattern BROKEN_PLACEHOLDER = Pattern.compile("\\$\\{[^}\\[$]*+\\[\\s*+\\d++\\s*+]\\s*+}");
    private static final Pattern SPACED_OPERATOR = Pattern.compile("(eq|nq|gt|ge) \\S+");
    private static final Pattern NEWER_OPERATOR = Pattern.compile("(start|end) with .*");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    /** An operator with punctuation left after it ('not null,'), which the pinned collector compares as text. */
    private static final Pattern STRAY_PUNCTUATION = Pattern.compile("(not null|not blank|null)\\s*+\\p{Punct}++");

    private final FileFindings findings;
    private final Set<Node> checkedMerges = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Agent agent;
    /** The keys the schema calls unread that the pinned collector still compares (operationId, before 5acb890). */
    private final boolean unreadCompared;

    KeyValueCheck(FileFindings findings, Agent agent, boolean unreadCompared) {
        this.findings = findings;
        this.agent = agent;
        this.unreadCompared = unreadCompared;
    }

    void check(Node root) {
        walk(root, Schema.ROOT, "the document");
    }

    private void walk(Node node, Shape shape, String key) {
        if (shape.kind() == Shape.Kind.ANY) {
            return;
        }
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            if (shape.kind() == Shape.Kind.TEXT || shape.kind() == Shape.Kind.NUMBER) {
                report(node, Rule.UNCHECKED_VALUE, "'" + key + "' has no value (an unquoted null, ~ or nothing), so the collector does not check it:"
                        + " write 'null' in quotes to expect null, 'not null' to expect any value, or remove the key");
            }
            return;
        }
        switch (shape.kind()) {
            case MAP -> mapping(node, shape, key);
            case LIST -> list(node, shape, key);
            default -> value(node, shape, key);
        }
    }

    /**
     * A mapping's own entries, then those merged into it ({@code <<: *common}) that it does not set itself, as the
     * collector's loader applies them. A merged entry is checked once, however many mappings merge it.
     */
    private List<NodeTuple> withMerges(MappingNode map) {
        if (!map.isMerged()) {
            return map.getValue();  // the composer marks a mapping with a merge key: most have none
        }
        List<NodeTuple> own = new ArrayList<>();
        List<NodeTuple> merged = new ArrayList<>();
        for (NodeTuple tuple : map.getValue()) {
            if (!tuple.getKeyNode().getTag().equals(Tag.MERGE)) {
                own.add(tuple);
                continue;
            }
            Node value = tuple.getValueNode();
            for (Node source : value instanceof SequenceNode list ? list.getValue() : List.of(value)) {
                if (source instanceof MappingNode sourceMap) {
                    withMerges(sourceMap).stream().filter(entry -> checkedMerges.add(entry.getValueNode())).forEach(merged::add);
                } else {
                    report(source, Rule.STRUCTURE, "'<<' merges a mapping (or a list of mappings) but is given " + describe(source)
                            + ": the collector's loader fails on the file");
                }
            }
        }
        Set<String> set = new HashSet<>();
        own.stream().map(NodeTuple::getKeyNode).filter(ScalarNode.class::isInstance).forEach(k -> set.add(((ScalarNode) k).getValue()));
        merged.removeIf(entry -> entry.getKeyNode() instanceof ScalarNode k && set.contains(k.getValue()));
        own.addAll(merged);
        return own;
    }

    private void mapping(Node node, Shape shape, String key) {
        if (!(node instanceof MappingNode map)) {
            report(node, Rule.STRUCTURE, "'" + key + "' must be a mapping (a " + shape.name() + ") but is " + describe(node));
            return;
        }
        Map<String, Node> seen = new HashMap<>();
        boolean misplacedReported = false;
        for (NodeTuple tuple : withMerges(map)) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                report(tuple.getKeyNode(), Rule.STRUCTURE, "a key of " + shape.name() + " must be a plain name");
                continue;
            }
            String name = keyNode.getValue();
            Node first = seen.putIfAbsent(name, keyNode);
            if (first != null) {
                report(keyNode, Rule.DUPLICATE_KEY, "'" + name + "' is repeated (first at line " + line(first)
                        + "); only one value is used: remove one of them");
            }
            Shape field = shape.fields().get(name);
            Optional<Shape> owner = field == null ? keyOfInner(shape, name) : Optional.empty();
            if (owner.isPresent()) {
                // a block indented as its parent's keys: one finding at the line that moved, not one per key that followed it
                if (!misplacedReported) {
                    long more = map.getValue().stream().map(NodeTuple::getKeyNode).filter(ScalarNode.class::isInstance)
                            .map(k -> ((ScalarNode) k).getValue()).filter(k -> !shape.fields().containsKey(k) && keyOfInner(shape, k).isPresent())
                            .count() - 1;
                    report(keyNode, Rule.UNKNOWN_KEY, "'" + name + "' is a key of a " + owner.get().name() + ", but it is indented as a"
                            + " key of the " + shape.name() + (more > 0 ? " (and so are " + more + " keys after it)" : "")
                            + ", where the collector ignores it: indent it as the " + owner.get().name() + "'s other keys");
                    misplacedReported = true;
                }
                continue;
            }
            if (field == null && tuple.getValueNode().getAnchor() != null) {
                continue;  // a value kept only to be merged or aliased elsewhere (x-common: &common): its uses are checked there
            }
            if (field == null) {
                String hint = Suggestions.closest(name, shape.fields().keySet())
                        .map(s -> ": did you mean '" + s + "'?")
                        .orElse(": the keys of a " + shape.name() + " are " + String.join(", ", shape.fields().keySet()));
                report(keyNode, Rule.UNKNOWN_KEY, "the collector ignores '" + name + "' in a " + shape.name() + ", so it checks nothing" + hint);
                continue;
            }
            deadKey(keyNode, field, tuple.getValueNode());
            walk(tuple.getValueNode(), field, name);
        }
    }

    /** The mapping below {@code shape} (a segment's span, a span's ref) that has {@code key} as a key of its own. */
    private static Optional<Shape> keyOfInner(Shape shape, String key) {
        for (Shape field : shape.fields().values()) {
            Shape inner = field.kind() == Shape.Kind.LIST ? field.element() : field;
            if (inner != null && inner.kind() == Shape.Kind.MAP) {
                if (inner.fields().containsKey(key)) {
                    return Optional.of(inner);
                }
                Optional<Shape> deeper = keyOfInner(inner, key);
                if (deeper.isPresent()) {
                    return deeper;
                }
            }
        }
        return Optional.empty();
    }

    private void deadKey(ScalarNode keyNode, Shape field, Node value) {
        String name = keyNode.getValue();
        if (field.dead() == Shape.Dead.ALWAYS || field.dead() == Shape.Dead.UNREAD && !unreadCompared) {
            report(keyNode, Rule.DEAD_KEY, "the collector never compares '" + name + "': this line checks nothing, remove it");
        } else if (field.dead() == Shape.Dead.WHEN_LITERAL && value instanceof ScalarNode scalar
                && Expression.parse(scalar.getValue()).exactValue().isPresent()) {
            report(keyNode, Rule.DEAD_KEY, "the collector never compares '" + name + "' (it takes the matched segment's id): write '"
                    + name + ": not null'");
        }
    }

    private void list(Node node, Shape shape, String key) {
        if (!(node instanceof SequenceNode sequence)) {
            report(node, Rule.STRUCTURE, "'" + key + "' must be a list (of " + shape.element().name() + "s) but is " + describe(node));
            return;
        }
        if (key.equals("refs") && sequence.getValue().isEmpty()) {
            report(node, Rule.EMPTY_REFS, "'refs: []' can never pass: the collector fails on an empty expected ref list;"
                    + " remove 'refs' to leave refs unchecked, or list the expected refs");
        }
        for (Node element : sequence.getValue()) {
            walk(element, shape.element(), key);
        }
        List<String> mandatory = Schema.MANDATORY_KEYS.getOrDefault(shape.element(), List.of());
        for (Node element : sequence.getValue()) {
            for (String required : mandatory) {
                if (element instanceof MappingNode && YamlLoader.get(element, required).isEmpty()) {
                    missing(element, shape.element(), required);
                }
            }
        }
    }

    private void missing(Node element, Shape shape, String required) {
        if (shape == Schema.REF) {
            report(element, Rule.REF_MISSING_KEY, "this ref has no '" + required + "': the collector fails with HTTP 500;"
                    + " add '" + required + ": not null' if any value will do");
        } else {
            report(element, Rule.MISSING_KEY, "this " + shape.name() + " has no '" + required + "': the collector fails on"
                    + " it with HTTP 500, whatever it received; add '" + required + ":'");
        }
    }

    private void value(Node node, Shape shape, String key) {
        if (!(node instanceof ScalarNode scalar)) {
            report(node, Rule.STRUCTURE, "'" + key + "' must be a single value but is " + describe(node));
            return;
        }
        if (scalar.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL || scalar.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED
                || scalar.getStartMark().getLine() != scalar.getEndMark().getLine()) {
            report(node, Rule.MULTILINE_SCALAR, "the value of '" + key + "' spans several lines; the test client doubles every newline"
                    + " when it posts the file, so the value changes: write it on one line");
        }
        String raw = scalar.getValue();
        if (shape.stringOnly() && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && !scalar.getTag().equals(Tag.STR)) {
            report(node, Rule.NON_STRING_VALUE, "'" + key + ": " + raw + "' is not a string, and the collector answers HTTP 500 for it:"
                    + " quote it ('" + raw + "')");
        }
        if (raw.contains("${") && BROKEN_PLACEHOLDER.matcher(raw).find()) {  // the pattern only for the values that can match
            report(node, Rule.BROKEN_PLACEHOLDER, "the ${service[i]} placeholder never works in the collector: write 'not null'");
        }
        expression(node, shape, key, raw);
    }

    private void expression(Node node, Shape shape, String key, String raw) {
        Expression expression = agent == Agent.PYTHON ? Expression.parse(raw) : Expression.parseNewer(raw);
        String trimmed = raw.trim();
        // runs once per value: the regexes only see the few values that can need them
        String collapsed = hasOddSpacing(trimmed) ? WHITESPACE_RUN.matcher(trimmed).replaceAll(" ") : trimmed;
        switch (expression.operator()) {
            case GT, GE -> {
                String op = expression.operator().name().toLowerCase();
                if (!Expression.isNumber(expression.operand())) {
                    report(node, Rule.EXPRESSION, "'" + op + "' needs a number, not '" + expression.operand()
                            + "': the collector crashes (HTTP 500) parsing it");
                } else if (shape.kind() != Shape.Kind.NUMBER && !shape.stringOnly()) {
                    // a tag or log value is text that may well be a number ('200'): the collector parses what it received
                    report(node, Rule.EXPRESSION, "'" + op + "' compares numbers but '" + key + "' is text: the collector crashes (HTTP 500);"
                            + " use 'not null', 'not blank' or a literal");
                }
            }
            case LITERAL -> {
                // the Java agent's newer collector reads 'gt  0' as 'gt' and the rest trimmed: only 'not  null' stays literal there
                if (!collapsed.equals(trimmed) && (collapsed.equals("not null") || collapsed.equals("not blank")
                        || agent == Agent.PYTHON && SPACED_OPERATOR.matcher(collapsed).matches())) {
                    report(node, Rule.EXPRESSION, "'" + trimmed + "' is compared literally, not as an operator:"
                            + " write '" + collapsed + "' with single spaces");
                } else if ((trimmed.startsWith("not ") || trimmed.startsWith("null")) && STRAY_PUNCTUATION.matcher(collapsed).matches()) {
                    report(node, Rule.EXPRESSION, "'" + trimmed + "' is compared literally, not as an operator: remove what follows '"
                            + collapsed.replaceFirst("\\s*+\\p{Punct}++$", "") + "'");
                } else if ((trimmed.startsWith("start ") || trimmed.startsWith("end ")) && NEWER_OPERATOR.matcher(trimmed).matches()) {
                    report(node, Rule.UNSUPPORTED_OPERATOR, "'" + trimmed + "' is compared literally by the pinned collector"
                            + " (start with/end with came later): use the exact value or 'not null'");
                } else if (shape.kind() == Shape.Kind.NUMBER && !Expression.isNumber(trimmed)) {
                    report(node, Rule.EXPRESSION, "'" + key + "' is a number, so '" + trimmed + "' can never match");
                } else if (!shape.values().isEmpty() && !shape.values().contains(trimmed)) {
                    report(node, Rule.EXPRESSION, "the agent sends " + String.join(" or ", shape.values()) + " as '" + key
                            + "', so '" + trimmed + "' can never match" + Suggestions.closest(trimmed, shape.values())
                            .map(v -> ": did you mean '" + v + "'?").orElse(""));
                }
            }
            case EQ -> {
                if (!shape.values().isEmpty() && !shape.values().contains(expression.operand())) {
                    report(node, Rule.EXPRESSION, "the agent sends " + String.join(" or ", shape.values()) + " as '" + key
                            + "', so '" + trimmed + "' can never match");
                }
            }
            default -> {
            }
        }
    }

    /** Whitespace other than single spaces: the only case in which collapsing can change the text. */
    private static boolean hasOddSpacing(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "the value '" + ((ScalarNode) node).getValue() + "'";
    }

    private void report(Node node, Rule rule, String message) {
        findings.add(rule, line(node), column(node), message);
    }
}

package io.github.swplugin.check.expected;

import io.github.swplugin.check.YamlLoader;
import io.github.swplugin.collector.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Read-only views of the parts of {@code expected.data.yml} the semantic checks need. */
final class Trace {
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

    private Trace() {
    }

    /** The mapping elements of the list held by {@code key}; anything malformed is skipped (KeyValueCheck reports it). */
    static List<MappingNode> mappings(Node parent, String key) {
        return YamlLoader.get(parent, key)
                .filter(SequenceNode.class::isInstance)
                .map(n -> ((SequenceNode) n).getValue().stream()
                        .filter(MappingNode.class::isInstance).map(MappingNode.class::cast).toList())
                .orElse(List.of());
    }

    static List<MappingNode> segmentItems(Node root) {
        return mappings(root, "segmentItems");
    }

    static List<MappingNode> segments(Node segmentItem) {
        return mappings(segmentItem, "segments");
    }

    static List<MappingNode> spans(Node segment) {
        return mappings(segment, "spans");
    }

    /** Every span of every segment of every service, in file order. */
    static List<MappingNode> allSpans(Node root) {
        List<MappingNode> all = new ArrayList<>();
        for (MappingNode item : segmentItems(root)) {
            for (MappingNode segment : segments(item)) {
                all.addAll(spans(segment));
            }
        }
        return all;
    }

    static List<MappingNode> refs(Node span) {
        return mappings(span, "refs");
    }

    /** The expression of a scalar field, if present. */
    static Optional<Expression> expression(Node mapping, String key) {
        return YamlLoader.scalar(mapping, key).map(s -> Expression.parse(s.getValue()));
    }

    /** The exact text a field demands, if it is a literal (or {@code eq x}). */
    static Optional<String> exact(Node mapping, String key) {
        return YamlLoader.scalar(mapping, key)
                .filter(s -> !s.getTag().equals(Tag.NULL))
                .flatMap(s -> Expression.parse(s.getValue()).exactValue());
    }

    /** The exact integer a field demands, if it demands one. */
    static OptionalInt exactInt(Node mapping, String key) {
        return exact(mapping, key).filter(v -> INTEGER.matcher(v).matches())
                .map(v -> OptionalInt.of(Integer.parseInt(v))).orElse(OptionalInt.empty());
    }

    /** Where to point a finding about a field: the value if present, else the mapping itself. */
    static Node at(Node mapping, String key) {
        return YamlLoader.get(mapping, key).orElse(mapping);
    }
}

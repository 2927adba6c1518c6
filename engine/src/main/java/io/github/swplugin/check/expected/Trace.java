package io.github.swplugin.check.expected;

import io.github.swplugin.check.YamlLoader;
import io.github.swplugin.collector.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Read-only views of the parts of {@code expected.data.yml} the semantic checks need. */
final class Trace {
    private Trace() {
    }

    /** The mapping elements of the list held by {@code key}; anything malformed is skipped (KeyValueCheck reports it). */
    static List<MappingNode> mappings(Node parent, String key) {
        if (!(YamlLoader.get(parent, key).orElse(null) instanceof SequenceNode list)) {
            return List.of();
        }
        // a loop, not a stream: called for every span and ref of every file, it runs before the JIT has compiled anything
        List<MappingNode> mappings = new ArrayList<>(list.getValue().size());
        for (Node element : list.getValue()) {
            if (element instanceof MappingNode mapping) {
                mappings.add(mapping);
            }
        }
        return mappings;
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
        if (!(YamlLoader.get(mapping, key).orElse(null) instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
            return Optional.empty();
        }
        return Expression.parse(scalar.getValue()).exactValue();
    }

    /** The exact integer a field demands, if it demands one: an optional minus and one to nine digits. */
    static OptionalInt exactInt(Node mapping, String key) {
        String value = exact(mapping, key).orElse("");
        int digits = value.startsWith("-") ? 1 : 0;
        if (value.length() == digits || value.length() - digits > 9) {
            return OptionalInt.empty();
        }
        for (int i = digits; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(Integer.parseInt(value));
    }

    /** Where to point a finding about a field: the value if present, else the mapping itself. */
    static Node at(Node mapping, String key) {
        return YamlLoader.get(mapping, key).orElse(mapping);
    }
}

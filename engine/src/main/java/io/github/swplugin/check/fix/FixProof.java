package io.github.swplugin.check.fix;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.YamlLoader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Proof that a repaired YAML file says what the original said, but for what the repair meant to change: it is
 * parsed again (an alias moved before its anchor fails here), and both documents are compared with every
 * {@code spans} list taken as a set of spans (their order is what a reorder changes) and, where dead keys were
 * removed, without {@code operationId}. A line deletion that took another key with it (a flow mapping, an anchor)
 * shows as a difference, and the file is refused.
 */
final class FixProof {
    private FixProof() {
    }

    /** Whether {@code after} is {@code before} up to span order and, if {@code withoutOperationIds}, operationId keys. */
    static boolean preserves(String before, String after, YamlLoader loader, boolean withoutOperationIds) {
        FileFindings problems = new FileFindings("");
        Optional<Node> original = loader.compose(before, problems);
        Optional<Node> repaired = loader.compose(after, problems);
        if (!problems.list().isEmpty() || original.isEmpty() || repaired.isEmpty()) {
            return false;
        }
        return canonical(original.get(), withoutOperationIds, new IdentityHashMap<>())
                .equals(canonical(repaired.get(), withoutOperationIds, new IdentityHashMap<>()));
    }

    /** The node as text: scalars with their tags, mappings in order, spans sorted; aliases rendered once each. */
    private static String canonical(Node node, boolean withoutOperationIds, Map<Node, String> done) {
        String known = done.get(node);
        if (known != null) {
            return known;
        }
        String text;
        if (node instanceof ScalarNode scalar) {
            text = scalar.getTag().getValue() + "\"" + scalar.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        } else if (node instanceof SequenceNode list) {
            List<String> items = new ArrayList<>();
            list.getValue().forEach(item -> items.add(canonical(item, withoutOperationIds, done)));
            text = "[" + String.join(",", items) + "]";
        } else if (node instanceof MappingNode map) {
            StringBuilder out = new StringBuilder("{");
            for (NodeTuple tuple : map.getValue()) {
                Node key = tuple.getKeyNode();
                String name = key instanceof ScalarNode scalar ? scalar.getValue() : null;
                if (withoutOperationIds && "operationId".equals(name)) {
                    continue;
                }
                String value = canonical(tuple.getValueNode(), withoutOperationIds, done);
                if ("spans".equals(name) && tuple.getValueNode() instanceof SequenceNode spans) {
                    List<String> sorted = new ArrayList<>();
                    spans.getValue().forEach(span -> sorted.add(canonical(span, withoutOperationIds, done)));
                    sorted.sort(null);
                    value = "spans" + sorted;
                }
                out.append(canonical(key, withoutOperationIds, done)).append(':').append(value).append(',');
            }
            text = out.append('}').toString();
        } else {
            text = String.valueOf(node);
        }
        done.put(node, text);
        return text;
    }
}

package io.github.swplugin.check.fix;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.YamlLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Deletes the {@code operationId} lines the collector never reads, where the key has a line of its own. */
final class DeadKeyFix {
    private DeadKeyFix() {
    }

    static Optional<String> apply(String text, YamlLoader loader) {
        Optional<Node> root = loader.compose(text, new FileFindings(""));
        if (root.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<Integer> lines = new TreeSet<>();
        collect(root.get(), lines, text.split("\n", -1));
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        List<String> kept = new ArrayList<>();
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            if (!lines.contains(i)) {
                kept.add(all[i]);
            }
        }
        return Optional.of(String.join("\n", kept));
    }

    private static void collect(Node node, TreeSet<Integer> lines, String[] text) {
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("operationId")
                        && tuple.getValueNode() instanceof ScalarNode value
                        && key.getStartMark().getLine() == value.getEndMark().getLine()
                        && text[key.getStartMark().getLine()].substring(0, key.getStartMark().getColumn()).isBlank()) {
                    lines.add(key.getStartMark().getLine());
                }
                collect(tuple.getValueNode(), lines, text);
            }
        } else if (node instanceof SequenceNode list) {
            list.getValue().forEach(child -> collect(child, lines, text));
        }
    }
}

package io.github.swplugin.check.fix;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.YamlLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Moves the spans of each segment into finish order (post-order: children before their parent, the
 * root last, siblings in the order they are listed) by moving their lines; nothing else changes.
 * A segment is left alone unless its tree is unambiguous: literal, unique ids, one root, every
 * parent listed, and one span per block of lines.
 */
final class SpanOrderFix {
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

    private SpanOrderFix() {
    }

    /** The reordered text, or empty when nothing could or needed to be moved. */
    static Optional<String> apply(String text, YamlLoader loader) {
        Optional<Node> root = loader.compose(text, new FileFindings(""));
        if (root.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> lineStarts = lineStarts(text);
        String result = text;
        // rewrite from the end, so earlier line numbers stay valid
        List<SequenceNode> lists = new ArrayList<>();
        collectSpanLists(root.get(), lists);
        for (int i = lists.size() - 1; i >= 0; i--) {
            Optional<String> reordered = reorder(result, lineStarts, lists.get(i));
            if (reordered.isPresent()) {
                result = reordered.get();
            }
        }
        return result.equals(text) ? Optional.empty() : Optional.of(result);
    }

    private static void collectSpanLists(Node root, List<SequenceNode> lists) {
        for (Node item : children(root, "segmentItems")) {
            for (Node segment : children(item, "segments")) {
                YamlLoader.get(segment, "spans").filter(SequenceNode.class::isInstance).map(SequenceNode.class::cast).ifPresent(lists::add);
            }
        }
    }

    private static List<Node> children(Node parent, String key) {
        return YamlLoader.get(parent, key).filter(SequenceNode.class::isInstance).map(n -> ((SequenceNode) n).getValue()).orElse(List.of());
    }

    private static Optional<String> reorder(String text, List<Integer> lineStarts, SequenceNode list) {
        List<Node> spans = list.getValue();
        if (spans.size() < 2 || list.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
            return Optional.empty();
        }
        Map<Integer, Integer> indexById = new HashMap<>();
        Map<Integer, List<Integer>> children = new LinkedHashMap<>();
        int root = -1;
        for (int i = 0; i < spans.size(); i++) {
            Optional<Integer> id = integer(spans.get(i), "spanId");
            Optional<Integer> parent = integer(spans.get(i), "parentSpanId");
            if (!(spans.get(i) instanceof MappingNode) || id.isEmpty() || parent.isEmpty() || indexById.put(id.get(), i) != null) {
                return Optional.empty();
            }
            if (parent.get() == -1) {
                if (root >= 0) {
                    return Optional.empty();
                }
                root = i;
            }
        }
        if (root < 0) {
            return Optional.empty();
        }
        for (int i = 0; i < spans.size(); i++) {
            int parent = integer(spans.get(i), "parentSpanId").orElseThrow();
            if (parent != -1) {
                Integer parentIndex = indexById.get(parent);
                if (parentIndex == null) {
                    return Optional.empty();
                }
                children.computeIfAbsent(parentIndex, k -> new ArrayList<>()).add(i);
            }
        }
        List<Integer> order = new ArrayList<>();
        postOrder(root, children, order);
        if (order.size() != spans.size()) {
            return Optional.empty();  // a cycle, or spans not under the root
        }
        int[] starts = new int[spans.size() + 1];
        for (int i = 0; i < spans.size(); i++) {
            starts[i] = lineStarts.get(spans.get(i).getStartMark().getLine());
            if (i > 0 && starts[i] <= starts[i - 1]) {
                return Optional.empty();  // two spans on one line
            }
        }
        int endLine = list.getEndMark().getLine();
        starts[spans.size()] = list.getEndMark().getIndex() >= text.length() || endLine >= lineStarts.size() ? text.length() : lineStarts.get(endLine);
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            blocks.add(text.substring(starts[i], starts[i + 1]));
        }
        // the last block may end the file without a line break: lend it one in the file's own style while it moves
        String last = blocks.get(blocks.size() - 1);
        String lineBreak = text.contains("\r\n") ? "\r\n" : "\n";
        boolean noFinalNewline = !last.endsWith("\n");
        if (noFinalNewline) {
            blocks.set(blocks.size() - 1, last + lineBreak);
        }
        StringBuilder reordered = new StringBuilder();
        order.forEach(i -> reordered.append(blocks.get(i)));
        if (noFinalNewline) {
            reordered.setLength(reordered.length() - lineBreak.length());
        }
        return Optional.of(text.substring(0, starts[0]) + reordered + text.substring(starts[spans.size()]));
    }

    private static void postOrder(int node, Map<Integer, List<Integer>> children, List<Integer> order) {
        for (int child : children.getOrDefault(node, List.of())) {
            postOrder(child, children, order);
        }
        order.add(node);
    }

    private static Optional<Integer> integer(Node span, String key) {
        return YamlLoader.scalar(span, key).map(ScalarNode::getValue).map(String::trim)
                .filter(v -> INTEGER.matcher(v).matches()).map(Integer::parseInt);
    }

    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        Matcher newline = Pattern.compile("\n").matcher(text);
        while (newline.find()) {
            starts.add(newline.end());
        }
        return starts;
    }
}

package io.github.swplugin.check.python;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.YamlLoader;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** SkyWalking's {@code component-libraries.yml}: component ids with their names and languages. */
public final class ComponentRegistry {

    /** One registered component. */
    public record Entry(String name, int id, String languages) {
        public boolean usedBy(String language) {
            for (String listed : languages.split(",")) {
                if (listed.trim().equalsIgnoreCase(language) || listed.trim().equalsIgnoreCase("All")) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<Integer, Entry> byId;

    private ComponentRegistry(Map<Integer, Entry> byId) {
        this.byId = byId;
    }

    public static ComponentRegistry read(String text, YamlLoader loader, FileFindings findings) {
        Map<Integer, Entry> byId = new HashMap<>();
        loader.compose(text, findings).ifPresent(root -> {
            if (root instanceof MappingNode map) {
                for (NodeTuple tuple : map.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode name) {
                        entry(name.getValue(), tuple).ifPresent(e -> byId.putIfAbsent(e.id(), e));
                    }
                }
            }
        });
        return new ComponentRegistry(byId);
    }

    private static Optional<Entry> entry(String name, NodeTuple tuple) {
        Optional<String> id = YamlLoader.scalar(tuple.getValueNode(), "id").map(ScalarNode::getValue)
                .filter(v -> v.matches("\\d{1,9}"));
        String languages = YamlLoader.scalar(tuple.getValueNode(), "languages")
                .or(() -> YamlLoader.scalar(tuple.getValueNode(), "language"))
                .map(ScalarNode::getValue).orElse("");
        return id.map(v -> new Entry(name, Integer.parseInt(v), languages));
    }

    /** No registry: no component is known. */
    public static ComponentRegistry empty() {
        return new ComponentRegistry(Map.of());
    }

    public Optional<Entry> byId(int id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The id registered under this name, compared without case (the enum says ClickhouseDriver, the registry ClickHouse-Driver). */
    public OptionalInt idOf(String name) {
        return byId.values().stream().filter(e -> e.name().equalsIgnoreCase(name)).mapToInt(Entry::id).min();
    }

    public boolean uses(int id) {
        return byId.containsKey(id);
    }
}

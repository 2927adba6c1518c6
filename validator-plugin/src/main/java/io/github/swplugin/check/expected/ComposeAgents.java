package io.github.swplugin.check.expected;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.YamlLoader;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The {@code SW_AGENT_NAME}s a docker-compose file gives its services, in map or list form. */
public final class ComposeAgents {
    private static final String VARIABLE = "SW_AGENT_NAME";

    private ComposeAgents() {
    }

    public static Set<String> read(String text, YamlLoader loader, FileFindings findings) {
        Set<String> names = new TreeSet<>();
        loader.compose(text, findings).flatMap(root -> YamlLoader.get(root, "services")).ifPresent(services -> {
            if (services instanceof MappingNode map) {
                for (NodeTuple service : map.getValue()) {
                    YamlLoader.get(service.getValueNode(), "environment").ifPresent(env -> collect(env, names));
                }
            }
        });
        return names;
    }

    private static void collect(Node environment, Set<String> names) {
        if (environment instanceof MappingNode map) {
            YamlLoader.scalar(map, VARIABLE).ifPresent(value -> names.add(value.getValue()));
        } else if (environment instanceof SequenceNode list) {
            for (Node entry : list.getValue()) {
                if (entry instanceof ScalarNode scalar && scalar.getValue().startsWith(VARIABLE + "=")) {
                    names.add(scalar.getValue().substring(VARIABLE.length() + 1));
                }
            }
        }
    }
}

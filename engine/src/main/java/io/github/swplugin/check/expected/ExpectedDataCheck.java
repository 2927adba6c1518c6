package io.github.swplugin.check.expected;

import static io.github.swplugin.check.YamlLoader.column;
import static io.github.swplugin.check.YamlLoader.line;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Rule;
import io.github.swplugin.check.YamlLoader;
import io.github.swplugin.check.python.SpanOrigins;
import io.github.swplugin.collector.Agent;
import io.github.swplugin.collector.CollectorLoader;
import io.github.swplugin.collector.Rejected;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Checks one {@code expected.data.yml}: the YAML, its keys and values, span trees and refs. */
public final class ExpectedDataCheck {
    private final YamlLoader loader;
    private final List<String> layers;
    private final IntFunction<String> componentProblem;
    private final Agent agent;
    private final SpanOrigins origins;
    private final boolean operationIdCompared;

    /**
     * @param layers the names spanLayer may take
     * @param componentProblem says why a componentId is unknown, or returns null when it is fine
     * @param agent whose test runner posts the file to its pinned collector
     * @param origins what the plugin modules say about the spans of their components
     * @param operationIdCompared whether the pinned collector still compares a span's operationId (before 5acb890)
     */
    public ExpectedDataCheck(YamlLoader loader, List<String> layers, IntFunction<String> componentProblem, Agent agent,
            SpanOrigins origins, boolean operationIdCompared) {
        this.loader = loader;
        this.layers = layers;
        this.componentProblem = componentProblem;
        this.agent = agent;
        this.origins = origins;
        this.operationIdCompared = operationIdCompared;
    }

    /** A Java agent's scenario: its directory's name and the names of every scenario of the checkout. */
    public record Scenario(String name, Set<String> all) {
    }

    /**
     * @param agentNames the SW_AGENT_NAMEs of the test's docker-compose file, when it has any
     * @param scenario   the Java agent's scenario the file belongs to, or null
     * @return the file's root node, or empty when it has none
     */
    public Optional<Node> check(String text, FileFindings findings, Optional<Set<String>> agentNames, Scenario scenario) {
        int before = findings.list().size();
        Optional<Node> composed = loader.compose(text, findings);
        if (composed.isEmpty()) {
            boolean syntaxError = findings.list().size() > before;
            if (!syntaxError) {
                findings.add(Rule.STRUCTURE, 1, 1, "the file is empty, so the collector checks nothing: list the expected segmentItems");
            }
            return composed;
        }
        Node root = composed.get();
        new KeyValueCheck(findings, agent, operationIdCompared).check(root);
        if (text.indexOf('&') >= 0) {
            anchorsTheLoaderCannotUse(text, findings);
        }
        if (!(root instanceof MappingNode)) {
            return composed;
        }
        new SpanCheck(findings, layers, componentProblem, origins).check(root);
        new RefCheck(findings).check(root);
        agentNames.ifPresent(names -> services(root, names, findings));
        if (scenario != null) {
            scenarioServices(root, scenario, findings);
        }
        return composed;
    }

    /** Only a file with anchors can hold a value the collector's loader first builds under a key it drops. */
    private void anchorsTheLoaderCannotUse(String text, FileFindings findings) {
        try {
            CollectorLoader.load(text, agent == Agent.PYTHON);
        } catch (Rejected e) {
            if (e.getMessage().startsWith(CollectorLoader.BUILT_UNTYPED)) {
                findings.add(Rule.COLLECTOR_LOADER, e.place().line(), e.place().column(), e.getMessage());
            }
        }
    }

    /** The runner names the service after its scenario: another scenario's name is left from the file it was copied from. */
    private static void scenarioServices(Node root, Scenario scenario, FileFindings findings) {
        for (String items : List.of("segmentItems", "meterItems", "logItems")) {
            for (MappingNode item : Trace.mappings(root, items)) {
                Optional<ScalarNode> name = YamlLoader.scalar(item, "serviceName");
                Optional<String> exact = Trace.exact(item, "serviceName");
                if (name.isPresent() && exact.isPresent() && !exact.get().equals(scenario.name()) && scenario.all().contains(exact.get())) {
                    findings.add(Rule.SCENARIO_SERVICE, line(name.get()), column(name.get()), "serviceName '" + exact.get()
                            + "' is another scenario's: the plugin test runner names this scenario's service '" + scenario.name()
                            + "', so this can never match (copied from " + exact.get() + "?)");
                }
            }
        }
    }

    private static void services(Node root, Set<String> agentNames, FileFindings findings) {
        for (String items : List.of("segmentItems", "meterItems", "logItems")) {
            for (MappingNode item : Trace.mappings(root, items)) {
                Optional<ScalarNode> name = YamlLoader.scalar(item, "serviceName");
                Optional<String> exact = Trace.exact(item, "serviceName");
                if (name.isPresent() && exact.isPresent() && !agentNames.contains(exact.get())) {
                    findings.add(Rule.COMPOSE_SERVICE, line(name.get()), column(name.get()), "serviceName '" + exact.get()
                            + "' is not an SW_AGENT_NAME in the test's docker-compose.yml (" + String.join(", ", new TreeSet<>(agentNames))
                            + "): no agent reports it, so this can never match");
                }
            }
        }
    }
}

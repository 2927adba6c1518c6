package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.expected.ComponentUse;
import io.github.swplugin.check.expected.ExpectedDataCheck;
import io.github.swplugin.check.expected.PeerUse;
import io.github.swplugin.collector.Agent;
import io.github.swplugin.collector.MockCollectorPin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** A test's expected data, with what the enum, the plugin modules and the test's compose files say. */
public final class ExpectedDataFile implements FileCheck {
    private static final String SCENARIOS = "test/plugin/scenarios/";

    @Override
    public boolean reads(String path, Agent agent) {
        return agent.isExpectedData(path);
    }

    /** The scenario of a Java agent's expectation (test/plugin/scenarios/<scenario>/config/...), else null. */
    public static String scenario(String path) {
        return path.startsWith(SCENARIOS) ? path.substring(SCENARIOS.length(), path.indexOf('/', SCENARIOS.length())) : null;
    }

    @Override
    public void check(SourceText file, RunContext context, FileFindings findings) {
        String scenario = context.agent() == Agent.JAVA ? scenario(file.path()) : null;
        boolean operationIdCompared = context.collectorPin().map(MockCollectorPin::comparesOperationId).orElse(false);
        Optional<Node> root = new ExpectedDataCheck(context.yaml(), context.layers(), context.componentProblem(), context.agent(),
                context.origins(), operationIdCompared)
                .check(file.text(), findings, context.agentNamesIn(RunContext.parent(file.path())),
                        scenario == null ? null : new ExpectedDataCheck.Scenario(scenario, context.scenarios()));
        if (context.agent() == Agent.PYTHON) {
            List<String> facts = new ArrayList<>();
            root.map(ComponentUse::in).orElse(List.of()).forEach(use -> facts.add(use.fact()));
            root.map(PeerUse::in).orElse(List.of()).forEach(use -> facts.add(use.fact()));
            context.facts(file.path(), facts);
        }
    }
}

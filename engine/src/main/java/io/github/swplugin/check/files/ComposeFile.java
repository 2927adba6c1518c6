package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.expected.ComposeAgents;
import io.github.swplugin.check.expected.ComposeChecks;
import io.github.swplugin.check.expected.ComposeDocument;
import io.github.swplugin.check.expected.ComposeServices;
import io.github.swplugin.check.YamlLoader;
import io.github.swplugin.collector.Agent;
import io.github.swplugin.core.TreePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** A test's docker-compose*.yml: its services, and the agent names the test's expectations may use. */
public final class ComposeFile implements FileCheck {
    private static final Pattern NAME = Pattern.compile("docker-compose[\\w.-]*\\.ya?ml");

    public static boolean is(String path) {
        return TreePath.below("tests/", "docker-compose", NAME, path);
    }

    @Override
    public boolean reads(String path, Agent agent) {
        return is(path);
    }

    static final String AGENT = "agent ";
    static final String VARIABLE = "variable ";
    static final String EXTENDS = "extends ";

    @Override
    public void check(SourceText file, RunContext context, FileFindings findings) {
        ComposeServices.check(file.text(), findings);
        Set<String> agentNames = ComposeAgents.read(file.text());
        context.agentNames(file.path(), agentNames);
        ComposeDocument compose = ComposeDocument.read(file.text(), context.yaml());
        ComposeChecks.check(compose, context.agentVariables(), findings);
        List<String> facts = facts(agentNames, compose);
        facts.addAll(ComposeScripts.facts(file.path(), compose));
        facts.addAll(ServicePorts.facts(compose));
        context.facts(file.path(), facts);
    }

    /**
     * What the checks across files need, kept with the file's cache entry: its agent names, its SW_ variables and the
     * files it extends, each with where it stands.
     */
    private static List<String> facts(Set<String> agentNames, ComposeDocument compose) {
        List<String> facts = new ArrayList<>();
        agentNames.forEach(name -> facts.add(AGENT + name));
        for (ComposeDocument.Service service : compose.services().values()) {
            for (ComposeDocument.Variable variable : service.environment()) {
                if (variable.name().startsWith("SW_") && !variable.name().contains(" ")) {
                    facts.add(VARIABLE + variable.name() + " " + YamlLoader.line(variable.nameNode()) + " " + YamlLoader.column(variable.nameNode()));
                }
            }
            if (service.extendsFile() != null) {
                facts.add(EXTENDS + YamlLoader.line(service.extendsFile()) + " " + YamlLoader.column(service.extendsFile()) + " "
                        + service.extendsFile().getValue());
            }
        }
        return facts;
    }

    /** The agent names among a compose file's facts. */
    public static Set<String> agentNames(List<String> facts) {
        return Set.copyOf(PackedStrings.after(facts, AGENT));  // kept as it is by the context
    }
}

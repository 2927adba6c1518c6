package io.github.swplugin.check.expected;

import static io.github.swplugin.check.YamlLoader.column;
import static io.github.swplugin.check.YamlLoader.line;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Rule;
import io.github.swplugin.check.python.AgentVariables;
import io.github.swplugin.core.Suggestions;
import io.github.swplugin.core.Words;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** What Compose refuses in a test's compose file, and settings the agent never reads. */
public final class ComposeChecks {
    /** The booleans of YAML 1.2, which every Compose reads as booleans, not strings. */
    private static final Pattern LOCAL_ADDRESS = Pattern.compile("(?<![\\w.-])(localhost|127\\.0\\.0\\.1|\\[::1]):(\\d+)(?!\\d)");
    private static final Set<String> BOOLEANS = Set.of("true", "True", "TRUE", "false", "False", "FALSE");

    private ComposeChecks() {
    }

    /**
     * localhost in a container is the container itself: an address there with a port that only another service of the
     * file listens on reaches nothing; the other service is reached by its name.
     */
    private static void localAddresses(ComposeDocument compose, ComposeDocument.Service service, FileFindings findings) {
        if (service.networkMode()) {
            return;
        }
        for (ComposeDocument.Variable variable : service.environment()) {
            if (!(variable.value() instanceof ScalarNode value)) {
                continue;
            }
            Matcher local = LOCAL_ADDRESS.matcher(value.getValue());
            while (local.find()) {
                String port = local.group(2);
                if (service.ports().contains(port)) {
                    continue;
                }
                List<String> owners = compose.services().values().stream().filter(s -> s != service && s.ports().contains(port))
                        .map(ComposeDocument.Service::name).toList();
                if (!owners.isEmpty()) {
                    findings.add(Rule.COMPOSE_LOCALHOST, line(value), column(value), variable.name() + ": " + local.group()
                            + " is this container ('" + service.name() + "'), but port " + port + " is "
                            + Words.list(owners) + "'s: containers reach each other by service name: write "
                            + owners.get(0) + ":" + port);
                }
            }
        }
    }

    /** @param agent what the checkout's agent reads, or empty when the checkout does not show it */
    public static void check(ComposeDocument compose, Optional<AgentVariables> agent, FileFindings findings) {
        for (ComposeDocument.Service service : compose.services().values()) {
            // a service runs the agent when it sets a variable the agent reads; others (the OAP, a broker) have SW_ settings of their own
            boolean runsAgent = agent.isPresent() && service.environment().stream().anyMatch(v -> agent.get().reads(v.name()));
            for (ComposeDocument.Variable variable : service.environment()) {
                if (variable.value() instanceof ScalarNode value && value.getTag().equals(Tag.BOOL)
                        && value.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && BOOLEANS.contains(value.getValue())) {
                    findings.add(Rule.COMPOSE_ENVIRONMENT, line(value), column(value), variable.name() + ": " + value.getValue()
                            + " is a boolean, and Compose accepts only strings, numbers and null in environment: it refuses the"
                            + " file; quote it ('" + value.getValue() + "')");
                }
                if (runsAgent && variable.name().startsWith("SW_") && !agent.get().reads(variable.name())) {
                    String hint = Suggestions.closest(variable.name(), agent.get().names()).map(n -> ": did you mean " + n + "?")
                            .orElse(": remove it, or name an option the agent has");
                    findings.add(Rule.AGENT_CONFIG, line(variable.nameNode()), column(variable.nameNode()), "the agent never reads "
                            + variable.name() + " (no source of the checkout's skywalking/ names it), so the setting is lost" + hint);
                }
            }
            localAddresses(compose, service, findings);
            ScalarNode base = service.extendsHere();
            if (base != null && !compose.services().containsKey(base.getValue())) {
                findings.add(Rule.COMPOSE_REFERENCE, line(base), column(base), "service '" + service.name() + "' extends '"
                        + base.getValue() + "', which this file does not define (" + Words.list(compose.services().keySet())
                        + "), and names no other file: Compose refuses the file");
            }
            for (ScalarNode dependency : service.dependsOn()) {
                if (!compose.services().containsKey(dependency.getValue())) {
                    findings.add(Rule.COMPOSE_REFERENCE, line(dependency), column(dependency), "service '" + service.name()
                            + "' depends on '" + dependency.getValue() + "', which this file does not define ("
                            + Words.list(compose.services().keySet()) + "): Compose refuses the file");
                }
            }
        }
    }
}

package io.github.swplugin.check.expected;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.YamlLoader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A docker-compose file as Compose reads the parts the checks need: its services, each with its environment and the
 * services it depends on, every name with its node (for the line). A file that is not YAML gives no services: Compose
 * refuses it whatever else it says.
 */
public final class ComposeDocument {
    /** One variable of a service's environment; {@code value} is the node of the map form, null in the list form. */
    public record Variable(String name, Node nameNode, Node value) {
    }

    /** A volume: where it is mounted in the container, and what: a host path as written, or a named volume. */
    public record Volume(String target, String source) {
        /** Compose reads a source starting with . or .. as a path relative to the file's directory. */
        public boolean relative() {
            return source.equals(".") || source.equals("..") || source.startsWith("./") || source.startsWith("../");
        }
    }

    /** A file the service's command runs (an absolute container path ending in .py or .sh), with the node naming it. */
    public record Script(String path, ScalarNode node) {
    }

    /** A port the service's healthcheck connects to on the container itself, with the node naming it. */
    public record Probe(int port, ScalarNode node) {
    }

    /**
     * One service: its name's node, its environment, the names under depends_on, the service it extends within this
     * file (null when it extends none, or one of another file), the file it extends a service of (null when none), the
     * service it extends (of this file or of {@code extendsFile}; null when none), the container ports it publishes or
     * exposes here, whether it shares another network namespace ({@code network_mode}), where localhost is not its own,
     * its volumes, the scripts its command runs, the command's text, the ports its own healthcheck probes, and the
     * services it waits for to be healthy ({@code condition: service_healthy}).
     */
    public record Service(String name, Node nameNode, List<Variable> environment, List<ScalarNode> dependsOn, ScalarNode extendsHere,
            ScalarNode extendsFile, ScalarNode extendsService, Set<String> ports, boolean networkMode, List<Volume> volumes,
            List<Script> scripts, String command, List<Probe> probes, Set<String> waitsHealthy) {
    }

    private static final Pattern SCRIPT = Pattern.compile("(?<![\\w./:-])/[\\w./-]+\\.(?:py|sh)(?![\\w.-])");
    /** The container itself and a port: /dev/tcp/127.0.0.1/9091, http://localhost:9090/, nc -z 127.0.0.1 8080. */
    private static final Pattern PROBE = Pattern.compile("(?<![\\w.-])(?:localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0)(?:/|:|\\s+)(\\d{1,5})(?!\\d)");
    // compiled once: String.matches compiles its pattern on every call, and these run for every item of every compose file
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");
    /** The protocol after a container port: 9091/tcp. */
    private static final Pattern PROTOCOL = Pattern.compile("/.*");
    private static final Set<String> LOCAL_HOST = Set.of("localhost", "127.0.0.1", "0.0.0.0");

    private final Map<String, Service> services;

    private ComposeDocument(Map<String, Service> services) {
        this.services = services;
    }

    public static ComposeDocument read(String text, YamlLoader yaml) {
        Map<String, Service> services = new LinkedHashMap<>();
        // a compose file that is not YAML is Compose's to refuse: its syntax is not reported here
        Optional<Node> root = yaml.compose(text, new FileFindings("compose"));
        Optional<Node> block = root.flatMap(r -> YamlLoader.get(r, "services"));
        if (block.isPresent() && block.get() instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    Node body = tuple.getValueNode();
                    Optional<Node> extended = YamlLoader.get(body, "extends");
                    ScalarNode extendsService = extended.orElse(null) instanceof ScalarNode name ? name
                            : extended.flatMap(e -> YamlLoader.scalar(e, "service")).orElse(null);
                    services.put(key.getValue(), new Service(key.getValue(), key, environment(body), dependsOn(body), extendsHere(body),
                            extended.flatMap(e -> YamlLoader.scalar(e, "file")).orElse(null), extendsService, ports(body),
                            YamlLoader.get(body, "network_mode").isPresent(), volumes(body), scripts(body),
                            text(commandParts(body)), probes(body), waitsHealthy(body)));
                }
            }
        }
        return new ComposeDocument(services);
    }

    public Map<String, Service> services() {
        return services;
    }

    private static List<Variable> environment(Node service) {
        List<Variable> variables = new ArrayList<>();
        Optional<Node> environment = YamlLoader.get(service, "environment");
        if (environment.isPresent() && environment.get() instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    variables.add(new Variable(key.getValue(), key, tuple.getValueNode()));
                }
            }
        } else if (environment.isPresent() && environment.get() instanceof SequenceNode list) {
            for (Node item : list.getValue()) {
                if (item instanceof ScalarNode entry) {
                    int equals = entry.getValue().indexOf('=');
                    variables.add(new Variable(equals < 0 ? entry.getValue() : entry.getValue().substring(0, equals), entry, null));
                }
            }
        }
        return variables;
    }

    /** extends: name, or extends: {service: name} without a file: a service this file must define. */
    private static ScalarNode extendsHere(Node service) {
        Optional<Node> extended = YamlLoader.get(service, "extends");
        if (extended.isPresent() && extended.get() instanceof ScalarNode name) {
            return name;
        }
        if (extended.isPresent() && YamlLoader.get(extended.get(), "file").isEmpty()) {
            return YamlLoader.scalar(extended.get(), "service").orElse(null);
        }
        return null;
    }

    /** The container side of ports ("9091", "8080:9091", "127.0.0.1:8080:9091/tcp", {target: 9091}) and expose. */
    private static Set<String> ports(Node service) {
        Set<String> ports = new HashSet<>();
        for (String key : List.of("ports", "expose")) {
            if (YamlLoader.get(service, key).orElse(null) instanceof SequenceNode list) {
                for (Node item : list.getValue()) {
                    String port = item instanceof ScalarNode scalar ? scalar.getValue()
                            : YamlLoader.scalar(item, "target").map(ScalarNode::getValue).orElse("");
                    port = PROTOCOL.matcher(port.substring(port.lastIndexOf(':') + 1)).replaceFirst("");
                    if (DIGITS.matcher(port).matches()) {
                        ports.add(port);
                    }
                }
            }
        }
        return ports;
    }

    /** The short form ("./src:/app:ro") and the long one ({source: ./src, target: /app}). */
    private static List<Volume> volumes(Node service) {
        List<Volume> volumes = new ArrayList<>();
        if (YamlLoader.get(service, "volumes").orElse(null) instanceof SequenceNode list) {
            for (Node item : list.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    String[] parts = scalar.getValue().split(":");
                    if (parts.length >= 2) {
                        volumes.add(new Volume(parts[1], parts[0]));
                    }
                } else {
                    Optional<ScalarNode> source = YamlLoader.scalar(item, "source");
                    Optional<ScalarNode> target = YamlLoader.scalar(item, "target");
                    if (source.isPresent() && target.isPresent()) {
                        volumes.add(new Volume(target.get().getValue(), source.get().getValue()));
                    }
                }
            }
        }
        return volumes;
    }

    private static List<Script> scripts(Node service) {
        List<Script> scripts = new ArrayList<>();
        for (ScalarNode part : commandParts(service)) {
            Matcher script = SCRIPT.matcher(part.getValue());
            while (script.find()) {
                scripts.add(new Script(script.group(), part));
            }
        }
        return scripts;
    }

    /** The command's words: the string form as one, the list form item by item. */
    private static List<ScalarNode> commandParts(Node service) {
        return scalars(YamlLoader.get(service, "command"));
    }

    /** A command's text: its words joined by spaces. */
    private static String text(List<ScalarNode> command) {
        StringJoiner text = new StringJoiner(" ");
        for (ScalarNode part : command) {
            text.add(part.getValue());
        }
        return text.toString();
    }

    /** The scalar itself, or the scalars of a list: a command's or a healthcheck test's string and list forms. */
    private static List<ScalarNode> scalars(Optional<Node> node) {
        if (node.orElse(null) instanceof ScalarNode scalar) {
            return List.of(scalar);
        }
        List<ScalarNode> scalars = new ArrayList<>();
        if (node.orElse(null) instanceof SequenceNode list) {
            addScalars(list.getValue(), scalars);
        }
        return scalars;
    }

    private static void addScalars(List<Node> nodes, List<ScalarNode> into) {
        for (Node node : nodes) {
            if (node instanceof ScalarNode scalar) {
                into.add(scalar);
            }
        }
    }

    /** The ports of the container itself that healthcheck.test connects to. */
    private static List<Probe> probes(Node service) {
        List<Probe> probes = new ArrayList<>();
        List<ScalarNode> parts = scalars(YamlLoader.get(service, "healthcheck").flatMap(check -> YamlLoader.get(check, "test")));
        for (ScalarNode part : parts) {
            Matcher probe = PROBE.matcher(part.getValue());
            while (probe.find()) {
                probes.add(new Probe(Integer.parseInt(probe.group(1)), part));
            }
        }
        // the list form splits a probe over items: ["CMD", "nc", "-z", "127.0.0.1", "8080"]
        for (int i = 0; i + 1 < parts.size(); i++) {
            if (LOCAL_HOST.contains(parts.get(i).getValue()) && PORT.matcher(parts.get(i + 1).getValue()).matches()) {
                probes.add(new Probe(Integer.parseInt(parts.get(i + 1).getValue()), parts.get(i + 1)));
            }
        }
        return probes;
    }

    /** The services named under depends_on with {@code condition: service_healthy}. */
    private static Set<String> waitsHealthy(Node service) {
        Set<String> names = new HashSet<>();
        if (YamlLoader.get(service, "depends_on").orElse(null) instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode name && YamlLoader.scalar(tuple.getValueNode(), "condition")
                        .filter(condition -> condition.getValue().equals("service_healthy")).isPresent()) {
                    names.add(name.getValue());
                }
            }
        }
        return names;
    }

    private static List<ScalarNode> dependsOn(Node service) {
        List<ScalarNode> names = new ArrayList<>();
        Optional<Node> dependsOn = YamlLoader.get(service, "depends_on");
        if (dependsOn.isPresent() && dependsOn.get() instanceof SequenceNode list) {
            addScalars(list.getValue(), names);
        } else if (dependsOn.isPresent() && dependsOn.get() instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode name) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}

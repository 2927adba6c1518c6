package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Rule;
import io.github.swplugin.check.YamlLoader;
import io.github.swplugin.check.expected.ComposeDocument;
import io.github.swplugin.check.expected.PeerUse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The ports a compose service of a plugin test can be listening on, held against the ports others reach it at: its
 * healthcheck's probe (when a service waits for it to be healthy) and the {@code peer} of the test's expected spans.
 * What a service listens on is known only where every script its command runs was read: then it is one of the numbers
 * those scripts, its command, its environment and its ports name. Anything else (an image, a port read from elsewhere)
 * is not judged.
 */
final class ServicePorts {
    /** A number the service's command or environment names. */
    private static final String NAMES = "port-named ";
    /** A container port of its ports or expose. */
    private static final String PUBLISHED = "port-published ";
    private static final String PROBE = "probe ";
    private static final String AWAITED = "awaited ";
    /** What follows the prefix of a probe fact written by {@link #facts}; anything else (a cache edited by hand) is skipped. */
    private static final Pattern PROBE_FIELDS = Pattern.compile("\\S+ \\d{1,9} \\d{1,9} \\d{1,5}");

    /**
     * A compose file's facts this check reads, parsed once: the numbers each service's command and environment name,
     * the ports it publishes, who waits for each service to be healthy, and the healthchecks' probes (service, line,
     * column, port).
     */
    private record Facts(Map<String, Set<Integer>> named, Map<String, Set<Integer>> published, Map<String, String> awaitedBy,
            List<String[]> probes) {
        static Facts of(List<String> facts) {
            Facts parsed = new Facts(new HashMap<>(), new HashMap<>(), new TreeMap<>(), new ArrayList<>());
            // each written as the facts below write it: a service's name (no blank in it) and a word
            for (String[] named : PackedStrings.fieldsAfter(facts, NAMES, 2)) {
                numbers(named[1], parsed.named.computeIfAbsent(named[0], s -> new TreeSet<>()));
            }
            for (String[] port : PackedStrings.fieldsAfter(facts, PUBLISHED, 2)) {
                numbers(port[1], parsed.published.computeIfAbsent(port[0], s -> new TreeSet<>()));
            }
            for (String[] waits : PackedStrings.fieldsAfter(facts, AWAITED, 2)) {
                parsed.awaitedBy.putIfAbsent(waits[0], waits[1]);
            }
            for (String probe : PackedStrings.after(facts, PROBE)) {
                if (PROBE_FIELDS.matcher(probe).matches()) {
                    parsed.probes.add(probe.split(" "));
                }
            }
            return parsed;
        }
    }

    private ServicePorts() {
    }

    /** The facts of a compose file the check needs, kept with its cache entry. */
    static List<String> facts(ComposeDocument compose) {
        List<String> facts = new ArrayList<>();
        for (ComposeDocument.Service service : compose.services().values()) {
            String name = service.name();
            if (!ComposeScripts.isFactName(name)) {
                continue;
            }
            Set<String> named = new TreeSet<>(TestSourceFile.ports(service.command()));
            for (ComposeDocument.Variable variable : service.environment()) {
                // the map form's value, or the list form's whole NAME=value
                if ((variable.value() != null ? variable.value() : variable.nameNode()) instanceof ScalarNode text) {
                    named.addAll(TestSourceFile.ports(text.getValue()));
                }
            }
            named.forEach(port -> facts.add(NAMES + name + " " + port));
            service.ports().forEach(port -> facts.add(PUBLISHED + name + " " + port));
            for (ComposeDocument.Probe probe : service.probes()) {
                facts.add(PROBE + name + " " + YamlLoader.line(probe.node()) + " " + YamlLoader.column(probe.node()) + " " + probe.port());
            }
            for (String other : service.waitsHealthy()) {
                if (!other.contains(" ")) {
                    facts.add(AWAITED + other + " " + name);
                }
            }
        }
        return facts;
    }

    /**
     * @param path the compose file
     * @param scripts the checkout files each service's command runs, for the services all of whose scripts were found
     * @param expectations the expected data files beside the compose file
     */
    static void check(String path, List<String> facts, Map<String, List<String>> scripts, List<String> expectations, RunContext context,
            Function<String, FileFindings> findingsFor) {
        Facts compose = Facts.of(facts);
        Map<String, Set<Integer>> listening = listening(compose, scripts, context);
        if (listening.isEmpty()) {
            return;
        }
        Map<String, Set<Integer>> published = compose.published();
        for (String[] probe : compose.probes()) {
            String service = probe[0];
            int port = Integer.parseInt(probe[3]);
            String waiting = compose.awaitedBy().get(service);
            if (waiting != null && listening.containsKey(service) && !listening.get(service).contains(port)) {
                findingsFor.apply(path).add(Rule.COMPOSE_HEALTHCHECK, Integer.parseInt(probe[1]), Integer.parseInt(probe[2]),
                        "the healthcheck of '" + service + "' probes port " + port + ", which " + nowhere(service, scripts)
                        + ": the check never passes, and '" + waiting + "', which waits for '" + service
                        + "' to be healthy, never starts; " + onlyPort(service, published)
                                .map(only -> "probe " + only + ", the port it publishes").orElse("probe the port '" + service + "' listens on"));
            }
        }
        for (String expected : expectations) {
            for (String fact : context.facts(expected).orElse(List.of())) {
                PeerUse.ofFact(fact).filter(peer -> listening.containsKey(peer.host()) && !listening.get(peer.host()).contains(peer.port()))
                        .ifPresent(peer -> findingsFor.apply(expected).add(Rule.PEER_PORT, peer.line(), peer.column(), "peer "
                                + peer.host() + ":" + peer.port() + " names port " + peer.port() + ", which "
                                + nowhere(peer.host(), scripts) + " (" + path + "): nothing listens there, so the call"
                                + " fails; " + onlyPort(peer.host(), published).map(only -> "did you mean " + peer.host() + ":" + only + "?")
                                        .orElse("name the port '" + peer.host() + "' listens on")));
            }
        }
    }

    /** The one port a service publishes (ports, expose), when it has just one: the likely fix. */
    private static Optional<Integer> onlyPort(String service, Map<String, Set<Integer>> published) {
        Set<Integer> ports = published.getOrDefault(service, Set.of());
        return ports.size() == 1 ? ports.stream().findFirst() : Optional.empty();
    }

    /** What says so, in words: the files that name no such port. */
    private static String nowhere(String service, Map<String, List<String>> scripts) {
        return "neither " + String.join(", ", scripts.get(service)) + " (what '" + service + "' runs) nor its command, environment and ports name";
    }

    /**
     * The numbers each service may listen on, for the services whose every script was read: those its scripts, its
     * command and environment name, and the ports it publishes.
     */
    private static Map<String, Set<Integer>> listening(Facts compose, Map<String, List<String>> scripts, RunContext context) {
        Map<String, Set<Integer>> listening = new HashMap<>();
        for (Map.Entry<String, List<String>> service : scripts.entrySet()) {
            Set<Integer> ports = new HashSet<>();
            boolean read = true;
            for (String script : service.getValue()) {
                List<String> named = PackedStrings.after(context.facts(script).orElse(List.of()), TestSourceFile.PORTS);
                read &= !named.isEmpty();
                if (!named.isEmpty()) {
                    numbers(named.get(0), ports);
                }
            }
            if (read && !service.getValue().isEmpty()) {
                ports.addAll(compose.named().getOrDefault(service.getKey(), Set.of()));
                ports.addAll(compose.published().getOrDefault(service.getKey(), Set.of()));
                listening.put(service.getKey(), ports);
            }
        }
        return listening;
    }

    /** The numbers of one to five digits among the words of {@code text}. */
    private static void numbers(String text, Set<Integer> into) {
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(' ', start);
            end = end < 0 ? text.length() : end;
            boolean digits = end - start >= 1 && end - start <= 5;
            for (int i = start; i < end && digits; i++) {
                digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
            }
            if (digits) {
                into.add(Integer.parseInt(text, start, end, 10));
            }
            start = end + 1;
        }
    }
}

package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Rule;
import io.github.swplugin.check.YamlLoader;
import io.github.swplugin.check.expected.ComposeDocument;
import io.github.swplugin.collector.Agent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a compose service runs, and whether it can: the script its command names must be mounted by one of its volumes
 * (its own, or those of the service it extends, in this file or another), the file mounted must exist, and a service
 * the script connects to as it starts must be one it depends on, or Compose may start it first.
 */
final class ComposeScripts {
    private static final String SERVICE = "service ";
    private static final String DEPENDS = "depends ";
    private static final String BASE = "base ";
    private static final String MOUNT = "mount ";
    private static final String RUNS = "runs ";
    /** The file of a base service that cannot be known (named by an absolute path, or leading out of the checkout). */
    private static final String UNKNOWN = "?";
    /** The source of a volume that is not a path of the checkout (a named volume, an absolute path). */
    private static final String NOT_HERE = "-";

    private record Mount(String target, String source) {
        boolean covers(String path) {
            return path.equals(target) || path.startsWith(target.endsWith("/") ? target : target + "/");
        }

        /** The checkout path of a container path it covers, or empty when the volume is not a directory of the checkout. */
        Optional<String> map(String path) {
            String rest = path.substring(target.length());
            return source.equals(NOT_HERE) ? Optional.empty() : RunContext.resolve(source, rest.startsWith("/") ? "." + rest : "./" + rest);
        }
    }

    private record Services(Set<String> names, Map<String, Set<String>> depends, Map<String, String[]> bases,
            Map<String, List<Mount>> mounts, List<String[]> runs) {
        static Services of(List<String> facts) {
            Services services = new Services(new HashSet<>(PackedStrings.after(facts, SERVICE)), new HashMap<>(), new HashMap<>(),
                    new HashMap<>(), PackedStrings.fieldsAfter(facts, RUNS, 4));
            for (String[] edge : PackedStrings.fieldsAfter(facts, DEPENDS, 2)) {
                services.depends.computeIfAbsent(edge[0], s -> new HashSet<>()).add(edge[1]);
            }
            for (String[] base : PackedStrings.fieldsAfter(facts, BASE, 3)) {
                services.bases.put(base[0], base);
            }
            for (String[] mount : PackedStrings.fieldsAfter(facts, MOUNT, 3)) {
                services.mounts.computeIfAbsent(mount[0], s -> new ArrayList<>()).add(new Mount(mount[1], mount[2]));
            }
            return services;
        }

        /** The services {@code service} waits for, directly or through those it depends on. */
        Set<String> dependencies(String service) {
            Set<String> reached = new LinkedHashSet<>();
            Deque<String> next = new ArrayDeque<>(depends.getOrDefault(service, Set.of()));
            while (!next.isEmpty()) {
                String name = next.pop();
                if (reached.add(name)) {
                    next.addAll(depends.getOrDefault(name, Set.of()));
                }
            }
            return reached;
        }
    }

    private ComposeScripts() {
    }

    /** The facts of a compose file the check needs, kept with its cache entry. */
    static List<String> facts(String path, ComposeDocument compose) {
        List<String> facts = new ArrayList<>();
        String directory = RunContext.parent(path);
        for (ComposeDocument.Service service : compose.services().values()) {
            String name = service.name();
            if (!isFactName(name)) {
                continue;
            }
            facts.add(SERVICE + name);
            service.dependsOn().forEach(dependency -> facts.add(DEPENDS + name + " " + dependency.getValue()));
            if (service.extendsService() != null) {
                String file = service.extendsFile() == null ? "" : RunContext.resolve(directory, service.extendsFile().getValue()).orElse(UNKNOWN);
                facts.add(BASE + name + " " + (service.extendsService().getValue().contains(" ") ? UNKNOWN : service.extendsService().getValue()) + " " + file);
            }
            for (ComposeDocument.Volume volume : service.volumes()) {
                if (volume.target().startsWith("/") && !volume.target().contains(" ")) {
                    String source = volume.relative() ? RunContext.resolve(directory, volume.source()).orElse(NOT_HERE) : NOT_HERE;
                    facts.add(MOUNT + name + " " + volume.target() + " " + source);
                }
            }
            for (ComposeDocument.Script script : service.scripts()) {
                facts.add(RUNS + name + " " + YamlLoader.line(script.node()) + " " + YamlLoader.column(script.node()) + " " + script.path());
            }
        }
        return facts;
    }

    /** Whether a service's name can stand in a fact: one with a blank in it is not a service Compose runs. */
    static boolean isFactName(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isWhitespace(name.charAt(i))) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    /**
     * @param files the checkout's files
     * @param exists whether a file of the checkout, by its relative path, is there
     */
    static void check(List<String> files, RunContext context, Predicate<String> exists, Function<String, FileFindings> findingsFor) {
        // a base file's services are read for every service extending them: parsed once, and kept (only the bases are:
        // every compose file of a large checkout kept at once took megabytes of a small heap)
        Map<String, Optional<Services>> bases = new HashMap<>();
        // the expectations beside each compose file, found in one pass: not one pass over the checkout per compose file
        Map<String, List<String>> expectations = files.stream().filter(context.agent()::isExpectedData)
                .collect(Collectors.groupingBy(RunContext::parent));
        for (String path : files) {
            if (ComposeFile.is(path)) {
                Optional<Services> own = context.facts(path).map(Services::of);
                Function<String, Optional<Services>> composeFiles = file -> file.equals(path) ? own
                        : bases.computeIfAbsent(file, p -> context.facts(p).map(Services::of));
                own.ifPresent(services -> {
                    // the files each service runs, for the services whose every script was found
                    Map<String, List<String>> scripts = new HashMap<>();
                    Set<String> unknown = new HashSet<>();
                    for (String[] run : services.runs) {
                        Optional<String> script = checkRun(path, services, run, files, composeFiles, context, exists, findingsFor.apply(path));
                        script.ifPresentOrElse(file -> scripts.computeIfAbsent(run[0], s -> new ArrayList<>()).add(file), () -> unknown.add(run[0]));
                    }
                    unknown.forEach(scripts::remove);
                    if (context.agent() == Agent.PYTHON) {
                        ServicePorts.check(path, context.facts(path).orElse(List.of()), scripts,
                                expectations.getOrDefault(RunContext.parent(path), List.of()), context, findingsFor);
                    }
                });
            }
        }
    }

    /**
     * @param run the service, the line and column of its command, and the container path of the script
     * @param composeFiles the services of a compose file, by its path, when it was read
     * @return the checkout file the script is, when it is there
     */
    private static Optional<String> checkRun(String path, Services services, String[] run, List<String> files,
            Function<String, Optional<Services>> composeFiles, RunContext context, Predicate<String> exists, FileFindings findings) {
        String service = run[0];
        int line = Integer.parseInt(run[1]);
        int column = Integer.parseInt(run[2]);
        String script = run[3];
        Optional<List<Mount>> mounts = mounts(path, service, composeFiles, new HashSet<>());
        if (mounts.isEmpty()) {
            return Optional.empty();  // a base service this run cannot see: nothing is known
        }
        Optional<Mount> mount = deepest(mounts.get(), script);
        if (mount.isEmpty()) {
            services.names.stream().filter(other -> !other.equals(service)).sorted()
                    .filter(other -> mounts(path, other, composeFiles, new HashSet<>()).orElse(List.of()).stream().anyMatch(m -> m.covers(script)))
                    .findFirst().ifPresent(other -> findings.add(Rule.COMPOSE_COMMAND, line, column, "'" + service + "' runs " + script
                            + ", but none of its volumes mounts it ('" + other + "' has one that does): the container has no such"
                            + " file and exits; give '" + service + "' that volume too"));
            return Optional.empty();
        }
        Optional<String> file = mount.get().map(script);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        if (!exists.test(file.get())) {
            // a volume of one file (./services/provider.py:/app/provider.py) is judged by the scripts beside it
            boolean single = mount.get().target().equals(script);
            String directory = single ? RunContext.parent(mount.get().source()) : mount.get().source();
            List<String> scripts = files.stream().filter(f -> f.startsWith(directory + "/") && (f.endsWith(".py") || f.endsWith(".sh")))
                    .toList();
            if (scripts.isEmpty()) {
                return Optional.empty();  // a checkout without the test's scripts (its YAML only) says nothing about this one
            }
            String name = file.get().substring(file.get().lastIndexOf('/') + 1);
            String hint = single ? ": Docker mounts an empty directory in its place; correct the volume's source, or add the file"
                    : scripts.stream().filter(f -> f.endsWith("/" + name)).findFirst()
                            .map(f -> ": did you mean " + mount.get().target() + f.substring(mount.get().source().length()) + "?")
                            .orElse(": correct the path, or add the file");
            findings.add(Rule.COMPOSE_COMMAND, line, column, "'" + service + "' runs " + script + ", which its volume on "
                    + mount.get().target() + " maps to " + file.get() + ", and the checkout has no such file" + hint);
            return Optional.empty();
        }
        Set<String> dependencies = services.dependencies(service);
        Set<String> reported = new HashSet<>();
        for (String fact : PackedStrings.after(context.facts(file.get()).orElse(List.of()), TestSourceFile.CALLS)) {
            String[] call = fact.split(" ");
            String host = call[0];
            if (services.names.contains(host) && !host.equals(service) && !dependencies.contains(host) && reported.add(host)) {
                findings.add(Rule.COMPOSE_DEPENDS, line, column, "'" + service + "' runs " + file.get() + ", which connects to '"
                        + host + "' as it starts (line " + call[1] + "), but '" + service + "' does not depend on '" + host
                        + "': Compose may start it first, and the connection fails; add '" + host + "' to its depends_on"
                        + " (condition: service_healthy)");
            }
        }
        return file;
    }

    /** The volume that mounts a path, of those that cover it the one mounted deepest (the first of equals). */
    private static Optional<Mount> deepest(List<Mount> mounts, String path) {
        Mount deepest = null;
        for (Mount mount : mounts) {
            if (mount.covers(path) && (deepest == null || mount.target().length() > deepest.target().length())) {
                deepest = mount;
            }
        }
        return Optional.ofNullable(deepest);
    }

    /**
     * A service's volumes, its own and those of the services it extends; empty when one of those cannot be seen (a file
     * not read, a service not defined: other rules say why).
     */
    private static Optional<List<Mount>> mounts(String path, String service, Function<String, Optional<Services>> composeFiles,
            Set<String> seen) {
        if (!seen.add(path + " " + service)) {
            return Optional.of(List.of());  // extends in a loop: Compose refuses it, and the mounts are those met so far
        }
        Optional<Services> services = composeFiles.apply(path);
        if (services.isEmpty() || !services.get().names.contains(service)) {
            return Optional.empty();
        }
        List<Mount> mounts = new ArrayList<>(services.get().mounts.getOrDefault(service, List.of()));
        String[] base = services.get().bases.get(service);
        if (base != null) {
            if (base[1].equals(UNKNOWN) || base[2].equals(UNKNOWN)) {
                return Optional.empty();
            }
            Optional<List<Mount>> inherited = mounts(base[2].isEmpty() ? path : base[2], base[1], composeFiles, seen);
            if (inherited.isEmpty()) {
                return Optional.empty();
            }
            mounts.addAll(inherited.get());
        }
        return Optional.of(mounts);
    }
}

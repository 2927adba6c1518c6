package io.github.swplugin.check.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The architecture as docs/architecture.md draws it, read from the sources of every module: packages import each
 * other without a circle, each module uses only the modules below it, and no Maven type appears below the Mojos.
 */
class PackageGraphTest {
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(io\\.github\\.swplugin(?:\\.[a-z]+)+)\\.[A-Z]",
            Pattern.MULTILINE);
    /** The modules from the bottom up, each with the package prefix it owns. */
    private static final List<String[]> LAYERS = List.of(
            new String[] {"core", "io.github.swplugin.core"},
            new String[] {"collector", "io.github.swplugin.collector"},
            new String[] {"engine", "io.github.swplugin.check"},
            new String[] {"collect", "io.github.swplugin.collect"},
            new String[] {"validator-plugin", "io.github.swplugin.maven"},
            new String[] {"archetype", "io.github.swplugin.archetype"});

    /** package -> the packages of this project it imports, from every module's main sources. */
    private static Map<String, Set<String>> graph() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String[] layer : LAYERS) {
            Path sources = Path.of("..", layer[0], "src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(file);
                    String pkg = sources.relativize(file.getParent()).toString().replace('/', '.');
                    Set<String> uses = graph.computeIfAbsent(pkg, p -> new TreeSet<>());
                    Matcher m = IMPORT.matcher(text);
                    while (m.find()) {
                        if (!m.group(1).equals(pkg)) {
                            uses.add(m.group(1));
                        }
                    }
                }
            }
        }
        return graph;
    }

    @Test
    void noPackageImportsItselfThroughOthers() throws IOException {
        Map<String, Set<String>> graph = graph();
        List<String> circles = new ArrayList<>();
        for (String start : graph.keySet()) {
            for (String next : graph.get(start)) {
                List<String> path = pathTo(graph, next, start, new TreeSet<>());
                if (path != null) {
                    circles.add(start + " -> " + String.join(" -> ", path));
                }
            }
        }
        assertThat(circles).isEmpty();
    }

    private static List<String> pathTo(Map<String, Set<String>> graph, String from, String to, Set<String> seen) {
        if (from.equals(to)) {
            return new ArrayList<>(List.of(to));
        }
        if (!seen.add(from)) {
            return null;
        }
        for (String next : graph.getOrDefault(from, Set.of())) {
            List<String> rest = pathTo(graph, next, to, seen);
            if (rest != null) {
                rest.add(0, from);
                return rest;
            }
        }
        return null;
    }

    @Test
    void eachModuleUsesOnlyTheModulesBelowIt() throws IOException {
        Map<String, Set<String>> graph = graph();
        List<String> upward = new ArrayList<>();
        for (int i = 0; i < LAYERS.size(); i++) {
            for (Map.Entry<String, Set<String>> e : graph.entrySet()) {
                if (!owns(LAYERS.get(i)[1], e.getKey())) {
                    continue;
                }
                for (String used : e.getValue()) {
                    for (int j = i + 1; j < LAYERS.size(); j++) {
                        if (owns(LAYERS.get(j)[1], used)) {
                            upward.add(e.getKey() + " uses " + used);
                        }
                    }
                }
            }
        }
        assertThat(upward).isEmpty();
    }

    /** Whether the package is the prefix or below it: ...collector is not below ...collect. */
    private static boolean owns(String prefix, String pkg) {
        return pkg.equals(prefix) || pkg.startsWith(prefix + ".");
    }

    @Test
    void noMavenTypeBelowTheMojos() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String module : List.of("core", "collector", "engine", "collect")) {
            try (Stream<Path> files = Files.walk(Path.of("..", module, "src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    if (Files.readString(file).contains("import org.apache.maven")) {
                        offenders.add(file.toString());
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}

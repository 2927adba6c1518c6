package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Rule;
import io.github.swplugin.check.expected.ComponentUse;
import io.github.swplugin.check.python.ComponentOwners;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether each plugin test expects spans its plugins can make: a component that only plugins the test cannot exercise
 * report, or no span of the test's own plugin at all, is left from the test it was copied from. Runs once every file
 * was read (or taken from the cache), on what the expectations and the tests' Python files recorded as facts.
 */
public final class ComponentOwnership {
    private ComponentOwnership() {
    }

    public static void check(List<String> files, RunContext context, Function<String, FileFindings> findingsFor) {
        ComponentOwners owners = context.owners();
        Map<String, List<String>> sourcesByTest = new HashMap<>();
        for (String path : files) {
            if (TestSourceFile.is(path)) {
                for (String dir = RunContext.parent(path); dir.startsWith("tests/plugin/"); dir = RunContext.parent(dir)) {
                    sourcesByTest.computeIfAbsent(dir, d -> new ArrayList<>()).add(path);
                }
            }
        }
        for (String path : files) {
            String dir = RunContext.parent(path);
            String plugin = dir.substring(dir.lastIndexOf('/') + 1);
            if (context.agent().isExpectedData(path) && path.startsWith("tests/plugin/") && owners.has(plugin)) {
                imports(sourcesByTest.getOrDefault(dir, List.of()), context).ifPresent(imports -> context.facts(path).ifPresent(facts ->
                        check(facts.stream().map(ComponentUse::ofFact).flatMap(Optional::stream).toList(), plugin, imports, owners,
                                findingsFor.apply(path))));
            }
        }
    }

    /** What the test's Python files import; empty when one of them was not read, so nothing certain is known. */
    private static Optional<Set<String>> imports(List<String> sources, RunContext context) {
        Set<String> imports = new TreeSet<>();
        for (String source : sources) {
            Optional<List<String>> facts = context.facts(source);
            if (facts.isEmpty()) {
                return Optional.empty();
            }
            facts.get().stream().filter(fact -> fact.startsWith(TestSourceFile.IMPORT)).map(fact -> fact.substring(TestSourceFile.IMPORT.length()))
                    .forEach(imports::add);
        }
        return Optional.of(imports);
    }

    private static void check(List<ComponentUse> uses, String plugin, Set<String> imports, ComponentOwners owners, FileFindings findings) {
        Set<Integer> own = owners.reportedBy(plugin);
        boolean reported = false;
        for (ComponentUse use : uses) {
            Set<String> reporters = owners.owners(use.id());
            if (!reporters.isEmpty() && reporters.stream().noneMatch(reporter -> owners.exercisable(reporter, plugin, imports))) {
                findings.add(Rule.COMPONENT_OWNER, use.line(), use.column(), "componentId " + use.id() + " is " + owners.describe(use.id())
                        + ", which only " + String.join(", ", reporters) + " report" + (reporters.size() == 1 ? "s" : "")
                        + ", and nothing in this test imports its library: " + plugin + ownComponents(own, owners)
                        + " (was the span copied from another plugin's test?)");
                reported = true;
            }
        }
        if (!reported && !own.isEmpty() && !uses.isEmpty() && uses.stream().noneMatch(use -> own.contains(use.id()))) {
            ComponentUse first = uses.get(0);
            findings.add(Rule.COMPONENT_OWNER, first.line(), first.column(), "no span here has a component of " + plugin
                    + ", the plugin this test is for: it" + ownComponents(own, owners)
                    + "; the componentIds here (" + uses.stream().map(u -> String.valueOf(u.id())).distinct().collect(Collectors.joining(", "))
                    + ") look left from another plugin's test: expect the spans " + plugin + " makes");
        }
    }

    private static String ownComponents(Set<Integer> own, ComponentOwners owners) {
        return own.isEmpty() ? " reports none of its own" : " reports " + own.stream().map(owners::describe).collect(Collectors.joining(", "));
    }
}

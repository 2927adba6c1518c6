package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Rule;
import io.github.swplugin.check.expected.ComponentUse;
import io.github.swplugin.check.python.ComponentOwners;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether each plugin test expects spans its plugins can make: a component that only plugins the test cannot exercise
 * report, or no span of the test's own plugin at all, is left from the test it was copied from. Runs once every file
 * was read (or taken from the cache), on what the expectations and the tests' Python files recorded as facts.
 */
final class ComponentOwnership {
    private ComponentOwnership() {
    }

    static void check(List<String> files, TestImports tests, RunContext context, Function<String, FileFindings> findingsFor) {
        for (String path : files) {
            if (context.agent().isExpectedData(path)) {
                TestImports.plugin(path, context).ifPresent(plugin -> tests.of(RunContext.parent(path)).ifPresent(imports ->
                        context.facts(path).ifPresent(facts -> {
                            List<ComponentUse> uses = facts.stream().map(ComponentUse::ofFact).flatMap(Optional::stream).toList();
                            check(uses, plugin, imports, context.owners(), findingsFor.apply(path));
                            tests.opened(RunContext.parent(path)).ifPresent(opened -> checkUnknown(uses, plugin, opened, context.owners(),
                                    findingsFor.apply(path)));
                        })));
            }
        }
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

    /** Unknown (0) on an Entry or Exit span, where every plugin that opens such spans names a component, and the test opens none itself. */
    private static void checkUnknown(List<ComponentUse> uses, String plugin, Set<String> opened, ComponentOwners owners, FileFindings findings) {
        for (ComponentUse use : uses) {
            if (use.id() == 0 && (use.spanType().equals("Entry") || use.spanType().equals("Exit")) && owners.alwaysNamed(use.spanType())
                    && !opened.contains(use.spanType())) {
                findings.add(Rule.UNKNOWN_COMPONENT_SPAN, use.line(), use.column(), "componentId 0 (Unknown) on an " + use.spanType()
                        + " span: every plugin of the agent that opens " + use.spanType() + " spans gives them a component,"
                        + " and this test's files open none themselves, so the agent never sends 0 here; " + plugin
                        + ownComponents(owners.reportedBy(plugin), owners));
            }
        }
    }

    private static String ownComponents(Set<Integer> own, ComponentOwners owners) {
        return own.isEmpty() ? " reports none of its own" : " reports " + own.stream().map(owners::describe).collect(Collectors.joining(", "));
    }
}

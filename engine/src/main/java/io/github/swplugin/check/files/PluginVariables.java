package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A plugin test's compose file setting another plugin's variable ({@code SW_PLUGIN_FLASK_COLLECT_HTTP_PARAMS} in a Bottle
 * test): only that plugin reads it, and the test cannot exercise it, so the setting changes nothing. The agent reads
 * {@code SW_X} into the setting {@code x}; the plugins that read each setting are known from their modules.
 */
final class PluginVariables {
    private PluginVariables() {
    }

    static void check(List<String> files, TestImports tests, RunContext context, Function<String, FileFindings> findingsFor) {
        for (String path : files) {
            if (ComposeFile.is(path)) {
                TestImports.plugin(path, context).ifPresent(plugin -> tests.of(RunContext.parent(path)).ifPresent(imports ->
                        context.facts(path).ifPresent(facts -> PackedStrings.after(facts, ComposeFile.VARIABLE)
                                .forEach(fact -> variable(fact.split(" "), plugin, imports, context, findingsFor.apply(path))))));
            }
        }
    }

    private static void variable(String[] fact, String plugin, Set<String> imports, RunContext context, FileFindings findings) {
        String setting = fact[0].substring("SW_".length()).toLowerCase(Locale.ROOT);
        Set<String> readers = context.owners().settingOwners(setting);
        if (!readers.isEmpty() && readers.stream().noneMatch(reader -> context.owners().exercisable(reader, plugin, imports))) {
            findings.add(Rule.PLUGIN_VARIABLE, Integer.parseInt(fact[1]), Integer.parseInt(fact[2]), fact[0] + " is read only by "
                    + String.join(", ", readers) + ", which this test of " + plugin + " does not exercise: the setting changes nothing"
                    + " here (copied from another plugin's test?); set " + plugin + "'s own variable, or remove it");
        }
    }
}

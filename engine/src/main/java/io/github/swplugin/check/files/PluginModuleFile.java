package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.python.PluginFacts;
import io.github.swplugin.check.python.PluginModuleCheck;
import io.github.swplugin.collector.Agent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** skywalking/plugins/sw_*.py: its attributes, and what the tests, Plugins.md and the span checks learn from it. */
public final class PluginModuleFile implements FileCheck {
    private static final Pattern PATH = Pattern.compile("skywalking/plugins/(sw_\\w+)\\.py");

    /** The module's name (sw_redis) when the path is a plugin module's, else null. */
    public static String moduleName(String path) {
        if (!path.startsWith("skywalking/plugins/sw_")) {
            return null;  // most files of a checkout: asked for each of them in every run
        }
        Matcher m = PATH.matcher(path);
        return m.matches() ? m.group(1) : null;
    }

    @Override
    public boolean reads(String path, Agent agent) {
        return moduleName(path) != null;
    }

    /**
     * Checks what depends on the module's text alone, so that its cache entry holds for as long as the text does; its
     * component references are checked against the enum in every run, once every module is known.
     */
    @Override
    public void check(SourceText file, RunContext context, FileFindings findings) {
        String module = moduleName(file.path());
        PluginModuleCheck.Facts checked = PluginModuleCheck.check(module, file.python(), findings);
        PluginFacts facts = PluginFacts.of(file.python(), checked.libraries(), checked.docSection());
        context.pluginModule(module, facts);
        // kept with what the module says as an agent source, which its cache entry holds too
        List<String> said = new ArrayList<>(context.facts(file.path()).orElse(List.of()));
        said.addAll(facts.lines());
        context.facts(file.path(), said);
    }

    /**
     * Checks the Component references of every module read against the enum: in every run, since a module's cache entry
     * holds while its own text does, whatever became of the enum.
     */
    public static void checkReferences(RunContext context, Function<String, FileFindings> findingsFor) {
        context.components().ifPresent(components -> context.plugins().forEach((module, facts) ->
                PluginModuleCheck.unknownComponents(facts.componentRefs(), components, findingsFor.apply("skywalking/plugins/" + module + ".py"))));
    }

    /** What a module read in an earlier run said, recorded as if it had been read now. */
    public static void reuse(String path, List<String> facts, RunContext context) {
        String module = moduleName(path);
        context.pluginModule(module, PluginFacts.read(module, facts));
    }
}

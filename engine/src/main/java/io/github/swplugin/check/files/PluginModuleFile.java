package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.python.PluginModuleCheck;
import io.github.swplugin.collector.Agent;
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

    @Override
    public void check(SourceText file, RunContext context, FileFindings findings) {
        String module = moduleName(file.path());
        PluginModuleCheck.Facts facts = PluginModuleCheck.check(module, file.python(), context.components(), findings);
        context.pluginModule(module, file.python(), facts.libraries(), facts.docSection());
    }
}

package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.python.AgentVariables;
import io.github.swplugin.check.python.TagKeys;
import io.github.swplugin.collector.Agent;

/**
 * The Python agent's own sources (skywalking/**.py): the SW_ environment variables they name, which are all the agent
 * reads.
 */
public final class AgentSourceFile implements FileCheck {
    public static final String CONFIG_MODULE = "skywalking/config.py";

    /** Whether the path is a module of the agent's package. */
    public static boolean is(String path) {
        return path.startsWith("skywalking/") && path.endsWith(".py");
    }

    @Override
    public boolean reads(String path, Agent agent) {
        return agent == Agent.PYTHON && is(path);
    }

    @Override
    public void check(SourceText file, RunContext context, FileFindings findings) {
        context.agentVariables(AgentVariables.in(file.text()), file.path().equals(CONFIG_MODULE));
        if (file.path().equals(TagKeys.PATH)) {
            context.tagKeys(TagKeys.in(file.text()));
        }
    }
}

package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.expected.ExpectedDataCheck;
import io.github.swplugin.collector.Agent;

/** A test's expected data, with what the enum, the plugin modules and the test's compose files say. */
public final class ExpectedDataFile implements FileCheck {
    @Override
    public boolean reads(String path, Agent agent) {
        return agent.isExpectedData(path);
    }

    @Override
    public void check(SourceText file, RunContext context, FileFindings findings) {
        new ExpectedDataCheck(context.yaml(), context.layers(), context.componentProblem(), context.agent(), context.origins())
                .check(file.text(), findings, context.agentNamesIn(RunContext.parent(file.path())));
    }
}

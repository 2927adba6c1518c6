package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.expected.ComposeAgents;
import io.github.swplugin.check.expected.ComposeChecks;
import io.github.swplugin.check.expected.ComposeDocument;
import io.github.swplugin.check.expected.ComposeServices;
import io.github.swplugin.collector.Agent;
import io.github.swplugin.core.TreePath;
import java.util.regex.Pattern;

/** A test's docker-compose*.yml: its services, and the agent names the test's expectations may use. */
public final class ComposeFile implements FileCheck {
    private static final Pattern NAME = Pattern.compile("docker-compose[\\w.-]*\\.ya?ml");

    public static boolean is(String path) {
        return TreePath.below("tests/", NAME, path);
    }

    @Override
    public boolean reads(String path, Agent agent) {
        return is(path);
    }

    @Override
    public void check(SourceText file, RunContext context, FileFindings findings) {
        ComposeServices.check(file.text(), findings);
        context.agentNames(file.path(), ComposeAgents.read(file.text()));
        ComposeChecks.check(ComposeDocument.read(file.text(), context.yaml()), context.agentVariables(), findings);
    }
}

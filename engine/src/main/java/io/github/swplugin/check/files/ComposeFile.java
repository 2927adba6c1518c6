package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.expected.ComposeAgents;
import io.github.swplugin.check.expected.ComposeChecks;
import io.github.swplugin.check.expected.ComposeDocument;
import io.github.swplugin.check.expected.ComposeServices;
import io.github.swplugin.collector.Agent;
import java.util.regex.Pattern;

/** A test's docker-compose*.yml: its services, and the agent names the test's expectations may use. */
public final class ComposeFile implements FileCheck {
    private static final Pattern PATH = Pattern.compile("tests/(?:.*/)?docker-compose[\\w.-]*\\.ya?ml", Pattern.DOTALL);

    public static boolean is(String path) {
        return PATH.matcher(path).matches();
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

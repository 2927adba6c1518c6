package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.python.PluginTestCheck;
import io.github.swplugin.collector.Agent;
import io.github.swplugin.core.TreePath;
import java.util.regex.Pattern;

/** tests/**&#47;test_*.py: the library versions it asks its plugin's support_matrix for. */
public final class PluginTestFile implements FileCheck {
    private static final Pattern NAME = Pattern.compile("test_\\w+\\.py");

    @Override
    public boolean reads(String path, Agent agent) {
        return TreePath.below("tests/", "test_", NAME, path);
    }

    @Override
    public void check(SourceText file, RunContext context, FileFindings findings) {
        PluginTestCheck.check(file.text(), context::libraries, findings);
    }
}

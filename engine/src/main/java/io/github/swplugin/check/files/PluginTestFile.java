package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.python.PluginTestCheck;
import io.github.swplugin.collector.Agent;
import java.util.regex.Pattern;

/** tests/**&#47;test_*.py: the library versions it asks its plugin's support_matrix for. */
public final class PluginTestFile implements FileCheck {
    // DOTALL: a directory named with a line break must not take its files out of the check
    private static final Pattern PATH = Pattern.compile("tests/(?:.*/)?test_\\w+\\.py", Pattern.DOTALL);

    @Override
    public boolean reads(String path, Agent agent) {
        return PATH.matcher(path).matches();
    }

    @Override
    public void check(SourceText file, RunContext context, FileFindings findings) {
        PluginTestCheck.check(file.text(), context::libraries, findings);
    }
}

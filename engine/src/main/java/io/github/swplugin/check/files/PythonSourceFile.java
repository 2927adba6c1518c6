package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Rule;
import io.github.swplugin.collector.Agent;

/** Any Python file: it must be importable as far as the checks can tell without running it. */
public final class PythonSourceFile implements FileCheck {
    @Override
    public boolean reads(String path, Agent agent) {
        return path.endsWith(".py");
    }

    @Override
    public void check(SourceText file, RunContext context, FileFindings findings) {
        file.python().unclosedString().ifPresent(at -> findings.add(Rule.PYTHON_SYNTAX, at[0], at[1],
                "this string is never closed: Python cannot import the file; close it"));
    }
}

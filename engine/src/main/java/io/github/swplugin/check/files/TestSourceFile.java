package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.collector.Agent;
import java.util.List;

/** A Python file of a plugin test: the packages it imports tell which plugins the test can exercise. */
public final class TestSourceFile implements FileCheck {
    static final String IMPORT = "import ";

    static boolean is(String path) {
        return path.startsWith("tests/plugin/") && path.endsWith(".py");
    }

    @Override
    public boolean reads(String path, Agent agent) {
        return agent == Agent.PYTHON && is(path);
    }

    @Override
    public void check(SourceText file, RunContext context, FileFindings findings) {
        List<String> facts = file.python().imports().stream().map(name -> IMPORT + name).toList();
        context.facts(file.path(), facts);
    }
}

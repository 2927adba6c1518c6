package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.collector.Agent;
import java.util.List;

/** Every check of a file's text, in one place: a new kind of file is a new {@link FileCheck} added here. */
public final class FileChecks {
    private static final List<FileCheck> ALL = List.of(new PlaceholderFile(), new PythonSourceFile(), new AgentSourceFile(), new ComponentEnumFile(),
            new PluginModuleFile(), new PluginTestFile(), new TestSourceFile(), new ComposeFile(), new ExpectedDataFile());

    private FileChecks() {
    }

    /** Gives the file to every check that reads it. */
    public static void check(SourceText file, RunContext context, FileFindings findings) {
        Agent agent = context.agent();
        for (FileCheck check : ALL) {
            if (check.reads(file.path(), agent)) {
                check.check(file, context, findings);
            }
        }
    }
}

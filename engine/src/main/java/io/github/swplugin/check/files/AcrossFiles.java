package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.collector.Agent;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The checks that judge one file by others of its test (which plugins its Python files import, which files exist), run
 * once every file was read or taken from the cache, on the facts the files recorded.
 */
public final class AcrossFiles {
    private AcrossFiles() {
    }

    /** @param exists whether a file of the checkout, by its relative path, is there */
    public static void check(List<String> files, RunContext context, Predicate<String> exists, Function<String, FileFindings> findingsFor) {
        ComposeExtendsFiles.check(files, context, exists, findingsFor);
        ComposeScripts.check(files, context, exists, findingsFor);
        if (context.agent() == Agent.PYTHON) {
            TestImports tests = new TestImports(files, context);
            ComponentOwnership.check(files, tests, context, findingsFor);
            PluginVariables.check(files, tests, context, findingsFor);
        }
    }
}

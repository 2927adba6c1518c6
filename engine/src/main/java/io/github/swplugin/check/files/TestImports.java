package io.github.swplugin.check.files;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** What the Python files of each plugin test import, from the facts they recorded when read (or taken from the cache). */
final class TestImports {
    private final Map<String, List<String>> sourcesByTest = new HashMap<>();
    private final Map<String, Optional<Set<String>>> imports = new HashMap<>();
    private final Map<String, Optional<Set<String>>> opened = new HashMap<>();
    private final RunContext context;

    TestImports(List<String> files, RunContext context) {
        this.context = context;
        for (String path : files) {
            if (TestSourceFile.is(path)) {
                for (String dir = RunContext.parent(path); dir.startsWith("tests/plugin/"); dir = RunContext.parent(dir)) {
                    sourcesByTest.computeIfAbsent(dir, d -> new ArrayList<>()).add(path);
                }
            }
        }
    }

    /** The top-level packages the test directory's Python files import; empty when one was not read, so nothing is known. */
    Optional<Set<String>> of(String testDirectory) {
        // asked for a test's expectations and its compose files alike: gathered once for each test
        return imports.computeIfAbsent(testDirectory, test -> said(test, TestSourceFile.IMPORT));
    }

    /** The kinds of span the test directory's Python files open themselves; empty when one was not read. */
    Optional<Set<String>> opened(String testDirectory) {
        return opened.computeIfAbsent(testDirectory, test -> said(test, TestSourceFile.OPENS));
    }

    private Optional<Set<String>> said(String testDirectory, String prefix) {
        Set<String> said = new TreeSet<>();
        for (String source : sourcesByTest.getOrDefault(testDirectory, List.of())) {
            Optional<List<String>> facts = context.facts(source);
            if (facts.isEmpty()) {
                return Optional.empty();
            }
            said.addAll(PackedStrings.after(facts.get(), prefix));
        }
        return Optional.of(Collections.unmodifiableSet(said));
    }

    /** The plugin a file of a test directory is for: the directory's name (sw_flask), when the checkout has that plugin. */
    static Optional<String> plugin(String path, RunContext context) {
        String dir = RunContext.parent(path);
        String plugin = dir.substring(dir.lastIndexOf('/') + 1);
        return path.startsWith("tests/plugin/") && context.owners().has(plugin) ? Optional.of(plugin) : Optional.empty();
    }
}

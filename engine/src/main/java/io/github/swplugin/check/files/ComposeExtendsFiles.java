package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Rule;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** A compose service extending a service of a file that does not exist: Compose refuses the whole file. */
final class ComposeExtendsFiles {
    private ComposeExtendsFiles() {
    }

    /** @param exists whether a file of the checkout, by its relative path, is there */
    static void check(List<String> files, RunContext context, Predicate<String> exists, Function<String, FileFindings> findingsFor) {
        for (String path : files) {
            if (ComposeFile.is(path)) {
                context.facts(path).ifPresent(facts -> PackedStrings.fieldsAfter(facts, ComposeFile.EXTENDS, 3)
                        .forEach(fact -> extended(path, fact, exists, findingsFor)));
            }
        }
    }

    private static void extended(String path, String[] fact, Predicate<String> exists, Function<String, FileFindings> findingsFor) {
        RunContext.resolve(RunContext.parent(path), fact[2]).filter(file -> !exists.test(file)).ifPresent(file -> findingsFor.apply(path).add(
                Rule.COMPOSE_REFERENCE, Integer.parseInt(fact[0]), Integer.parseInt(fact[1]), "extends a service of '" + fact[2]
                        + "', which does not exist (" + file + " from the checkout's root): Compose refuses the file; correct the path"));
    }
}

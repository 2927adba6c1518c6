package io.github.swplugin.check.fix;

import io.github.swplugin.check.Finding;
import io.github.swplugin.check.Report;
import io.github.swplugin.check.Rule;
import io.github.swplugin.check.ValidatorOptions;
import io.github.swplugin.check.YamlLoader;
import io.github.swplugin.check.run.Validator;
import io.github.swplugin.core.CheckoutLock;
import io.github.swplugin.core.FileTransaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Repairs what can be repaired safely, guided by a validation run: missing license headers,
 * spans out of finish order, and (when asked) dead operationId lines. A file is only touched
 * when it was read without error; each change is written whole, next to the file, then moved.
 */
public final class Fixer {
    /**
     * One file and what was done to it, or, when {@code refusal} is set, why it was left as it was: a repair that
     * could not prove it changed only what it meant to, or a name this locale cannot spell.
     */
    public record Change(String path, List<String> what, String refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    private static final Duration LOCK_WAIT = Duration.ofSeconds(10);

    private final ValidatorOptions options;
    private final boolean deadKeys;
    private final YamlLoader yaml;
    private final Function<Path, FileTransaction> transactions;

    public Fixer(ValidatorOptions options, boolean deadKeys) {
        this(options, deadKeys, FileTransaction::new);
    }

    /** @param transactions makes the transaction that writes the repairs (a test's may fail a given write) */
    Fixer(ValidatorOptions options, boolean deadKeys, Function<Path, FileTransaction> transactions) {
        this.options = options;
        this.deadKeys = deadKeys;
        this.yaml = new YamlLoader(options.maxAliases(), options.maxNesting());
        this.transactions = transactions;
    }

    /**
     * Finds and makes every repair, all or none, holding the checkout's lock; a file that cannot be written
     * leaves every file as it was ({@link TransactionException}).
     */
    public List<Change> run() throws IOException {
        try (CheckoutLock lock = CheckoutLock.acquire(options.basedir(), LOCK_WAIT, "swplugin:fix")) {
            List<Change> changes = new ArrayList<>();
            FileTransaction transaction = transactions.apply(options.basedir());
            for (Map.Entry<String, String> repaired : repairs(changes).entrySet()) {
                transaction.edit(repaired.getKey(), repaired.getValue());
            }
            transaction.apply();
            return changes;
        }
    }

    /** The repaired text of each file, by path; what was done is added to {@code changes}. */
    private Map<String, String> repairs(List<Change> changes) throws IOException {
        Map<String, String> repaired = new TreeMap<>();
        Report report = new Validator(options).run();
        Map<String, Set<Rule>> rulesByFile = new TreeMap<>();
        for (Finding finding : report.findings()) {
            rulesByFile.computeIfAbsent(finding.path(), p -> new HashSet<>()).add(finding.rule());
        }
        for (Map.Entry<String, Set<Rule>> file : rulesByFile.entrySet()) {
            Set<Rule> rules = file.getValue();
            if (rules.contains(Rule.UNREADABLE_FILE) || rules.contains(Rule.YAML_SYNTAX) || file.getKey().isEmpty()) {
                continue;  // never touch what could not be read or parsed
            }
            if (!rules.contains(Rule.SPAN_ORDER) && !rules.contains(Rule.LICENSE_HEADER) && !(deadKeys && rules.contains(Rule.DEAD_KEY))) {
                continue;  // nothing here fix repairs
            }
            Path path;
            try {
                path = options.basedir().resolve(file.getKey());
            } catch (InvalidPathException e) {
                changes.add(new Change(file.getKey(), List.of(), "its name cannot be spelled in this locale: run with a UTF-8"
                        + " locale (LANG=C.UTF-8) to fix it"));
                continue;
            }
            String original = Files.readString(path, StandardCharsets.UTF_8);
            String text = original;
            List<String> what = new ArrayList<>();
            if (rules.contains(Rule.SPAN_ORDER)) {
                Optional<String> fixed = SpanOrderFix.apply(text, yaml);
                if (fixed.isPresent()) {
                    text = fixed.get();
                    what.add("spans put into finish order");
                }
            }
            if (deadKeys && rules.contains(Rule.DEAD_KEY)) {
                Optional<String> fixed = DeadKeyFix.apply(text, yaml);
                if (fixed.isPresent()) {
                    what.add("removed " + (original.lines().count() - fixed.get().lines().count()) + " operationId lines");
                    text = fixed.get();
                }
            }
            if (rules.contains(Rule.LICENSE_HEADER)) {
                Optional<String> fixed = HeaderFix.apply(path.getFileName().toString(), text);
                if (fixed.isPresent()) {
                    text = fixed.get();
                    what.add("inserted the Apache-2.0 license header");
                }
            }
            if (text.equals(original)) {
                continue;
            }
            boolean yamlChanged = what.stream().anyMatch(w -> w.startsWith("spans") || w.startsWith("removed"));
            if (yamlChanged && !FixProof.preserves(original, text, yaml, deadKeys)) {
                changes.add(new Change(file.getKey(), List.of(), "the repair would change more than the span order and the"
                        + " operationId lines (an anchor, or another key on a removed line): fix it by hand"));
                continue;
            }
            repaired.put(file.getKey(), text);
            changes.add(new Change(file.getKey(), List.copyOf(what), null));
        }
        return repaired;
    }

    public static String describe(Change change) {
        return change.path() + ": " + (change.refused() ? "not fixed: " + change.refusal()
                : change.what().stream().collect(Collectors.joining(", ")));
    }
}

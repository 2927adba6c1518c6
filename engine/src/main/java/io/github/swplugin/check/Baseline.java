package io.github.swplugin.check;

import io.github.swplugin.core.LicenseHeader;
import io.github.swplugin.core.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings a checkout has accepted for now, so that new work can be held to {@code failOnWarning} before
 * the old files are fixed. One finding a line, {@code rule<TAB>path<TAB>message}, matched without its line
 * and column, so that edits elsewhere in a file keep the entry valid; a finding that occurs twice needs two lines.
 */
public final class Baseline {
    /** The file's default name, in the checkout's root, meant to be committed. */
    public static final String FILE = "swplugin-baseline.txt";

    /** This run's findings, split: the new ones, the baselined ones, and the entries that no longer occur. */
    public record Split(List<Finding> fresh, List<Finding> known, List<String> stale) {
    }

    private final List<String> entries;

    private Baseline(List<String> entries) {
        this.entries = entries;
    }

    public static Baseline parse(String text) {
        List<String> entries = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                entries.add(line);
            }
        }
        return new Baseline(entries);
    }

    /**
     * The file for {@code findings}, sorted, after the license header (the target repository checks every
     * tracked file for it) and a header that says what it is.
     */
    public static String render(List<Finding> findings) {
        StringBuilder out = new StringBuilder(LicenseHeader.hashComment("\n") + "\n# swplugin baseline: " + Words.count(findings.size(), "finding") + " accepted for now.\n"
                + "# validate reports these as INFO and fails only on new findings; entries match by rule, file and message.\n"
                + "# Rewrite it with mvn swplugin:baseline; remove a line when its finding is fixed.\n");
        findings.stream().map(Baseline::entry).sorted().forEach(entry -> out.append(entry).append('\n'));
        return out.toString();
    }

    public Split split(List<Finding> findings) {
        Map<String, Integer> left = new HashMap<>();
        entries.forEach(entry -> left.merge(entry, 1, Integer::sum));
        List<Finding> fresh = new ArrayList<>();
        List<Finding> known = new ArrayList<>();
        for (Finding finding : findings) {
            String entry = entry(finding);
            if (left.getOrDefault(entry, 0) > 0) {
                left.merge(entry, -1, Integer::sum);
                known.add(finding);
            } else {
                fresh.add(finding);
            }
        }
        List<String> stale = new ArrayList<>();
        entries.stream().distinct().forEach(entry -> {
            for (int i = 0; i < left.getOrDefault(entry, 0); i++) {
                stale.add(entry);
            }
        });
        return new Split(fresh, known, stale);
    }

    /** A finding without its place, as entries match it: its rule, file and message. */
    public static String entry(Finding finding) {
        return finding.rule().id() + "\t" + Finding.printable(finding.path()) + "\t" + Finding.printable(finding.message());
    }
}

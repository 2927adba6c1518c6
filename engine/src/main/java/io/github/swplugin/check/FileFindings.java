package io.github.swplugin.check;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one file, so checks only say where (line, column) and what. */
public final class FileFindings {
    private final String path;
    private final List<Finding> findings = new ArrayList<>();

    public FileFindings(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** Adds a finding at a 1-based line and column. */
    public void add(Rule rule, int line, int column, String message) {
        findings.add(new Finding(path, Math.max(1, line), Math.max(1, column), rule, message));
    }

    /** Findings of an earlier run of the same checks on the same text. */
    public void addAll(List<Finding> earlier) {
        findings.addAll(earlier);
    }

    public List<Finding> list() {
        return findings;
    }
}

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

    public List<Finding> list() {
        return findings;
    }
}

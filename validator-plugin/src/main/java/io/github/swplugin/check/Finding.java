package io.github.swplugin.check;

import java.util.Comparator;

/**
 * One problem at one place. {@code path} is relative to the checked directory with {@code /}
 * separators; line and column are 1-based.
 */
public record Finding(String path, int line, int column, Rule rule, String message) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::message);

    public Severity severity() {
        return rule.severity();
    }

    /** The one-line form every front end prints: {@code path:line:col: ERROR [rule-id] message}. */
    @Override
    public String toString() {
        return path + ":" + line + ":" + column + ": " + severity() + " [" + rule.id() + "] " + message;
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}

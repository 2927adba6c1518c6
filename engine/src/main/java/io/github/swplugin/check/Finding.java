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

    /**
     * The one-line form every front end prints: {@code path:line:col: ERROR [rule-id] message}. Control
     * characters in a path (a directory named with a line break) are escaped, so that one finding stays one line.
     */
    @Override
    public String toString() {
        return printable(path) + ":" + line + ":" + column + ": " + severity() + " [" + rule.id() + "] " + printable(message);
    }

    static String printable(String text) {
        if (text.chars().noneMatch(Character::isISOControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}

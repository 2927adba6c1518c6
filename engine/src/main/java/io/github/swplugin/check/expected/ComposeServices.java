package io.github.swplugin.check.expected;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Rule;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The service names of a docker-compose file, found by a line scan of its {@code services:} block:
 * a name given twice (the later definition replaces the earlier, the mock collector's included) or
 * an empty name is reported.
 */
public final class ComposeServices {
    /** What docker compose accepts as a service name. */
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");

    private ComposeServices() {
    }

    public static void check(String text, FileFindings findings) {
        String[] lines = text.split("\n", -1);
        int start = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].stripTrailing().equals("services:")) {
                start = i + 1;
                break;
            }
        }
        if (start < 0) {
            return;
        }
        String indent = null;
        Map<String, Integer> seen = new HashMap<>();
        for (int i = start; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            int width = 0;
            while (width < line.length() && (line.charAt(width) == ' ' || line.charAt(width) == '\t')) {
                width++;
            }
            if (width == line.length() || line.charAt(width) == '#') {
                continue;  // blank or a comment
            }
            String lead = line.substring(0, width);
            if (lead.isEmpty()) {
                break;  // the next top-level key
            }
            if (indent == null) {
                indent = lead;
            }
            if (!lead.equals(indent)) {
                continue;  // inside a service
            }
            String key = key(line, width);
            if (key == null) {
                continue;
            }
            String name = unquote(key);
            int column = indent.length() + 1;
            if (!NAME.matcher(name).matches()) {
                findings.add(Rule.STRUCTURE, i + 1, column, "'" + name + "' is not a service name docker compose accepts"
                        + " (a letter or digit, then letters, digits, '_', '.', '-')");
            } else {
                Integer first = seen.putIfAbsent(name, i + 1);
                if (first != null) {
                    findings.add(Rule.DUPLICATE_KEY, i + 1, column, "service '" + name + "' is defined twice (first at line "
                            + first + "): only one definition is used, so the other service is gone; rename one");
                }
            }
        }
    }

    /**
     * The key of a {@code key:} line whose key starts at {@code from}, or null when the line is not one: a quoted key,
     * or the text before the first colon (no comment before it); the colon ends the line or is followed by a blank.
     * One pass over the line: a regular expression for this backtracked quadratically on long lines.
     */
    static String key(String line, int from) {
        char first = line.charAt(from);
        int colon;
        String key;
        if (first == '"' || first == '\'') {
            int close = line.indexOf(first, from + 1);
            if (close < 0) {
                return null;
            }
            key = line.substring(from, close + 1);
            colon = close + 1;
            while (colon < line.length() && (line.charAt(colon) == ' ' || line.charAt(colon) == '\t')) {
                colon++;
            }
            if (colon == line.length() || line.charAt(colon) != ':') {
                return null;
            }
        } else {
            colon = from;
            while (colon < line.length() && line.charAt(colon) != ':') {
                if (line.charAt(colon) == '#') {
                    return null;
                }
                colon++;
            }
            if (colon == line.length()) {
                return null;
            }
            key = line.substring(from, colon).strip();
        }
        boolean ends = colon + 1 == line.length() || line.charAt(colon + 1) == ' ' || line.charAt(colon + 1) == '\t';
        return ends ? key : null;
    }

    private static String unquote(String name) {
        return name.length() >= 2 && (name.startsWith("\"") || name.startsWith("'")) ? name.substring(1, name.length() - 1) : name;
    }
}

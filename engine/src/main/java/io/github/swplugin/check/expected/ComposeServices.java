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
        // line by line where they lie: only the lines of the services' names are cut out
        int number = 1;
        int from = 0;
        int end = lineEnd(text, from);
        while (!isServicesLine(text, from, end)) {
            if (end == text.length()) {
                return;  // no services: block
            }
            from = end + 1;
            end = lineEnd(text, from);
            number++;
        }
        String indent = null;
        Map<String, Integer> seen = new HashMap<>();
        while (end < text.length()) {
            from = end + 1;
            end = lineEnd(text, from);
            number++;
            int width = 0;
            while (from + width < end && (text.charAt(from + width) == ' ' || text.charAt(from + width) == '\t')) {
                width++;
            }
            int content = from + width;
            if (content == end || text.charAt(content) == '#' || text.charAt(content) == '\r' && content + 1 == end) {
                continue;  // blank or a comment
            }
            if (width == 0) {
                break;  // the next top-level key
            }
            if (indent == null) {
                indent = text.substring(from, content);
            }
            if (width != indent.length() || !text.startsWith(indent, from)) {
                continue;  // inside a service
            }
            String line = text.substring(from, end > from && text.charAt(end - 1) == '\r' ? end - 1 : end);
            String key = key(line, width);
            if (key == null) {
                continue;
            }
            String name = unquote(key);
            int column = indent.length() + 1;
            if (!NAME.matcher(name).matches()) {
                findings.add(Rule.STRUCTURE, number, column, "'" + name + "' is not a service name docker compose accepts"
                        + " (a letter or digit, then letters, digits, '_', '.', '-')");
            } else {
                Integer first = seen.putIfAbsent(name, number);
                if (first != null) {
                    findings.add(Rule.DUPLICATE_KEY, number, column, "service '" + name + "' is defined twice (first at line "
                            + first + "): only one definition is used, so the other service is gone; rename one");
                }
            }
        }
    }

    /** Where the line starting at {@code from} ends: its line feed, or the end of the text. */
    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }

    /** Whether the line is {@code services:} and trailing blanks. */
    private static boolean isServicesLine(String text, int from, int end) {
        int last = end;
        while (last > from && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        return last - from == "services:".length() && text.startsWith("services:", from);
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

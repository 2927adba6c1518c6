package io.github.swplugin.archetype;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Enough of TOML's grammar to tell that a {@code pyproject.toml} is broken before it is edited: every
 * line is blank, a comment, a {@code [table]} header or {@code key = value}; strings, arrays and inline
 * tables are closed (arrays may span lines, strings in triple quotes too).
 */
final class TomlSyntax {
    private static final String KEY_PART = "(?:[A-Za-z0-9_-]+|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'[^'\\n]*')";
    private static final String KEY = KEY_PART + "(?:[ \\t]*\\.[ \\t]*" + KEY_PART + ")*";
    private static final Pattern TABLE = Pattern.compile("\\[\\[?[ \\t]*" + KEY + "[ \\t]*]]?[ \\t]*(?:#.*)?");
    private static final Pattern ASSIGNMENT = Pattern.compile(KEY + "[ \\t]*=[ \\t]*(\\S.*)");

    private TomlSyntax() {
    }

    /** What is wrong and on which 1-based line, or empty when the text reads as TOML. */
    static Optional<String> problem(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int depth = 0;
        String openString = null;
        int openedAt = 0;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int i = 0;
            if (openString == null && depth == 0) {
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                if (content.startsWith("[")) {
                    if (!TABLE.matcher(content).matches()) {
                        return Optional.of("line " + (n + 1) + ": '" + content + "' is not a [table] header");
                    }
                    continue;
                }
                var assignment = ASSIGNMENT.matcher(content);
                if (!assignment.matches()) {
                    return Optional.of("line " + (n + 1) + ": '" + content + "' is neither key = value, a [table] nor a comment");
                }
                line = assignment.group(1);
                openedAt = n + 1;
            }
            while (i < line.length()) {
                char c = line.charAt(i);
                if (openString != null) {
                    if (c == '\\' && !openString.startsWith("'")) {
                        i += 2;
                    } else if (line.startsWith(openString, i)) {
                        i += openString.length();
                        openString = null;
                    } else if (openString.length() == 1 && i == line.length() - 1) {
                        return Optional.of("line " + (n + 1) + ": a string is not closed on its line");
                    } else {
                        i++;
                    }
                    continue;
                }
                if (c == '#') {
                    break;
                }
                if (c == '"' || c == '\'') {
                    String quote = String.valueOf(c);
                    openString = line.startsWith(quote.repeat(3), i) ? quote.repeat(3) : quote;
                    i += openString.length();
                    if (openString.length() == 1 && i >= line.length()) {
                        return Optional.of("line " + (n + 1) + ": a string is not closed on its line");
                    }
                    continue;
                }
                depth += c == '[' || c == '{' ? 1 : c == ']' || c == '}' ? -1 : 0;
                if (depth < 0) {
                    return Optional.of("line " + (n + 1) + ": '" + c + "' closes nothing");
                }
                i++;
            }
            if (openString != null && openString.length() == 1) {
                return Optional.of("line " + (n + 1) + ": a string is not closed on its line");
            }
        }
        if (openString != null || depth > 0) {
            return Optional.of("line " + openedAt + ": " + (openString != null ? "a string" : "a list or table")
                    + " opened here is never closed");
        }
        return Optional.empty();
    }
}

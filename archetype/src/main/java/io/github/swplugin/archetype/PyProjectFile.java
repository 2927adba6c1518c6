package io.github.swplugin.archetype;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code pyproject.toml}: the agent's plugin libraries live in {@code [tool.poetry.group.plugins.dependencies]}. */
final class PyProjectFile {
    static final String SECTION = "[tool.poetry.group.plugins.dependencies]";
    private static final Pattern ENTRY = Pattern.compile("(?m)^[ \\t]*\"?([A-Za-z0-9][A-Za-z0-9._-]*)\"?[ \\t]*=.*$");

    private final String text;

    PyProjectFile(String text) {
        TomlSyntax.problem(text).ifPresent(problem -> {
            throw new ScaffoldException("pyproject.toml is not valid TOML (" + problem + "): fix it first. Nothing was written.");
        });
        this.text = text;
    }

    private static final Pattern PYTHON = Pattern.compile("(?m)^[ \\t]*(?:python|requires-python)[ \\t]*=[ \\t]*[\"']([^\"']*)[\"']");
    private static final Pattern FLOOR = Pattern.compile(">=[ \\t]*(3\\.\\d{1,2})");

    /** The lowest Python the checkout supports, as a support_matrix key ({@code >=3.10}), if pyproject.toml says. */
    Optional<String> pythonFloor() {
        Matcher python = PYTHON.matcher(text);
        if (!python.find()) {
            return Optional.empty();
        }
        Matcher floor = FLOOR.matcher(python.group(1));
        return floor.find() ? Optional.of(">=" + floor.group(1)) : Optional.empty();
    }

    /** The text with {@code library = "constraint"} at the end of the section, or empty if it is listed already. */
    Optional<String> withDependency(String library, String constraint) {
        int start = text.indexOf(SECTION);
        if (start < 0) {
            throw new ScaffoldException("pyproject.toml has no " + SECTION + " section: is this a skywalking-python checkout?");
        }
        int bodyStart = text.indexOf('\n', start) + 1;
        Matcher nextSection = Pattern.compile("(?m)^\\[").matcher(text);
        int bodyEnd = nextSection.find(bodyStart) ? nextSection.start() : text.length();
        String body = text.substring(bodyStart, bodyEnd);
        String name = library.replaceAll("\\[.*$", "");
        Matcher entry = ENTRY.matcher(body);
        int insertAt = bodyStart;
        while (entry.find()) {
            if (entry.group(1).toLowerCase(Locale.ROOT).replace('_', '-').equals(name.toLowerCase(Locale.ROOT).replace('_', '-'))) {
                return Optional.empty();
            }
            insertAt = bodyStart + entry.end();
        }
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        String quote = body.contains("'") && !body.contains("\"") ? "'" : "\"";
        String key = name.matches("[A-Za-z0-9_-]+") ? name : quote + name + quote;
        String line = key + " = " + quote + constraint + quote;
        if (insertAt == bodyStart) {
            return Optional.of(text.substring(0, insertAt) + line + newline + text.substring(insertAt));
        }
        int lineEnd = text.indexOf('\n', insertAt);
        int after = lineEnd < 0 ? text.length() : lineEnd + 1;
        String prefix = lineEnd < 0 ? text + newline : text.substring(0, after);
        return Optional.of(prefix + line + newline + text.substring(after));
    }
}

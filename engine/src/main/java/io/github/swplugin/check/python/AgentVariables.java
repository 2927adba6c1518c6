package io.github.swplugin.check.python;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SW_ environment variables the Python agent reads, as its own sources name them: by name (its configuration
 * module names every option's variable), or every variable of a prefix (SW_KAFKA_REPORTER_CONFIG_).
 */
public record AgentVariables(Set<String> names, Set<String> prefixes) {
    private static final Pattern LITERAL = Pattern.compile("(['\"])(SW_[A-Z0-9_]+)\\1");

    /** The variables a source file names in string literals; one ending in '_' is a prefix. */
    public static AgentVariables in(String source) {
        Set<String> names = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        Matcher literal = LITERAL.matcher(source);
        while (literal.find()) {
            String name = literal.group(2);
            (name.endsWith("_") ? prefixes : names).add(name);
        }
        return new AgentVariables(names, prefixes);
    }

    public boolean reads(String variable) {
        return names.contains(variable) || prefixes.stream().anyMatch(variable::startsWith);
    }

    /** Both sets in order: what cached findings that depend on them are kept under. */
    public String key() {
        return String.join(",", new TreeSet<>(names)) + "|" + String.join(",", new TreeSet<>(prefixes));
    }
}

package io.github.swplugin.check.expected;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code SW_AGENT_NAME}s a docker-compose file gives its services, in map form
 * ({@code SW_AGENT_NAME: provider}) or list form ({@code - SW_AGENT_NAME=provider}). Found by a line
 * scan: composing every compose file only for these names would double the YAML work of a run.
 */
public final class ComposeAgents {
    private static final Pattern AGENT_NAME = Pattern.compile(
            "(?m)^[ \\t]*(?:-[ \\t]*)?([\"']?)SW_AGENT_NAME\\1[ \\t]*[:=][ \\t]*([\"']?)([^\"'\\s#]+)\\2[ \\t]*(?:#.*)?\\r?$");

    private ComposeAgents() {
    }

    public static Set<String> read(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = AGENT_NAME.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(3));
        }
        return names;
    }
}

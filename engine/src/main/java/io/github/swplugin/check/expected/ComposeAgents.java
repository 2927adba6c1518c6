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
    private static final String VARIABLE = "SW_AGENT_NAME";
    private static final Pattern AGENT_NAME = Pattern.compile(
            "[ \\t]*(?:-[ \\t]*)?([\"']?)SW_AGENT_NAME\\1[ \\t]*[:=][ \\t]*([\"']?)([^\"'\\s#]+)\\2[ \\t]*(?:#.*)?\\r?");

    private ComposeAgents() {
    }

    public static Set<String> read(String text) {
        Set<String> names = new TreeSet<>();
        // only the lines that name the variable are matched: a multiline pattern over the whole file showed in cold profiles
        // each line once, however often it names the variable: matching it again per mention was quadratic
        for (int at = text.indexOf(VARIABLE); at >= 0; ) {
            int start = text.lastIndexOf('\n', at) + 1;
            int end = text.indexOf('\n', at);
            Matcher matcher = AGENT_NAME.matcher(text.substring(start, end < 0 ? text.length() : end));
            if (matcher.matches()) {
                names.add(matcher.group(3));
            }
            at = end < 0 ? -1 : text.indexOf(VARIABLE, end);
        }
        return names;
    }
}

package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.collector.Agent;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Python agent's own sources (skywalking/**.py): the SW_ environment variables they name, which are all the agent
 * reads (its configuration module names every option's variable; a few modules read every variable of a prefix).
 */
public final class AgentSourceFile implements FileCheck {
    public static final String CONFIG_MODULE = "skywalking/config.py";
    private static final Pattern VARIABLE = Pattern.compile("(['\"])(SW_[A-Z0-9_]+)\\1");

    /** Whether the path is a module of the agent's package. */
    public static boolean is(String path) {
        return path.startsWith("skywalking/") && path.endsWith(".py");
    }

    @Override
    public boolean reads(String path, Agent agent) {
        return agent == Agent.PYTHON && is(path);
    }

    @Override
    public void check(SourceText file, RunContext context, FileFindings findings) {
        Set<String> names = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        Matcher literal = VARIABLE.matcher(file.text());
        while (literal.find()) {
            String name = literal.group(2);
            (name.endsWith("_") ? prefixes : names).add(name);
        }
        context.agentVariables(names, prefixes, file.path().equals(CONFIG_MODULE));
    }
}

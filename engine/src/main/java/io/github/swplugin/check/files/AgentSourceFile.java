package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.python.AgentVariables;
import io.github.swplugin.check.python.TagKeys;
import io.github.swplugin.collector.Agent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Python agent's own sources (skywalking/**.py): the SW_ environment variables they name, which are all the agent
 * reads.
 */
public final class AgentSourceFile implements FileCheck {
    public static final String CONFIG_MODULE = "skywalking/config.py";
    /** The facts kept with a source's cache entry: a variable it names, a prefix it names, a tag class's key. */
    private static final String READS = "reads ";
    private static final String READS_PREFIX = "reads-prefix ";
    private static final String TAG = "tag ";

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
        AgentVariables variables = AgentVariables.in(file.text());
        Map<String, String> tagKeys = file.path().equals(TagKeys.PATH) ? TagKeys.in(file.text()) : Map.of();
        record(file.path(), variables, tagKeys, context);
        // kept with the file's cache entry, so that an unchanged source is not read again
        List<String> facts = new ArrayList<>();
        variables.names().stream().sorted().forEach(name -> facts.add(READS + name));
        variables.prefixes().stream().sorted().forEach(prefix -> facts.add(READS_PREFIX + prefix));
        new TreeMap<>(tagKeys).forEach((tag, key) -> facts.add(TAG + tag + " " + key));
        context.facts(file.path(), facts);
    }

    /** What a source read in an earlier run said, recorded as if it had been read now. */
    public static void reuse(String path, List<String> facts, RunContext context) {
        Map<String, String> tagKeys = new HashMap<>();
        PackedStrings.after(facts, TAG).forEach(fact -> {
            String[] tag = fact.split(" ", 2);
            tagKeys.put(tag[0], tag.length > 1 ? tag[1] : "");
        });
        AgentVariables variables = new AgentVariables(new HashSet<>(PackedStrings.after(facts, READS)),
                new HashSet<>(PackedStrings.after(facts, READS_PREFIX)));
        record(path, variables, path.equals(TagKeys.PATH) ? tagKeys : Map.of(), context);
    }

    private static void record(String path, AgentVariables variables, Map<String, String> tagKeys, RunContext context) {
        context.agentVariables(variables, path.equals(CONFIG_MODULE));
        if (path.equals(TagKeys.PATH)) {
            context.tagKeys(tagKeys);
        }
    }
}

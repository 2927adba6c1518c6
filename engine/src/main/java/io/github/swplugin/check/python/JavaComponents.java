package io.github.swplugin.check.python;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The components the Java agent defines, from its {@code ComponentsDefine.java}: what a scenario's componentId may be,
 * as the Python agent's Component enum is for its tests.
 */
public final class JavaComponents {
    /** Where skywalking-java keeps the definitions. */
    public static final String PATH = "apm-protocol/apm-network/src/main/java/org/apache/skywalking/apm/network/trace/component/"
            + "ComponentsDefine.java";
    private static final Pattern DEFINITION = Pattern.compile("new\\s+OfficialComponent\\s*\\(\\s*(\\d{1,9})\\s*,\\s*\"([^\"\\n]*)\"");

    private JavaComponents() {
    }

    /** The ids and names the file defines; empty when it defines none (another file, or another era's format). */
    public static Optional<Map<Integer, String>> read(String source) {
        Map<Integer, String> components = new TreeMap<>();
        Matcher matcher = DEFINITION.matcher(source);
        while (matcher.find()) {
            components.put(Integer.parseInt(matcher.group(1)), matcher.group(2));
        }
        return components.isEmpty() ? Optional.empty() : Optional.of(components);
    }
}

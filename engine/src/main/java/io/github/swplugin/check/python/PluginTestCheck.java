package io.github.swplugin.check.python;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Rule;
import io.github.swplugin.check.TextPosition;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plugin test {@code test_*.py}: each {@code get_test_vector(lib_name=..., support_matrix=...)}
 * must name a library of the support_matrix it passes, or the test never runs a version.
 */
public final class PluginTestCheck {
    private static final Pattern IMPORT = Pattern.compile(
            "from[ \\t]+skywalking\\.plugins\\.(sw_\\w+)[ \\t]+import[ \\t]+support_matrix(?:[ \\t]+as[ \\t]+(\\w+))?");
    private static final Pattern VECTOR = Pattern.compile(
            "lib_name\\s*=\\s*(['\"])([^'\"\\n]*)\\1\\s*,\\s*support_matrix\\s*=\\s*(\\w+)");

    private PluginTestCheck() {
    }

    /**
     * @param librariesOf the support_matrix libraries of a plugin module by its name ({@code sw_redis}), when known
     */
    public static void check(String text, Function<String, Optional<Set<String>>> librariesOf, FileFindings findings) {
        Map<String, String> moduleByAlias = new HashMap<>();
        Matcher imports = IMPORT.matcher(text);
        while (imports.find()) {
            moduleByAlias.put(imports.group(2) != null ? imports.group(2) : "support_matrix", imports.group(1));
        }
        TextPosition positions = new TextPosition(text);
        Matcher vector = VECTOR.matcher(text);
        while (vector.find()) {
            String module = moduleByAlias.get(vector.group(3));
            if (module == null) {
                continue;
            }
            String library = vector.group(2);
            librariesOf.apply(module).filter(libraries -> !libraries.contains(library)).ifPresent(libraries ->
                    findings.add(Rule.TEST_LIB_NAME, positions.line(vector.start(2)), positions.column(vector.start(2)),
                            "lib_name '" + library + "' is not a key of " + module + ".support_matrix (" + String.join(", ", libraries)
                                    + "): the test would run no version"));
        }
    }
}

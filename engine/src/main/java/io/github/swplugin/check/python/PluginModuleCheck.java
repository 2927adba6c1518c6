package io.github.swplugin.check.python;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Rule;
import io.github.swplugin.core.PythonEnum;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plugin module {@code skywalking/plugins/sw_*.py}, read as text: the three attributes the docs
 * generator and the test orchestrator read, their shapes, and the components it names.
 */
public final class PluginModuleCheck {
    private static final List<String> ATTRIBUTES = List.of("link_vector", "support_matrix", "note");
    private static final Pattern VERSION_KEY = Pattern.compile("(>=|<=|==|!=|>|<)(\\d+(?:\\.\\d+)*)");

    private PluginModuleCheck() {
    }

    /**
     * What the rest of the run needs from a module: the libraries its support_matrix lists and its
     * part of Plugins.md, each when it could be read.
     */
    public record Facts(Optional<Set<String>> libraries, Optional<PluginsDoc.Section> docSection) {
    }

    /** Checks what depends on the module's text alone; {@link #unknownComponents} checks its references against the enum. */
    public static Facts check(String name, PythonModule module, FileFindings findings) {
        for (String attribute : ATTRIBUTES) {
            if (!module.assigns(attribute)) {
                findings.add(Rule.PLUGIN_ATTRIBUTE, 1, 1, "the module has no top-level '" + attribute
                        + "': every plugin declares link_vector, support_matrix and note, which the docs generator and the tests read");
            }
        }
        Optional<PyValue> matrix = literal(module, "support_matrix", findings);
        Optional<PyValue> links = literal(module, "link_vector", findings);
        Optional<PyValue> note = literal(module, "note", findings);
        Optional<Set<String>> libraries = matrix.flatMap(m -> supportMatrix(m, findings));
        libraries.ifPresent(libs -> links.ifPresent(l -> linkVector(l, libs.size(), findings)));
        note.filter(n -> !(n instanceof PyValue.Str)).ifPresent(n ->
                findings.add(Rule.PLUGIN_ATTRIBUTE, n.line(), n.column(), "note must be a string (\"\"\"\"\"\" when there is nothing to say)"));
        Optional<PluginsDoc.Section> section = matrix.isPresent() && links.isPresent() && note.isPresent()
                ? PluginsDoc.section(name, matrix.get(), links.get(), note.get()) : Optional.empty();
        return new Facts(libraries, section);
    }

    /** Each {@code Component.X} the module names that the enum does not have. */
    public static void unknownComponents(List<PythonModule.ComponentRef> refs, PythonEnum components, FileFindings findings) {
        refs.stream().filter(ref -> components.byName(ref.name()).isEmpty())
                .forEach(ref -> findings.add(Rule.UNKNOWN_COMPONENT, ref.line(), ref.column(), "Component." + ref.name()
                        + " is not a member of the Component enum in skywalking/__init__.py: add it there, or use an existing member"));
    }

    private static Optional<PyValue> literal(PythonModule module, String name, FileFindings findings) {
        if (!module.assigns(name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(module.literal(name));
        } catch (PythonSyntaxException e) {
            int line = e.offset() > 0 ? module.positions().line(e.offset()) : module.lineOf(name);
            int column = e.offset() > 0 ? module.positions().column(e.offset()) : 1;
            findings.add(Rule.PYTHON_UNPARSED, line, column, name + " is not a plain literal (" + e.getMessage()
                    + "), so its checks were skipped");
            return Optional.empty();
        }
    }

    private static Optional<Set<String>> supportMatrix(PyValue matrix, FileFindings findings) {
        if (!(matrix instanceof PyValue.Dict libraries)) {
            findings.add(Rule.PLUGIN_ATTRIBUTE, matrix.line(), matrix.column(),
                    "support_matrix must be a dict: {'pip-name': {'>=3.x': ['1.*']}}");
            return Optional.empty();
        }
        Set<String> names = new LinkedHashSet<>();
        for (PyValue.Entry library : libraries.entries()) {
            if (!(library.key() instanceof PyValue.Str name) || !(library.value() instanceof PyValue.Dict versions)) {
                findings.add(Rule.PLUGIN_ATTRIBUTE, library.key().line(), library.key().column(),
                        "each support_matrix entry maps a pip name to {'>=3.x': ['1.*']}");
                continue;
            }
            names.add(name.value());
            versionKeys(versions, findings);
        }
        return Optional.of(names);
    }

    private static void versionKeys(PyValue.Dict versions, FileFindings findings) {
        List<Integer> previous = null;
        String previousKey = null;
        for (PyValue.Entry entry : versions.entries()) {
            Matcher key = entry.key() instanceof PyValue.Str s ? VERSION_KEY.matcher(s.value().replace(" ", "")) : null;
            if (key == null || !key.matches()) {
                findings.add(Rule.PYTHON_VERSION_KEY, entry.key().line(), entry.key().column(), describe(entry.key())
                        + " is not a Python-version key: write an operator (>, >=, ==, <=, <, !=) and a version, such as '>=3.10'");
                continue;
            }
            if (!(entry.value() instanceof PyValue.Seq)) {
                findings.add(Rule.PLUGIN_ATTRIBUTE, entry.value().line(), entry.value().column(),
                        "the versions of " + describe(entry.key()) + " must be a list, such as ['1.*'] (or [] when not supported yet)");
            }
            List<Integer> version = parts(key.group(2));
            if (previous != null && compare(version, previous) > 0) {
                findings.add(Rule.PYTHON_VERSION_KEY, entry.key().line(), entry.key().column(), describe(entry.key()) + " comes after '"
                        + previousKey + "': the agent takes the first key that matches, so list keys from the highest version down");
            }
            previous = version;
            previousKey = ((PyValue.Str) entry.key()).value();
        }
    }

    private static void linkVector(PyValue links, int libraries, FileFindings findings) {
        if (!(links instanceof PyValue.Seq list)) {
            findings.add(Rule.PLUGIN_ATTRIBUTE, links.line(), links.column(), "link_vector must be a list of documentation URLs");
        } else if (list.items().size() != libraries) {
            findings.add(Rule.LINK_VECTOR, links.line(), links.column(), "link_vector has " + list.items().size()
                    + " links but support_matrix lists " + libraries + " libraries: the docs generator pairs them by position"
                    + (list.items().size() < libraries ? " and drops the libraries without a link" : "") + "; give one link per library");
        }
    }

    private static List<Integer> parts(String version) {
        List<Integer> parts = new ArrayList<>();
        for (String part : version.split("\\.")) {
            parts.add(part.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(part));
        }
        return parts;
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int difference = Integer.compare(i < a.size() ? a.get(i) : 0, i < b.size() ? b.get(i) : 0);
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    private static String describe(PyValue value) {
        return value instanceof PyValue.Str s ? "'" + s.value() + "'" : "this key";
    }
}

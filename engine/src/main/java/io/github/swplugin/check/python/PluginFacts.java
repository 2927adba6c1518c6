package io.github.swplugin.check.python;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a plugin module tells the rest of a run besides its own findings: the components it names (with where, for the
 * check against the enum), the layers and kinds of the spans it opens and the tags it sets, the settings it reads, the
 * packages it imports, its support_matrix libraries and its part of Plugins.md. Written as lines and read back, so
 * that a module unchanged since the last run is not parsed again.
 *
 * @param tagValues    the literal values of each tag class the module builds; null for a class built of anything else
 * @param setsMatrix   whether the module assigns a support_matrix at all
 * @param libraries    the libraries of its support_matrix, when that could be read
 * @param docSection   its rows of Plugins.md, when its attributes could be read
 */
public record PluginFacts(List<PythonModule.ComponentRef> componentRefs, Set<String> layers, Set<String> spanKinds, boolean tagsSpans,
        Map<String, Set<String>> tagValues, Set<String> configReads, Set<String> imports, boolean setsMatrix,
        Optional<Set<String>> libraries, Optional<PluginsDoc.Section> docSection) {
    // one prefix per kind of line; none is a prefix of another, or of the agent-source facts kept in the same entry
    private static final String COMPONENT = "plugin-component ";
    private static final String LAYER = "plugin-layer ";
    private static final String SPAN = "plugin-span ";
    private static final String TAGS_SPANS = "plugin-tags-spans";
    private static final String TAG_VALUE = "plugin-tag-value ";
    private static final String TAG_ANY = "plugin-tag-any ";
    private static final String SETTING = "plugin-setting ";
    private static final String IMPORT = "plugin-import ";
    private static final String MATRIX = "plugin-matrix";
    private static final String LIBRARIES = "plugin-libraries";
    private static final String LIBRARY = "plugin-library ";
    private static final String DOC = "plugin-doc";
    private static final String DOC_ROW = "plugin-doc-row ";
    private static final String DOC_NOTE = "plugin-doc-note ";

    public static PluginFacts of(PythonModule module, Optional<Set<String>> libraries, Optional<PluginsDoc.Section> docSection) {
        return new PluginFacts(List.copyOf(module.componentRefs()), module.layers(), module.spanKinds(), module.tagsSpans(),
                module.tagValues(), module.configReads(), module.imports(), module.assigns("support_matrix"), libraries, docSection);
    }

    /** The facts as lines, which {@link #read} takes back. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        componentRefs.forEach(ref -> lines.add(COMPONENT + ref.line() + " " + ref.column() + " " + ref.name()));
        new TreeSet<>(layers).forEach(layer -> lines.add(LAYER + layer));
        new TreeSet<>(spanKinds).forEach(kind -> lines.add(SPAN + kind));
        if (tagsSpans) {
            lines.add(TAGS_SPANS);
        }
        new TreeMap<>(tagValues).forEach((tagClass, values) -> {
            if (values == null) {
                lines.add(TAG_ANY + tagClass);
            } else {
                new TreeSet<>(values).forEach(value -> lines.add(TAG_VALUE + tagClass + " " + value));
                if (values.isEmpty()) {
                    lines.add(TAG_VALUE + tagClass);  // built, of no literal yet: known to be built
                }
            }
        });
        new TreeSet<>(configReads).forEach(setting -> lines.add(SETTING + setting));
        new TreeSet<>(imports).forEach(name -> lines.add(IMPORT + name));
        if (setsMatrix) {
            lines.add(MATRIX);
        }
        libraries.ifPresent(names -> {
            lines.add(LIBRARIES);
            names.forEach(name -> lines.add(LIBRARY + name));  // in the module's order: Plugins.md pairs them with links by position
        });
        docSection.ifPresent(section -> {
            lines.add(DOC);
            section.rows().forEach(row -> lines.add(DOC_ROW + row));
            lines.add(DOC_NOTE + section.note());
        });
        return lines;
    }

    /** The facts {@link #lines} wrote for the module {@code name}; lines of other kinds are passed over. */
    public static PluginFacts read(String name, List<String> lines) {
        List<PythonModule.ComponentRef> refs = new ArrayList<>();
        Set<String> layers = new TreeSet<>();
        Set<String> spanKinds = new TreeSet<>();
        Map<String, Set<String>> tagValues = new LinkedHashMap<>();
        Set<String> settings = new TreeSet<>();
        Set<String> imports = new TreeSet<>();
        Set<String> libraries = null;
        List<String> rows = null;
        String note = "";
        boolean tagsSpans = false;
        boolean matrix = false;
        for (String line : lines) {
            if (line.startsWith(COMPONENT)) {
                String[] parts = line.substring(COMPONENT.length()).split(" ", 3);
                refs.add(new PythonModule.ComponentRef(parts[2], Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
            } else if (line.startsWith(LAYER)) {
                layers.add(line.substring(LAYER.length()));
            } else if (line.startsWith(SPAN)) {
                spanKinds.add(line.substring(SPAN.length()));
            } else if (line.equals(TAGS_SPANS)) {
                tagsSpans = true;
            } else if (line.startsWith(TAG_VALUE)) {
                String[] parts = line.substring(TAG_VALUE.length()).split(" ", 2);
                Set<String> values = tagValues.computeIfAbsent(parts[0], tagClass -> new TreeSet<>());
                if (parts.length > 1) {
                    values.add(parts[1]);
                }
            } else if (line.startsWith(TAG_ANY)) {
                tagValues.put(line.substring(TAG_ANY.length()), null);
            } else if (line.startsWith(SETTING)) {
                settings.add(line.substring(SETTING.length()));
            } else if (line.startsWith(IMPORT)) {
                imports.add(line.substring(IMPORT.length()));
            } else if (line.equals(MATRIX)) {
                matrix = true;
            } else if (line.equals(LIBRARIES)) {
                libraries = new LinkedHashSet<>();
            } else if (line.startsWith(LIBRARY) && libraries != null) {
                libraries.add(line.substring(LIBRARY.length()));
            } else if (line.equals(DOC)) {
                rows = new ArrayList<>();
            } else if (line.startsWith(DOC_ROW) && rows != null) {
                rows.add(line.substring(DOC_ROW.length()));
            } else if (line.startsWith(DOC_NOTE)) {
                note = line.substring(DOC_NOTE.length());
            }
        }
        Optional<PluginsDoc.Section> section = rows == null ? Optional.empty() : Optional.of(new PluginsDoc.Section(name, List.copyOf(rows), note));
        return new PluginFacts(List.copyOf(refs), layers, spanKinds, tagsSpans, tagValues, settings, imports, matrix,
                Optional.ofNullable(libraries), section);
    }
}

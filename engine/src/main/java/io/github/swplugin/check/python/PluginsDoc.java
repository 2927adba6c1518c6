package io.github.swplugin.check.python;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@code docs/en/setup/Plugins.md} as the agent's {@code tools/plugin_doc_gen.py} writes it, built
 * from the plugin modules' literals instead of importing them: one row per library (support_matrix
 * keys paired with link_vector by position, extra keys dropped as {@code zip} drops them), modules in
 * file-name order, then the non-empty notes.
 */
public final class PluginsDoc {
    public static final String PATH = "docs/en/setup/Plugins.md";

    private static final String HEAD = """
            # Supported Libraries
            This document is **automatically** generated from the SkyWalking Python testing matrix.

            The column of versions only indicates the set of library versions tested in a best-effort manner.

            If you find newer major versions that are missing from the following table, and it's not documented as a limitation,
            please PR to update the test matrix in the plugin.

            Versions marked as NOT SUPPORTED may be due to
            an incompatible version with Python in the original library
            or a limitation of SkyWalking auto-instrumentation (welcome to contribute!)

            ### Plugin Support Table
            | Library | Python Version - Lib Version | Plugin Name |
            | :--- | :--- | :--- |
            """;

    /** The table header this generator writes, as the agent's own generator does since v1.0.0. */
    public static final String TABLE_HEADER = "| Library | Python Version - Lib Version | Plugin Name |";

    /** The agent's own generators, where its releases kept them. */
    public static final List<String> GENERATORS = List.of("tools/plugin_doc_gen.py", "tools/doc/plugin_doc_gen.py");

    /** What one plugin module contributes: its table rows and its note (empty when it has none). */
    public record Section(String module, List<String> rows, String note) {
    }

    private PluginsDoc() {
    }

    /** The section of a module whose attributes are plain literals of the expected shapes, else empty. */
    public static Optional<Section> section(String module, PyValue matrix, PyValue links, PyValue note) {
        if (!(matrix instanceof PyValue.Dict libraries) || !(links instanceof PyValue.Seq linkList)) {
            return Optional.empty();
        }
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(libraries.entries().size(), linkList.items().size()); i++) {
            PyValue.Entry library = libraries.entries().get(i);
            if (!(library.value() instanceof PyValue.Dict versions)) {
                return Optional.empty();
            }
            StringBuilder pretty = new StringBuilder();
            for (PyValue.Entry version : versions.entries()) {
                boolean empty = version.value() instanceof PyValue.Seq seq && seq.items().isEmpty();
                pretty.append("Python ").append(PythonText.str(version.key())).append(" - ")
                        .append(empty ? "NOT SUPPORTED YET" : PythonText.str(version.value())).append("; ");
            }
            rows.add("| [" + PythonText.str(library.key()) + "](" + PythonText.str(linkList.items().get(i)) + ") | " + pretty
                    + " | `" + module + "` |");
        }
        String noteText = note instanceof PyValue.Str s ? s.value() : PythonText.str(note);
        boolean falsy = note instanceof PyValue.Str s ? s.value().isEmpty() : note instanceof PyValue.Atom a
                && (a.text().equals("None") || a.text().equals("False") || a.text().matches("0+(\\.0*)?"));
        return Optional.of(new Section(module, List.copyOf(rows), falsy ? "" : noteText));
    }

    /** The whole document, sections in the order given (the caller sorts them by module name). */
    public static String render(Collection<Section> sections) {
        StringBuilder out = new StringBuilder(HEAD);
        sections.forEach(s -> s.rows().forEach(row -> out.append(row).append('\n')));
        out.append("### Notes\n");
        sections.stream().filter(s -> !s.note().isEmpty()).forEach(s -> out.append("- ").append(s.note()).append('\n'));
        return out.toString();
    }
}

package io.github.swplugin.check.docs;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.FileText;
import io.github.swplugin.check.ValidatorOptions;
import io.github.swplugin.check.python.PluginsDoc;
import io.github.swplugin.check.python.PyValue;
import io.github.swplugin.check.python.PythonModule;
import io.github.swplugin.check.python.PythonSyntaxException;
import io.github.swplugin.core.AtomicFiles;
import io.github.swplugin.core.CheckoutRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Writes Plugins.md from a checkout's plugin modules, or says which module keeps it from doing so. */
public final class PluginsDocWriter {
    private static final String PLUGINS = "skywalking/plugins";

    /** What happened: whether the file changed, how many rows it has, and what stopped it, if anything. */
    public record Outcome(boolean changed, int rows, int modules, List<String> problems) {
    }

    private PluginsDocWriter() {
    }

    /** The generated Plugins.md, or the problems that keep it from being generated. */
    public record Rendering(String text, int rows, int modules, List<String> problems) {
    }

    public static Outcome write(Path basedir) throws IOException {
        Rendering rendering = render(basedir, Map.of());
        if (!rendering.problems().isEmpty()) {
            return new Outcome(false, rendering.rows(), rendering.modules(), rendering.problems());
        }
        Path target = basedir.resolve(PluginsDoc.PATH);
        if (Files.isRegularFile(target) && Files.readString(target, StandardCharsets.UTF_8).equals(rendering.text())) {
            return new Outcome(false, rendering.rows(), rendering.modules(), List.of());
        }
        AtomicFiles.write(CheckoutRoot.of(basedir), target, rendering.text());
        return new Outcome(true, rendering.rows(), rendering.modules(), List.of());
    }

    /**
     * Plugins.md as the checkout's plugin modules generate it, with {@code added} (module file name to
     * source) as if they were in skywalking/plugins too: what a new plugin's generation writes with it.
     */
    public static Rendering render(Path basedir, Map<String, String> added) throws IOException {
        Path directory = basedir.resolve(PLUGINS);
        if (!Files.isDirectory(directory)) {
            return new Rendering("", 0, 0, List.of(PLUGINS + " does not exist: run the goal in the root of a skywalking-python checkout"));
        }
        Map<String, Optional<String>> sources = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> listing = Files.list(directory)) {
            for (Path file : listing.filter(p -> p.getFileName().toString().endsWith(".py")
                    && !p.getFileName().toString().equals("__init__.py")).toList()) {
                String relative = PLUGINS + "/" + file.getFileName();
                FileFindings unreadable = new FileFindings(relative);
                Optional<String> source = FileText.read(file, ValidatorOptions.DEFAULT_MAX_FILE_BYTES, unreadable);
                source.ifPresentOrElse(text -> { }, () -> problems.add(relative + ": " + unreadable.list().get(0).message()));
                sources.put(file.getFileName().toString(), source);
            }
        }
        added.forEach((name, text) -> sources.put(name, Optional.of(text)));
        List<PluginsDoc.Section> sections = new ArrayList<>();
        for (Map.Entry<String, Optional<String>> entry : sources.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            String name = entry.getKey().replaceFirst("\\.py$", "");
            String relative = PLUGINS + "/" + entry.getKey();
            try {
                PythonModule module = PythonModule.of(entry.getValue().get());
                Optional<PluginsDoc.Section> section = PluginsDoc.section(name, literal(module, "support_matrix"),
                        literal(module, "link_vector"), literal(module, "note"));
                section.ifPresentOrElse(sections::add, () -> problems.add(relative + ": support_matrix must be a dict of dicts and"
                        + " link_vector a list"));
            } catch (PythonSyntaxException e) {
                problems.add(relative + ": " + e.getMessage());
            }
        }
        int rows = sections.stream().mapToInt(s -> s.rows().size()).sum();
        return new Rendering(problems.isEmpty() ? PluginsDoc.render(sections) : "", rows, sources.size(), problems);
    }

    private static PyValue literal(PythonModule module, String name) throws PythonSyntaxException {
        if (!module.assigns(name)) {
            throw new PythonSyntaxException("has no top-level " + name + " (the docs generator reads link_vector, support_matrix and note)", 0);
        }
        return module.literal(name);
    }
}

package io.github.swplugin.check.docs;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.SourceFiles;
import io.github.swplugin.check.ValidatorOptions;
import io.github.swplugin.check.python.PyValue;
import io.github.swplugin.check.python.PythonModule;
import io.github.swplugin.check.python.PythonSyntaxException;
import io.github.swplugin.core.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Writes Plugins.md from a checkout's plugin modules, or says which module keeps it from doing so. */
public final class PluginsDocWriter {
    private static final String PLUGINS = "skywalking/plugins";

    /** What happened: whether the file changed, how many rows it has, and what stopped it, if anything. */
    public record Outcome(boolean changed, int rows, int modules, List<String> problems) {
    }

    private PluginsDocWriter() {
    }

    public static Outcome write(Path basedir) throws IOException {
        Path directory = basedir.resolve(PLUGINS);
        if (!Files.isDirectory(directory)) {
            return new Outcome(false, 0, 0, List.of(PLUGINS + " does not exist: run the goal in the root of a skywalking-python checkout"));
        }
        List<Path> modules;
        try (Stream<Path> listing = Files.list(directory)) {
            modules = listing.filter(p -> p.getFileName().toString().endsWith(".py") && !p.getFileName().toString().equals("__init__.py"))
                    .sorted().toList();
        }
        List<PluginsDoc.Section> sections = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : modules) {
            String name = file.getFileName().toString().replaceFirst("\\.py$", "");
            String relative = PLUGINS + "/" + file.getFileName();
            FileFindings unreadable = new FileFindings(relative);
            Optional<String> source = SourceFiles.read(file, ValidatorOptions.DEFAULT_MAX_FILE_BYTES, unreadable);
            if (source.isEmpty()) {
                problems.add(relative + ": " + unreadable.list().get(0).message());
                continue;
            }
            try {
                PythonModule module = PythonModule.of(source.get());
                Optional<PluginsDoc.Section> section = PluginsDoc.section(name, literal(module, "support_matrix"),
                        literal(module, "link_vector"), literal(module, "note"));
                section.ifPresentOrElse(sections::add, () -> problems.add(relative + ": support_matrix must be a dict of dicts and"
                        + " link_vector a list"));
            } catch (PythonSyntaxException e) {
                problems.add(relative + ": " + e.getMessage());
            }
        }
        int rows = sections.stream().mapToInt(s -> s.rows().size()).sum();
        if (!problems.isEmpty()) {
            return new Outcome(false, rows, modules.size(), problems);
        }
        String text = PluginsDoc.render(sections);
        Path target = basedir.resolve(PluginsDoc.PATH);
        if (Files.isRegularFile(target) && Files.readString(target, StandardCharsets.UTF_8).equals(text)) {
            return new Outcome(false, rows, modules.size(), List.of());
        }
        AtomicFiles.write(target, text);
        return new Outcome(true, rows, modules.size(), List.of());
    }

    private static PyValue literal(PythonModule module, String name) throws PythonSyntaxException {
        if (!module.assigns(name)) {
            throw new PythonSyntaxException("has no top-level " + name + " (the docs generator reads link_vector, support_matrix and note)", 0);
        }
        return module.literal(name);
    }
}

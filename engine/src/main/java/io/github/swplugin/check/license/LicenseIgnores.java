package io.github.swplugin.check.license;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.YamlLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The files the license check skips, as SkyWalking Eyes would: {@code header.paths-ignore} of
 * {@code .licenserc.yaml}, and what the root {@code .gitignore} ignores (Eyes checks what git tracks).
 */
public final class LicenseIgnores {
    private final List<PathGlob> globs;
    private final Map<String, Boolean> directories = new ConcurrentHashMap<>();

    private LicenseIgnores(List<PathGlob> globs) {
        this.globs = globs;
    }

    public static LicenseIgnores none() {
        return new LicenseIgnores(List.of());
    }

    /**
     * @param licenserc the text of {@code .licenserc.yaml}, or null
     * @param gitignore the text of {@code .gitignore}, or null
     */
    public static LicenseIgnores of(String licenserc, String gitignore, YamlLoader loader, FileFindings licensercFindings) {
        List<PathGlob> globs = new ArrayList<>();
        if (licenserc != null) {
            loader.compose(licenserc, licensercFindings)
                    .flatMap(root -> YamlLoader.get(root, "header"))
                    .flatMap(header -> YamlLoader.get(header, "paths-ignore"))
                    .filter(SequenceNode.class::isInstance)
                    .ifPresent(list -> {
                        for (Node entry : ((SequenceNode) list).getValue()) {
                            if (entry instanceof ScalarNode scalar) {
                                globs.add(PathGlob.anchored(scalar.getValue()));
                            }
                        }
                    });
        }
        if (gitignore != null) {
            for (String line : gitignore.split("\\R")) {
                String trimmed = line.strip();
                // negations re-include files; skipping them only makes the check stricter
                if (!trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!")) {
                    globs.add(PathGlob.gitignore(trimmed));
                }
            }
        }
        return new LicenseIgnores(globs);
    }

    /** True when a pattern matches the path or a directory above it. */
    public boolean ignores(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        return slash > 0 && ignoresDirectory(relativePath.substring(0, slash)) || matchesExactly(relativePath);
    }

    // each directory is matched once, not once per file below it: thousands of files share a few hundred directories
    private boolean ignoresDirectory(String directory) {
        Boolean known = directories.get(directory);
        if (known == null) {
            known = ignores(directory);
            directories.put(directory, known);
        }
        return known;
    }

    private boolean matchesExactly(String relativePath) {
        for (PathGlob glob : globs) {
            if (glob.matchesExactly(relativePath)) {
                return true;
            }
        }
        return false;
    }
}

package io.github.swplugin.archetype;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What is known about one library, read from {@code presets/<name>.preset}: archetype property
 * values (type, module, component, service, versions...) followed by {@code === section} blocks
 * holding the finished plugin, service scripts and expected.data.yml as Velocity templates.
 * Adding a library means adding a file; the generator has no per-library code.
 */
record Preset(String name, Map<String, String> properties, Map<String, String> sections) {
    static final String DIRECTORY = "presets/";
    static final String SUFFIX = ".preset";
    /** Properties that shape the code itself: overriding one of them makes the preset's code unusable. */
    static final Set<String> CODE_KEYS = Set.of("pluginType", "module", "target", "async", "cExtension");
    /** What a code key means when the preset does not say: its code is neither async nor a C extension, and patches its own targets. */
    private static final Map<String, String> CODE_DEFAULTS = Map.of("async", "false", "cExtension", "false");
    /** The archetype properties a preset may set; its other keys (description, patches, servicePip) describe it. */
    static final Set<String> PROPERTY_KEYS = Set.of("pluginType", "versions", "pythonVersion", "service", "module",
            "componentName", "componentId", "async", "cExtension", "target");
    private static final String SECTION = "=== ";

    /** The preset of a pip package, matched the way pip matches names: case, '-', '_' and '.' do not matter. */
    static Optional<Preset> find(String library) {
        if (library == null) {
            return Optional.empty();
        }
        String name = normalise(library);
        return read(name).map(text -> parse(name, text));
    }

    static String normalise(String library) {
        return library.replaceAll("\\[.*$", "").toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    static Preset parse(String name, String text) {
        String[] parts = ("\n" + text.replace("\r\n", "\n")).split("\n" + SECTION);
        Properties header = new Properties();
        try {
            header.load(new StringReader(parts[0]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> properties = new LinkedHashMap<>();
        header.stringPropertyNames().forEach(key -> properties.put(key, header.getProperty(key).trim()));
        Map<String, String> sections = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int end = parts[i].indexOf('\n');
            sections.put(parts[i].substring(0, end).trim(), parts[i].substring(end + 1).stripTrailing() + "\n");
        }
        return new Preset(name, Map.copyOf(properties), Map.copyOf(sections));
    }

    /** One line for listings: the preset's {@code description} property. */
    String description() {
        return properties.getOrDefault("description", "");
    }

    Optional<String> section(String section) {
        return Optional.ofNullable(sections.get(section));
    }

    /**
     * The archetype properties with this preset's values where the user left {@code auto} (or
     * nothing), and the code keys the user set to something else than the preset has.
     */
    Map<String, String> fill(Map<String, String> given, List<String> overridden) {
        Map<String, String> filled = new HashMap<>(given);
        for (String key : PROPERTY_KEYS) {
            String mine = given.getOrDefault(key, PluginSpec.AUTO).trim();
            String preset = properties.get(key);
            if (mine.equals(PluginSpec.AUTO) || mine.isEmpty()) {
                if (preset != null) {
                    filled.put(key, preset);
                }
            } else if (CODE_KEYS.contains(key) && !mine.equals(preset == null ? CODE_DEFAULTS.get(key) : preset)) {
                overridden.add("-D" + key + "=" + mine);
            }
        }
        return filled;
    }

    /** The names of every preset in the archetype, sorted. */
    static List<String> names() {
        URL directory = Preset.class.getResource(DIRECTORY);
        if (directory == null) {
            return List.of();
        }
        Set<String> names = new TreeSet<>();
        try {
            if (directory.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) directory.openConnection();
                connection.setUseCaches(false);  // so that closing the jar closes only this copy
                String prefix = connection.getEntryName();
                try (var jar = connection.getJarFile()) {
                    jar.stream().map(entry -> entry.getName())
                            .filter(entry -> entry.startsWith(prefix) && entry.endsWith(SUFFIX))
                            .forEach(entry -> names.add(entry.substring(entry.lastIndexOf('/') + 1, entry.length() - SUFFIX.length())));
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
                    files.map(file -> file.getFileName().toString()).filter(file -> file.endsWith(SUFFIX))
                            .forEach(file -> names.add(file.substring(0, file.length() - SUFFIX.length())));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("the archetype's presets cannot be listed", e);
        }
        return new ArrayList<>(names);
    }

    private static Optional<String> read(String name) {
        try (InputStream in = Preset.class.getResourceAsStream(DIRECTORY + name + SUFFIX)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

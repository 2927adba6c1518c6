package io.github.swplugin.check.python;

import io.github.swplugin.core.PythonEnum;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which plugin modules report each component, and which plugins a test can exercise: its own, and those of the libraries
 * its Python files import. A plugin is known by its name ({@code sw_flask}: flask), the libraries of its support_matrix
 * and the packages it imports, less the agent's own and a few that every kind of code imports.
 */
public final class ComponentOwners {
    /** Unknown and General: user code and tests report them too. */
    private static final Set<Integer> SHARED = Set.of(0, 7000);
    private static final Set<String> COMMON_IMPORTS = Set.of("skywalking", "tests", "typing", "time", "os", "sys", "functools", "inspect",
            "asyncio", "re", "json", "uuid", "traceback", "collections", "contextlib", "types", "threading", "logging", "wrapt");

    private final Map<Integer, Set<String>> ownersById;
    private final Map<String, Set<Integer>> idsByPlugin;
    private final Map<String, Set<String>> namesByPlugin;
    private final Map<Integer, String> componentNames;
    private final Map<String, Set<String>> readersBySetting;
    /** Each kind of span the modules open, and whether every module opening it names a component other than Unknown. */
    private final Map<String, Boolean> namedBySpanKind;

    private ComponentOwners(Map<Integer, Set<String>> ownersById, Map<String, Set<Integer>> idsByPlugin, Map<String, Set<String>> namesByPlugin,
            Map<Integer, String> componentNames, Map<String, Set<String>> readersBySetting, Map<String, Boolean> namedBySpanKind) {
        this.ownersById = ownersById;
        this.idsByPlugin = idsByPlugin;
        this.namesByPlugin = namesByPlugin;
        this.componentNames = componentNames;
        this.readersBySetting = readersBySetting;
        this.namedBySpanKind = namedBySpanKind;
    }

    public static ComponentOwners none() {
        return new ComponentOwners(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /**
     * @param modules what the plugin modules said, by name ({@code sw_flask})
     */
    public static ComponentOwners of(Map<String, PluginFacts> modules, PythonEnum components) {
        Map<Integer, Set<String>> owners = new TreeMap<>();
        Map<String, Set<Integer>> ids = new TreeMap<>();
        Map<String, Set<String>> names = new TreeMap<>();
        Map<Integer, String> componentNames = new TreeMap<>();
        Map<String, Set<String>> readers = new TreeMap<>();
        Map<String, Boolean> named = new TreeMap<>();
        modules.forEach((plugin, module) -> {
            module.configReads().forEach(setting -> readers.computeIfAbsent(setting, s -> new TreeSet<>()).add(plugin));
            Set<Integer> reported = new TreeSet<>();
            for (PythonModule.ComponentRef ref : module.componentRefs()) {
                components.byName(ref.name()).filter(member -> !SHARED.contains(member.id())).ifPresent(member -> {
                    reported.add(member.id());
                    componentNames.put(member.id(), member.name());
                    owners.computeIfAbsent(member.id(), id -> new TreeSet<>()).add(plugin);
                });
            }
            ids.put(plugin, reported);
            // General is a component too: only a module naming none but Unknown may leave a span at 0
            boolean namesOne = module.componentRefs().stream().anyMatch(ref -> components.byName(ref.name()).filter(m -> m.id() != 0).isPresent());
            module.spanKinds().forEach(kind -> named.merge(kind, namesOne, Boolean::logicalAnd));
            Set<String> known = new TreeSet<>();
            known.add(libraryName(plugin).toLowerCase(Locale.ROOT));
            module.libraries().ifPresent(libs -> libs.forEach(lib -> known.add(packageOf(lib))));
            module.imports().stream().filter(name -> !COMMON_IMPORTS.contains(name)).map(name -> name.toLowerCase(Locale.ROOT)).forEach(known::add);
            names.put(plugin, known);
        });
        return new ComponentOwners(owners, ids, names, componentNames, readers, named);
    }

    /** The library a plugin is named after: flask of sw_flask. */
    private static String libraryName(String plugin) {
        return plugin.startsWith("sw_") ? plugin.substring(3) : plugin;
    }

    /** A distribution's likely package: {@code psycopg[binary]} is psycopg, {@code kafka-python} kafka_python. */
    private static String packageOf(String library) {
        int extras = library.indexOf('[');
        return (extras < 0 ? library : library.substring(0, extras)).strip().toLowerCase(Locale.ROOT).replace('-', '_');
    }

    /** The plugins that report the component; empty when none does, or for Unknown and General. */
    public Set<String> owners(int componentId) {
        return ownersById.getOrDefault(componentId, Set.of());
    }

    /** The components a plugin reports itself, less Unknown and General; empty for a plugin the checkout lacks. */
    public Set<Integer> reportedBy(String plugin) {
        return idsByPlugin.getOrDefault(plugin, Set.of());
    }

    public boolean has(String plugin) {
        return idsByPlugin.containsKey(plugin);
    }

    /** Whether a test of {@code ownPlugin} whose files import these packages can produce the plugin's spans. */
    public boolean exercisable(String plugin, String ownPlugin, Set<String> imports) {
        if (plugin.equals(ownPlugin)) {
            return true;
        }
        Set<String> known = namesByPlugin.getOrDefault(plugin, Set.of());
        return imports.stream().anyMatch(name -> known.contains(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The plugins that read a setting of the agent's configuration, when it is theirs: its name holds the name of one of
     * them ({@code plugin_flask_collect_http_params} is sw_flask's); empty for settings of the agent, or of no plugin.
     */
    public Set<String> settingOwners(String setting) {
        Set<String> readers = readersBySetting.getOrDefault(setting, Set.of());
        boolean named = readers.stream().anyMatch(plugin -> setting.contains(libraryName(plugin)));
        return named ? readers : Set.of();
    }

    /**
     * Whether the agent sets a component on every span of this kind (Entry, Exit) it opens: every module that opens one
     * names a component other than Unknown (General counts), so a span of the kind never carries Unknown (0).
     */
    public boolean alwaysNamed(String spanKind) {
        return namedBySpanKind.getOrDefault(spanKind, false);
    }

    /** {@code Flask (7001)}. */
    public String describe(int componentId) {
        String name = componentNames.get(componentId);
        return name == null ? String.valueOf(componentId) : name + " (" + componentId + ")";
    }
}

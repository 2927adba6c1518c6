package io.github.swplugin.check.files;

import io.github.swplugin.check.YamlLoader;
import io.github.swplugin.check.python.AgentVariables;
import io.github.swplugin.check.python.ComponentOwners;
import io.github.swplugin.check.python.ComponentRegistry;
import io.github.swplugin.check.python.JavaComponents;
import io.github.swplugin.check.python.PluginsDoc;
import io.github.swplugin.check.python.PluginFacts;
import io.github.swplugin.check.python.SpanOrigins;
import io.github.swplugin.collector.Agent;
import io.github.swplugin.collector.MockCollectorPin;
import io.github.swplugin.core.PythonEnum;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/** What a run has learnt from the files checked so far, for the checks of the files that consult them. */
public final class RunContext {
    public static final String COMPONENT_MODULE = "skywalking/__init__.py";

    private final Agent agent;
    private final YamlLoader yaml;
    private final Optional<ComponentRegistry> registry;
    private volatile Optional<PythonEnum> components = Optional.empty();
    /** The agent's span layers, replaced by the checkout's own Layer enum when it has one. */
    private volatile List<String> layers;
    /** What each plugin module said, by module name: read now, or from the cache. */
    private final Map<String, PluginFacts> plugins = new ConcurrentHashMap<>();
    /** The plugin modules that could not be read: Plugins.md cannot be judged without them. */
    private final Set<String> unreadablePlugins = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> agentNamesByComposeFile = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> agentNamesByDirectory = new ConcurrentHashMap<>();
    /**
     * The SW_ variables the agent's sources name, gathered in parallel, and the prefixes it reads every variable of; these
     * four fields are guarded by this context's lock.
     */
    private final Set<String> agentVariableNames = new HashSet<>();
    private final Set<String> agentVariablePrefixes = new HashSet<>();
    private boolean agentConfigRead;
    /** What {@link #agentVariables()} answers, made when first asked after the last variables were added. */
    private Optional<AgentVariables> agentVariables;
    private volatile Optional<MockCollectorPin> collectorPin = Optional.empty();
    /** The Java agent's scenarios, by directory name. */
    private volatile Set<String> scenarios = Set.of();
    /** What the plugin modules say about their components' spans, known once every module was read. */
    private volatile SpanOrigins origins = SpanOrigins.none();
    private volatile Map<String, String> tagKeys = Map.of();
    private volatile ComponentOwners owners = ComponentOwners.none();
    private volatile Optional<Map<Integer, String>> javaComponents = Optional.empty();
    /** What the expectations and the tests' Python files said for the checks that look across a test's files. */
    private final Map<String, List<String>> facts;

    /** @param files how many files the run lists: the facts' map is sized for them, so that filling it never grows its table */
    public RunContext(Agent agent, YamlLoader yaml, Optional<ComponentRegistry> registry, int files) {
        this.agent = agent;
        this.yaml = yaml;
        this.registry = registry;
        this.layers = agent.layers();
        this.facts = new ConcurrentHashMap<>(files);
    }

    public Agent agent() {
        return agent;
    }

    public YamlLoader yaml() {
        return yaml;
    }

    public Optional<ComponentRegistry> registry() {
        return registry;
    }

    public Optional<PythonEnum> components() {
        return components;
    }

    void components(Optional<PythonEnum> read) {
        components = read;
    }

    public List<String> layers() {
        return layers;
    }

    void layers(List<String> names) {
        layers = names;
    }

    void pluginModule(String name, PluginFacts facts) {
        plugins.put(name, facts);
    }

    /** What each plugin module read so far said, by module name. */
    public Map<String, PluginFacts> plugins() {
        return plugins;
    }

    /** A plugin module that could not be read: Plugins.md cannot be judged without it. */
    public void unreadablePluginModule(String name) {
        unreadablePlugins.add(name);
    }

    /** The libraries of a plugin module's support_matrix, when it could be read. */
    public Optional<Set<String>> libraries(String module) {
        PluginFacts facts = plugins.get(module);
        return facts == null ? Optional.empty() : facts.libraries();
    }

    /** Every module's Plugins.md rows in module order, or empty when a module could not be read. */
    public Optional<List<PluginsDoc.Section>> docSections() {
        Map<String, PluginFacts> byName = new TreeMap<>(plugins);
        return !unreadablePlugins.isEmpty() || byName.values().stream().anyMatch(facts -> facts.docSection().isEmpty()) ? Optional.empty()
                : Optional.of(byName.values().stream().map(facts -> facts.docSection().get()).toList());
    }

    /** Whether any plugin module declares a support_matrix: the convention the plugin-attribute rule asks for. */
    public boolean attributesInUse() {
        return plugins.values().stream().anyMatch(PluginFacts::setsMatrix);
    }

    /** Called when every plugin module was read: what they say about their spans is known from now on. */
    public void pluginModulesRead() {
        origins = components.map(c -> SpanOrigins.of(plugins, c, tagKeys)).orElse(SpanOrigins.none());
        owners = components.map(c -> ComponentOwners.of(plugins, c)).orElse(ComponentOwners.none());
    }

    /** Which plugins report each component, and which a test can exercise; known once every module was read. */
    public ComponentOwners owners() {
        return owners;
    }

    /** Records what a file said for the checks across files: read now, or from the cache. */
    public void facts(String path, List<String> said) {
        facts.put(path, PackedStrings.of(said));
    }

    /** What the file said, or empty when it was not read in this run. */
    public Optional<List<String>> facts(String path) {
        return Optional.ofNullable(facts.get(path));
    }

    public SpanOrigins origins() {
        return origins;
    }

    /** The key each of the agent's tag classes sets, from its tags module. */
    void tagKeys(Map<String, String> keys) {
        tagKeys = Map.copyOf(keys);
    }

    synchronized void agentVariables(AgentVariables named, boolean fromConfig) {
        agentVariableNames.addAll(named.names());
        agentVariablePrefixes.addAll(named.prefixes());
        agentConfigRead |= fromConfig;
        agentVariables = null;
    }

    /** The variables the agent reads, when the checkout has its configuration module; else nothing is known. */
    public synchronized Optional<AgentVariables> agentVariables() {
        if (agentVariables == null) {
            // copied once, not for each of the compose files that ask
            agentVariables = agentConfigRead
                    ? Optional.of(new AgentVariables(Set.copyOf(agentVariableNames), Set.copyOf(agentVariablePrefixes)))
                    : Optional.empty();
        }
        return agentVariables;
    }

    public void collectorPin(Optional<MockCollectorPin> pin) {
        collectorPin = pin;
    }

    /** The mock collector the checkout's tests pin, when a file of the test harness names it. */
    public Optional<MockCollectorPin> collectorPin() {
        return collectorPin;
    }

    public void scenarios(Set<String> names) {
        scenarios = Set.copyOf(names);
    }

    /** The directory names of the Java agent's plugin test scenarios in the checkout. */
    public Set<String> scenarios() {
        return scenarios;
    }

    /** Records the SW_AGENT_NAMEs of a compose file, read now or in an earlier run. */
    public void agentNames(String composeFile, Set<String> names) {
        Set<String> kept = Set.copyOf(names);  // no copy of a set that is immutable already
        agentNamesByComposeFile.put(composeFile, kept);
        agentNamesByDirectory.merge(parent(composeFile), kept, (a, b) -> {
            Set<String> union = new TreeSet<>(a);
            union.addAll(b);
            return union;
        });
    }

    /** The SW_AGENT_NAMEs the compose file named, as recorded. */
    public Set<String> agentNames(String composeFile) {
        return agentNamesByComposeFile.getOrDefault(composeFile, Set.of());
    }

    /** The SW_AGENT_NAMEs of every compose file in the directory, when there are any. */
    public Optional<Set<String>> agentNamesIn(String directory) {
        return Optional.ofNullable(agentNamesByDirectory.get(directory)).filter(names -> !names.isEmpty());
    }

    /** The Java agent's components, from the checkout's ComponentsDefine.java. */
    public void javaComponents(Optional<Map<Integer, String>> defined) {
        javaComponents = defined;
    }

    /** Says why a componentId is unknown, or returns null when it is fine (or nothing says which ids exist). */
    public IntFunction<String> componentProblem() {
        if (javaComponents.isPresent()) {
            Map<Integer, String> defined = javaComponents.get();
            return id -> defined.containsKey(id) ? null : "componentId " + id + " is not defined in " + JavaComponents.PATH
                    + ": use the id of the component the plugin sets (ComponentsDefine), or define the component there";
        }
        if (components.isPresent()) {
            PythonEnum enumeration = components.get();
            return id -> enumeration.hasId(id) ? null : "componentId " + id + " is not in the Component enum of " + COMPONENT_MODULE
                    + ": use the id of the component the plugin sets, or add the component to the enum";
        }
        if (registry.isPresent()) {
            ComponentRegistry known = registry.get();
            return id -> known.byId(id).isPresent() ? null : "componentId " + id + " is not in component-libraries.yml";
        }
        return id -> null;
    }

    public static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /**
     * The checkout-relative path of a file named relative to a directory; empty when it is absolute or leads out. Names
     * are taken as a POSIX path takes them (the compose files' paths are), without a {@code Path} per name.
     */
    static Optional<String> resolve(String directory, String file) {
        if (file.startsWith("/") || file.indexOf('\0') >= 0 || directory.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (String name : (directory + "/" + file).split("/")) {
            if (name.equals("..")) {
                if (names.isEmpty()) {
                    return Optional.empty();  // out of the checkout
                }
                names.remove(names.size() - 1);
            } else if (!name.isEmpty() && !name.equals(".")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join("/", names).replace('\\', '/'));
    }
}

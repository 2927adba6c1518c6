package io.github.swplugin.archetype;

import io.github.swplugin.core.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * What to generate, from the archetype's properties, every value validated again here because
 * batch mode skips the descriptor's validationRegex. {@code auto} means "derive it": from the
 * library's preset when the archetype has one, else from the library name.
 */
public record PluginSpec(
        String library,
        PluginType type,
        List<String> versions,
        String pythonVersion,
        Service service,
        String pluginName,
        String module,
        String componentName,
        OptionalInt componentId,
        boolean async,
        boolean cExtension,
        List<Target> targets,
        boolean targetsGiven,
        Path componentLibraries,
        Preset preset,
        String presetSkipped,
        List<Guess> guesses,
        SharedPair shared) {

    static final String AUTO = "auto";
    private static final Pattern LIBRARY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(\\[[A-Za-z0-9_,-]+])?");
    private static final Pattern PLUGIN_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern MODULE = Pattern.compile("[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)*");
    private static final Pattern COMPONENT_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");
    private static final Pattern VERSION = Pattern.compile("[0-9][0-9A-Za-z.*+!-]*");
    private static final Pattern PYTHON_VERSION = Pattern.compile("(>=|<=|==|!=|>|<)3(\\.\\d{1,2})?");

    /** A value swplugin derived where none was given, with where it came from; {@code -D<property>} changes it. */
    public record Guess(String property, String value, String source) {
    }

    /** One property's problem: what to pass instead, or what to answer when asked. */
    public record Problem(String property, String message) {
    }

    /** The properties cannot make a plugin; every problem is listed, each with the property to change. */
    public static final class Invalid extends ScaffoldException {
        private final transient List<Problem> problems;

        Invalid(List<Problem> problems) {
            super("cannot generate the plugin:\n  - " + String.join("\n  - ", problems.stream().map(Problem::message).toList())
                    + "\nNothing was written.");
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** Collects problems, each under the property that causes it. */
    private static final class Problems {
        final List<Problem> list = new ArrayList<>();

        void add(String property, String message) {
            list.add(new Problem(property, message));
        }
    }

    /** Reads and checks the properties; every problem found is reported at once. */
    public static PluginSpec from(Map<String, String> properties) {
        Problems problems = new Problems();
        PluginSpec spec = parse(properties, problems);
        if (!problems.list.isEmpty()) {
            throw new Invalid(problems.list);
        }
        return spec;
    }

    private static PluginSpec parse(Map<String, String> given, Problems problems) {
        String library = require(given, "library", LIBRARY, "a pip package name such as clickhouse-driver or psycopg[binary]", problems);
        Optional<Preset> found = Preset.find(library);
        if (found.isPresent()) {
            // matched as pip normalises names (PyMemcache, py_memcache): written as the preset spells it, extras kept
            library = found.get().name() + library.replaceFirst("^[^\\[]*", "");
        }
        List<String> overridden = new ArrayList<>();
        Map<String, String> properties = found.map(p -> p.fill(given, overridden)).orElse(given);
        Preset preset = overridden.isEmpty() ? found.orElse(null) : null;
        String presetSkipped = overridden.isEmpty() ? null : "the " + found.get().name() + " preset's code was not used because "
                + String.join(" and ", overridden) + " differ" + (overridden.size() == 1 ? "s" : "") + " from it";
        String typeValue = properties.getOrDefault("pluginType", AUTO).trim();
        PluginType type = null;
        if (typeValue.equals(AUTO)) {
            String guess = library == null ? "" : Suggestions.closest(Preset.normalise(library), Preset.names())
                    .map(name -> "did you mean " + name + "? ").orElse("");
            problems.add("pluginType", "pluginType is needed for '" + library + "', which has no preset (" + guess + "presets: "
                    + String.join(", ", Preset.names()) + "): pass -DpluginType= one of " + PluginType.ids());
        } else {
            try {
                type = PluginType.of(typeValue);
            } catch (ScaffoldException e) {
                problems.add("pluginType", e.getMessage());
            }
        }
        String versionsValue = properties.getOrDefault("versions", AUTO).trim();
        List<String> versions = List.of();
        if (versionsValue.equals(AUTO)) {
            problems.add("versions", "versions are needed: pass the library versions the test runs, such as -Dversions=1.*,2.*");
        } else {
            versions = Arrays.stream(versionsValue.split(",")).map(String::trim).toList();
            versions.stream().filter(v -> !VERSION.matcher(v).matches())
                    .forEach(v -> problems.add("versions", "version '" + v + "' is not a pip version such as 2.0, 2.* or 1.26.4"));
        }
        String pythonVersion = properties.getOrDefault("pythonVersion", AUTO).replace(" ", "");
        pythonVersion = pythonVersion.equals(AUTO) ? ">=3.7" : pythonVersion;
        if (!PYTHON_VERSION.matcher(pythonVersion).matches()) {
            problems.add("pythonVersion", "pythonVersion '" + pythonVersion + "' is not an operator and a Python 3 version, such as >=3.7");
        }
        String serviceValue = properties.getOrDefault("service", AUTO).trim();
        Service service = null;
        if (serviceValue.equals(AUTO)) {
            if (type != null && type.needsService()) {
                problems.add("service", "a " + type.id() + " plugin's test needs a server: pass -Dservice= one of " + String.join(", ", Service.knownNames())
                        + ", image:tag:port, or none");
            }
        } else {
            try {
                service = Service.of(serviceValue);
            } catch (ScaffoldException e) {
                problems.add("service", e.getMessage());
            }
        }
        String snake = library == null ? "" : Names.snake(library);
        List<Guess> guesses = new ArrayList<>();
        String pluginName = derive(properties, "pluginName", snake, PLUGIN_NAME, "lower case letters, digits and _", problems);
        guessed(properties, "pluginName", pluginName, "the library's name in snake case", guesses);
        Optional<String> importName = library == null ? Optional.empty() : ImportNames.of(library);
        String module = derive(properties, "module", importName.orElse(snake), MODULE, "a Python module path such as clickhouse_driver",
                problems);
        guessed(properties, "module", module, importName.isPresent() ? "what " + library + " installs, from swplugin's table of import names"
                : "the library's name in snake case: check that the library is imported by this name", guesses);
        // a message queue or RPC of a protocol SkyWalking gives shared ids reuses them, unless a component was asked for
        SharedPair shared = type == null || library == null || !properties.getOrDefault("componentName", AUTO).trim().equals(AUTO)
                || !properties.getOrDefault("componentId", AUTO).trim().equals(AUTO) ? null
                : SharedPair.of(type, library, service).orElse(null);
        String componentName = derive(properties, "componentName", shared != null ? shared.clientName() : Names.camel(snake),
                COMPONENT_NAME, "an enum member name such as ClickhouseDriver", problems);
        guessed(properties, "componentName", componentName, shared != null ? "SkyWalking's component for " + shared.protocol()
                + "'s " + (type == PluginType.MQ ? "producers" : "clients") + ", shared by every agent; " + shared.serverName() + " = "
                + shared.serverId() + " for the other side" : "the library's name in CamelCase", guesses);
        OptionalInt componentId = shared != null ? OptionalInt.of(shared.clientId())
                : componentId(properties.getOrDefault("componentId", AUTO).trim(), problems);
        boolean async = bool(properties, "async", problems);
        boolean cExtension = bool(properties, "cExtension", problems);
        String targetValue = properties.getOrDefault("target", AUTO).trim();
        boolean targetsGiven = !targetValue.equals(AUTO);
        List<Target> targets = new ArrayList<>();
        if (type != null && module != null) {
            String value = targetsGiven ? targetValue : Arrays.stream(type.placeholderTargets().split(","))
                    .map(t -> module + ":" + t).reduce((a, b) -> a + "," + b).orElseThrow();
            for (String one : value.split(",")) {
                try {
                    targets.add(Target.parse(one));
                } catch (ScaffoldException e) {
                    problems.add("target", e.getMessage());
                }
            }
            if (targets.size() != type.targets()) {
                problems.add("target", "a " + type.id() + " plugin takes " + type.targets() + " target" + (type.targets() == 1 ? "" : "s, client side first,")
                        + " as module.path:Class.method" + (type.targets() == 1 ? "" : ",module.path:Class.method"));
            }
        }
        String libraries = properties.getOrDefault("componentLibraries", "none").trim();
        Path registry = libraries.equals("none") || libraries.isEmpty() ? null : Path.of(libraries);
        return new PluginSpec(library, type, versions, pythonVersion, service, pluginName, module, componentName, componentId,
                async, cExtension, List.copyOf(targets), targetsGiven, registry, preset, presetSkipped, List.copyOf(guesses), shared);
    }

    private static String require(Map<String, String> properties, String key, Pattern form, String what, Problems problems) {
        String value = properties.getOrDefault(key, "").trim();
        if (value.isEmpty()) {
            problems.add(key, key + " is required: pass -D" + key + "=...");
            return null;
        }
        if (value.length() > Names.MAX_NAME || !form.matcher(value).matches()) {
            problems.add(key, key + " '" + value + "' is not " + what + (value.length() > Names.MAX_NAME ? " (at most " + Names.MAX_NAME
                    + " characters)" : ""));
            return null;
        }
        return value;
    }

    private static String derive(Map<String, String> properties, String key, String derived, Pattern form, String what,
            Problems problems) {
        String value = properties.getOrDefault(key, AUTO).trim();
        String name = value.equals(AUTO) ? derived : value;
        if (name.isEmpty() || name.length() > Names.MAX_NAME || !form.matcher(name).matches()) {
            problems.add(key, key + " '" + name + "' must be " + what + " and at most " + Names.MAX_NAME + " characters"
                    + (value.equals(AUTO) ? ": pass -D" + key + "=..." : ""));
            return null;
        }
        for (String part : name.split("\\.")) {
            try {
                Names.requireNotKeyword(part, key);
            } catch (ScaffoldException e) {
                problems.add(key, e.getMessage());
                return null;
            }
        }
        return name;
    }

    private static void guessed(Map<String, String> properties, String key, String value, String source, List<Guess> guesses) {
        if (value != null && properties.getOrDefault(key, AUTO).trim().equals(AUTO)) {
            guesses.add(new Guess(key, value, source));
        }
    }

    private static OptionalInt componentId(String value, Problems problems) {
        if (value.equals(AUTO)) {
            return OptionalInt.empty();
        }
        if (!value.matches("\\d{1,5}")) {
            problems.add("componentId", "componentId '" + value + "' is not a number: pass one, or auto to reuse or allocate one");
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(value));
    }

    private static boolean bool(Map<String, String> properties, String key, Problems problems) {
        String value = properties.getOrDefault(key, AUTO).trim();
        value = value.equals(AUTO) ? "false" : value;
        if (!value.equals("true") && !value.equals("false")) {
            problems.add(key, key + " '" + value + "' is not true or false");
        }
        return value.equals("true");
    }
}

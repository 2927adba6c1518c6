package io.github.swplugin.archetype;

import io.github.swplugin.check.Baseline;
import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Finding;
import io.github.swplugin.check.Rule;
import io.github.swplugin.check.ValidatorOptions;
import io.github.swplugin.check.YamlLoader;
import io.github.swplugin.check.docs.PluginsDocWriter;
import io.github.swplugin.check.python.ComponentRegistry;
import io.github.swplugin.check.python.PluginsDoc;
import io.github.swplugin.check.run.Validator;
import io.github.swplugin.core.CheckoutLock;
import io.github.swplugin.core.FileTransaction;
import io.github.swplugin.core.LicenseHeader;
import io.github.swplugin.core.PythonEnum;
import io.github.swplugin.core.TransactionException;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Generates a SkyWalking Python plugin in place: the plugin module, its test directory, a
 * Component enum member and the pyproject.toml dependency. The archetype's post-generate script
 * calls {@link #run}; everything is checked before anything is written.
 *
 * <p>Longer than most classes on purpose: it is the one place that decides every file a generation writes, in the
 * order the transaction applies them; the files' contents come from the templates and the presets.
 */
public final class Scaffold {
    static final String INIT = "skywalking/__init__.py";
    static final String PYPROJECT = "pyproject.toml";
    private static final String ENDPOINT = "/users";

    private final PluginSpec spec;
    private final Path checkout;
    /** How long a run waits for another run in the same checkout before it refuses. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(10);

    private final Function<Path, FileTransaction> transactions;

    Scaffold(PluginSpec spec, Path checkout) {
        this(spec, checkout, FileTransaction::new);
    }

    /** @param transactions makes the transaction that writes the plugin (a test's may fail a given write) */
    Scaffold(PluginSpec spec, Path checkout, Function<Path, FileTransaction> transactions) {
        this.spec = spec;
        this.checkout = checkout;
        this.transactions = transactions;
    }

    /** Entry point for the post-generate script: generates, and returns what to tell the user. */
    public static String run(Map<?, ?> properties, File checkout) {
        Map<String, String> values = new HashMap<>();
        properties.forEach((k, v) -> values.put(String.valueOf(k), String.valueOf(v)));
        Path root = checkout.toPath().toAbsolutePath().normalize();
        return new Scaffold(PluginSpec.from(withCheckoutDefaults(values, root)), root).generate();
    }

    /** What the checkout states itself: the lowest Python its pyproject.toml supports. */
    static Map<String, String> withCheckoutDefaults(Map<String, String> values, Path checkout) {
        if (values.getOrDefault("pythonVersion", "auto").trim().equals("auto")) {
            try {
                String pyproject = Files.readString(checkout.resolve(PYPROJECT), StandardCharsets.UTF_8);
                new PyProjectFile(pyproject).pythonFloor().ifPresent(floor -> values.put("pythonVersion", floor));
            } catch (IOException | ScaffoldException e) {
                // no readable pyproject.toml: the generation itself says so
            }
        }
        return values;
    }

    /**
     * Holds the checkout's lock for the whole run, so that two runs cannot pick the same component id,
     * and first rolls back a run that was killed half-way.
     */
    String generate() {
        requireCheckout();
        try (CheckoutLock lock = CheckoutLock.acquire(checkout, LOCK_WAIT, "archetype:generate of sw_" + spec.pluginName())) {
            String recovered = FileTransaction.recover(checkout).map(message -> message + "\n").orElse("");
            return recovered + generateLocked();
        } catch (TransactionException e) {
            throw new ScaffoldException(e.getMessage().startsWith("writing failed")
                    ? "writing the plugin failed" + e.getMessage().substring("writing failed".length()) : e.getMessage(), e);
        }
    }

    /** The Component enum member the plugin will use, chosen as generation chooses it. */
    Component component() {
        return Component.choose(spec, components(), registry());
    }

    /** The member of the other side's spans: {@code component} itself unless the protocol has a shared pair. */
    Component otherSide(Component component) {
        return Component.otherSide(spec, components(), component);
    }

    private PythonEnum components() {
        return PythonEnum.read(readUtf8(INIT), "Component").filter(e -> !e.members().isEmpty())
                .orElseThrow(() -> new ScaffoldException(INIT + " has no 'class Component(Enum):' with members to add to:"
                        + " is this a skywalking-python checkout?"));
    }

    /** The registry, read by the validator's own reader: a file it reports a problem in is refused. */
    private ComponentRegistry registry() {
        if (spec.componentLibraries() == null) {
            return ComponentRegistry.empty();
        }
        String path = spec.componentLibraries().toString();
        FileFindings problems = new FileFindings(path);
        ComponentRegistry registry = ComponentRegistry.read(readUtf8(checkout.resolve(path).toString()),
                new YamlLoader(ValidatorOptions.DEFAULT_MAX_ALIASES, ValidatorOptions.DEFAULT_MAX_NESTING), problems);
        if (!problems.list().isEmpty()) {
            throw new ScaffoldException("componentLibraries: " + problems.list().get(0) + ". Nothing was written.");
        }
        return registry;
    }

    private String generateLocked() {
        PythonEnum components = components();
        Component component = Component.choose(spec, components, registry());
        Component otherSide = Component.otherSide(spec, components, component);
        String testDir = "tests/plugin/" + spec.type().category() + "/sw_" + spec.pluginName();
        String pluginFile = "skywalking/plugins/sw_" + spec.pluginName() + ".py";
        List<String> existing = new ArrayList<>();
        for (String path : List.of(pluginFile, testDir)) {
            if (Files.exists(checkout.resolve(path))) {
                existing.add(path);
            }
        }
        if (!existing.isEmpty()) {
            throw new ScaffoldException(String.join(" and ", existing) + " already exist" + (existing.size() == 1 ? "s" : "")
                    + ": the plugin sw_" + spec.pluginName() + " is there already. Choose another -DpluginName, or remove it first."
                    + " Nothing was written.");
        }

        // the findings before the change are taken while the templates render: the two share nothing but the CPU
        CompletableFuture<Set<String>> before = CompletableFuture.supplyAsync(() -> findings(Set.of(INIT, PYPROJECT, PluginsDoc.PATH)));
        Map<String, Object> context = context(component, otherSide, components);
        Templates templates = new Templates(context);
        FileTransaction changes = transactions.apply(checkout);
        changes.create(pluginFile, render(templates, "plugin", "plugin/" + spec.type().id() + ".py.vm"));
        changes.create(testDir + "/__init__.py", templates.render("init.py.vm"));
        changes.create(testDir + "/test_" + spec.pluginName() + ".py", templates.render("test.py.vm"));
        changes.create(testDir + "/docker-compose.yml", templates.render("docker-compose.yml.vm"));
        changes.create(testDir + "/expected.data.yml", render(templates, "expected", "expected.data.yml.vm"));
        changes.create(testDir + "/services/__init__.py", templates.render("init.py.vm"));
        for (String role : roles()) {
            changes.create(testDir + "/services/" + role + ".py", render(templates, role, serviceTemplate(role)));
        }
        String init = component.added() ? components.withMember(component.name(), component.id()) : readUtf8(INIT);
        if (otherSide.added() && otherSide != component) {
            init = PythonEnum.read(init, "Component").orElseThrow().withMember(otherSide.name(), otherSide.id());
        }
        if (component.added() || otherSide.added()) {
            changes.edit(INIT, init);
        }
        Optional<String> pyproject = new PyProjectFile(readUtf8(PYPROJECT)).withDependency(spec.library(), constraint());
        pyproject.ifPresent(text -> changes.edit(PYPROJECT, text));
        boolean docs = regeneratePluginsDoc(changes, pluginFile);
        Set<String> found = joined(before);
        changes.apply(() -> refuseNewFindings(found, changes));
        return Reminders.text(spec, component, otherSide, testDir, changes, pyproject.isPresent(), docs);
    }

    /** Plugins.md as the docs generator writes it with the new module: the same generator as swplugin:plugins-doc. */
    private boolean regeneratePluginsDoc(FileTransaction changes, String pluginFile) {
        if (!Files.isRegularFile(checkout.resolve(PluginsDoc.PATH))) {
            return false;
        }
        try {
            PluginsDocWriter.Rendering rendering = PluginsDocWriter.render(checkout,
                    Map.of(Path.of(pluginFile).getFileName().toString(), changes.content(pluginFile)));
            if (!rendering.problems().isEmpty() || rendering.text().equals(readUtf8(PluginsDoc.PATH))) {
                return false;
            }
            changes.edit(PluginsDoc.PATH, rendering.text());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The validator's findings in these files, without their lines: a finding that moved is not a new one. */
    private Set<String> findings(Set<String> files) {
        Set<String> keys = new HashSet<>();
        new Validator(ValidatorOptions.defaults(checkout).withOnly(files)).run().findings().forEach(f -> keys.add(Baseline.entry(f)));
        return keys;
    }

    /**
     * Run on the changed checkout before the change is kept: a finding the generation caused in a file it
     * wrote (other than the TODO(swplugin) markers it leaves on purpose) undoes the whole change.
     */
    private void refuseNewFindings(Set<String> before, FileTransaction changes) {
        Set<String> written = new HashSet<>(changes.created());
        written.addAll(changes.edited());
        List<String> caused = new ArrayList<>();
        for (Finding finding : new Validator(ValidatorOptions.defaults(checkout).withOnly(written)).run().findings()) {
            if (written.contains(finding.path()) && finding.rule() != Rule.PLACEHOLDER && !before.contains(Baseline.entry(finding))) {
                caused.add(finding.toString());
            }
        }
        if (!caused.isEmpty()) {
            throw new ScaffoldException("the generated plugin would not pass swplugin:validate, so nothing was written:\n  - "
                    + String.join("\n  - ", caused));
        }
    }

    /** The preset's section when it has one (after the license header), else the generic template. */
    private String render(Templates templates, String section, String template) {
        Optional<String> own = spec.preset() == null ? Optional.empty() : spec.preset().section(section);
        return own.map(text -> templates.evaluate(spec.preset().name() + Preset.SUFFIX + " " + section, "${header}\n" + text))
                .orElseGet(() -> templates.render(template));
    }

    /** The service scripts of a test: MQ tests have a producer and a consumer, the others a provider and a consumer. */
    private List<String> roles() {
        return spec.type() == PluginType.MQ ? List.of("producer", "consumer") : List.of("provider", "consumer");
    }

    /** The type's own script for a role, else the standard Flask provider or consumer. */
    /** The database the plugin talks to, as the agent's plugins name it in db.type; the component when unknown. */
    static String dbType(PluginSpec spec, Component component) {
        return spec.service() == null ? component.name() : spec.service().dbType().orElse(component.name());
    }

    private String serviceTemplate(String role) {
        String own = "services/" + spec.type().id() + "-" + role + ".py.vm";
        return Templates.exists(own) ? own : "services/" + role + ".py.vm";
    }

    private Map<String, Object> context(Component component, Component otherSide, PythonEnum components) {
        Map<String, Object> context = new HashMap<>();
        context.put("header", LicenseHeader.hashComment("\n").stripTrailing());
        context.put("library", spec.library());
        context.put("pipName", spec.library().replaceAll("\\[.*$", ""));
        context.put("pluginName", spec.pluginName());
        context.put("componentName", component.name());
        context.put("componentId", component.id());
        context.put("dbType", dbType(spec, component));
        // the consumer's or server's component, and the operation names' prefix (Kafka/..., RabbitMQ/...)
        context.put("serverComponentName", otherSide.name());
        context.put("serverComponentId", otherSide.id());
        context.put("opPrefix", spec.shared() != null ? spec.shared().operationPrefix() : component.name());
        context.put("flaskId", components.byName("Flask").map(PythonEnum.Member::id).orElse(7001));
        context.put("requestsId", components.byName("Requests").map(PythonEnum.Member::id).orElse(7002));
        context.put("layer", spec.type().layer());
        context.put("type", spec.type().id());
        context.put("async", spec.async());
        context.put("cExtension", spec.cExtension());
        context.put("pythonVersion", spec.pythonVersion());
        context.put("versions", spec.versions().stream().map(v -> "'" + v + "'").collect(Collectors.joining(", ", "[", "]")));
        context.put("target", spec.targets().get(0));
        context.put("server", spec.targets().size() > 1 ? spec.targets().get(1) : spec.targets().get(0));
        context.put("patches", Patch.of(spec.targets()));
        context.put("modules", spec.targets().stream().map(Target::module).distinct().toList());
        context.put("todoImport", spec.targetsGiven() ? "" : "  # TODO(swplugin): the class to instrument");
        context.put("def", spec.async() ? "async def" : "def");
        context.put("await", spec.async() ? "await " : "");
        // how the library is called (peer, headers, the test's client code) is only known from a preset
        context.put("todo", spec.preset() == null);
        String servicePip = spec.preset() == null ? "" : spec.preset().properties().getOrDefault("servicePip", "");
        context.put("servicePip", servicePip.isEmpty() ? "" : " " + servicePip);
        context.put("hasService", spec.service() != null);
        context.put("service", spec.service() == null ? "" : spec.service());
        context.put("serviceHost", spec.service() == null ? "localhost" : spec.service().name());
        context.put("servicePort", spec.service() == null ? 0 : spec.service().port());
        context.put("peer", spec.service() == null ? "not null" : spec.service().peer());
        context.put("endpoint", ENDPOINT);
        context.put("endpointName", ENDPOINT.substring(1));
        String method = spec.targets().get(0).method().toLowerCase(Locale.ROOT);
        context.put("cacheCmd", method.toUpperCase(Locale.ROOT));
        context.put("cacheOp", method.matches("(get|mget|read|fetch|exists|contains|incr_get).*") ? "read" : "write");
        context.put("topic", "swplugin");
        return context;
    }

    /** The lowest tested version as a minimum, for pyproject.toml: 0.2.* gives >=0.2. */
    private String constraint() {
        return spec.versions().stream()
                .map(v -> v.replaceAll("[.]?\\*.*$", ""))
                .filter(v -> v.matches("\\d+(\\.\\d+)*"))
                .min(Scaffold::compareVersions)
                .map(v -> ">=" + v).orElse("*");
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int difference = Long.compare(i < x.length ? Long.parseLong(x[i]) : 0, i < y.length ? Long.parseLong(y[i]) : 0);
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    private void requireCheckout() {
        for (String required : List.of(INIT, PYPROJECT, "skywalking/plugins")) {
            if (!Files.exists(checkout.resolve(required))) {
                throw new ScaffoldException(checkout + " is not the root of a skywalking-python checkout (it has no " + required
                        + "): run mvn archetype:generate there. Nothing was written.");
            }
        }
    }

    private String readUtf8(String path) {
        Path file = checkout.resolve(path);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ScaffoldException(path + " is not UTF-8: it cannot be edited safely. Nothing was written.");
        } catch (IOException e) {
            throw new ScaffoldException(path + " cannot be read (" + e.getMessage() + "). Nothing was written.");
        }
    }
}

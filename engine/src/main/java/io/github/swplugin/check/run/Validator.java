package io.github.swplugin.check.run;

import io.github.swplugin.check.ConfigurationException;
import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Finding;
import io.github.swplugin.check.Report;
import io.github.swplugin.check.Rule;
import io.github.swplugin.check.ValidatorOptions;
import io.github.swplugin.check.YamlLoader;
import io.github.swplugin.check.docs.PluginsDocCheck;
import io.github.swplugin.check.expected.ComposeAgents;
import io.github.swplugin.check.expected.ComposeServices;
import io.github.swplugin.check.expected.ExpectedDataCheck;
import io.github.swplugin.check.license.LicenseIgnores;
import io.github.swplugin.check.python.ComponentCheck;
import io.github.swplugin.check.python.ComponentRegistry;
import io.github.swplugin.check.python.PluginModuleCheck;
import io.github.swplugin.check.python.PluginTestCheck;
import io.github.swplugin.check.python.PluginsDoc;
import io.github.swplugin.check.python.PythonModule;
import io.github.swplugin.check.python.SpanOrigins;
import io.github.swplugin.collector.Agent;
import io.github.swplugin.core.LicenseHeader;
import io.github.swplugin.core.PythonEnum;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a skywalking-python checkout and reports every finding; it never throws for a problem in
 * the checked files. Each file is read once: first the component enum and the plugin modules, which
 * the other checks consult, then the tests.
 */
public final class Validator {
    static final String INIT_MODULE = "skywalking/__init__.py";
    // DOTALL: a directory named with a line break must not take its files out of the check
    private static final Pattern PLUGIN_MODULE = Pattern.compile("skywalking/plugins/(sw_\\w+)\\.py");
    private static final Pattern TEST_MODULE = Pattern.compile("tests/(?:.*/)?test_\\w+\\.py", Pattern.DOTALL);
    private static final Pattern COMPOSE_FILE = Pattern.compile("tests/(?:.*/)?docker-compose[\\w.-]*\\.ya?ml", Pattern.DOTALL);

    private final ValidatorOptions options;
    private final YamlLoader yaml;

    public Validator(ValidatorOptions options) {
        this.options = options;
        this.yaml = new YamlLoader(options.maxAliases(), options.maxNesting());
    }

    public Report run() {
        long start = System.nanoTime();
        Path basedir = options.basedir();
        if (!Files.isDirectory(basedir)) {
            throw new ConfigurationException(basedir + " is not a directory: point swplugin.basedir at a skywalking-python checkout");
        }
        Agent agent = options.resolvedAgent();
        requireCheckout(basedir, agent);
        Run run = new Run(new SourceFiles(basedir, options.maxFileBytes(), options.caching()), agent);
        Optional<ResultCache.Tree> unchanged = run.execute();
        if (unchanged.isPresent()) {
            return new Report(unchanged.get().findings(), unchanged.get().filesRead(), (System.nanoTime() - start) / 1_000_000);
        }
        List<Finding> findings = new ArrayList<>();
        // a rule about the Python agent says nothing true about another agent's tests, and plugin attributes are
        // only required in trees that use them (releases before v0.8.0 had none)
        run.results.forEach(f -> f.list().stream().filter(finding -> finding.rule().appliesTo(agent))
                .filter(finding -> finding.rule() != Rule.PLUGIN_ATTRIBUTE || run.attributesInUse.get()).forEach(findings::add));
        findings.sort(null);
        Report report = new Report(List.copyOf(findings), List.copyOf(run.filesRead), (System.nanoTime() - start) / 1_000_000);
        run.save(report);
        return report;
    }

    /**
     * A directory that holds no agent's plugin tests would pass with "checked 0 files": a CI job pointed at the
     * wrong directory would stay green for ever, so it is an error that says what was looked for.
     */
    private static void requireCheckout(Path basedir, Agent agent) {
        if (agent == Agent.JAVA || isPythonCheckout(basedir)) {
            return;
        }
        String root = "";
        for (Path up = basedir.toAbsolutePath().getParent(); up != null; up = up.getParent()) {
            if (isPythonCheckout(up)) {
                root = "; this is inside the checkout " + up + ": run there, or set -Dswplugin.basedir=" + up;
                break;
            }
        }
        throw new ConfigurationException(basedir + " is not a skywalking-python checkout: it has neither " + INIT_MODULE
                + " nor tests/plugin/ (nor, for the Java agent, test/plugin/scenarios/)" + root);
    }

    /** Whether {@code directory} is the root of a checkout of either agent: it holds plugin tests. */
    public static boolean isCheckoutRoot(Path directory) {
        return isPythonCheckout(directory) || Files.isDirectory(directory.resolve("test/plugin/scenarios"));
    }

    private static boolean isPythonCheckout(Path directory) {
        return Files.exists(directory.resolve(INIT_MODULE)) || Files.isDirectory(directory.resolve("tests/plugin"));
    }

    private static final int PLUGIN_PHASE = 1;
    private static final int COMPOSE_PHASE = 2;
    /** The expectations, tests and other files, whose checks depend only on their text and the other phases. */
    private static final int LAST_PHASE = 3;

    /** The build of this engine, so that a cache is not reused by another build of the same version. */
    private static String engineBuild() {
        try {
            Path jar = Path.of(Validator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar + ":" + Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis();
        } catch (Exception e) {
            return "unknown build " + System.nanoTime();  // never matches: no reuse
        }
    }

    /** 0: the Component enum; 1: plugin modules; 2: compose files; 3: everything else. */
    private static int phase(String path) {
        if (path.equals(INIT_MODULE)) {
            return 0;
        }
        if (PLUGIN_MODULE.matcher(path).matches()) {
            return PLUGIN_PHASE;
        }
        return COMPOSE_FILE.matcher(path).matches() ? COMPOSE_PHASE : LAST_PHASE;
    }

    /** The state of one run: what was read so far and what it found. */
    private final class Run {
        private final SourceFiles files;
        private final Agent agent;
        private final List<String> licensePrefixes;
        private final Map<String, PythonModule> modules = new ConcurrentHashMap<>();
        /** What the plugin modules say about their components' spans, known once the plugin phase is done. */
        private SpanOrigins origins = SpanOrigins.none();
        /** Whether any plugin module declares a support_matrix: the convention the plugin-attribute rule asks for. */
        private final AtomicBoolean attributesInUse = new AtomicBoolean();
        // files of one phase are checked in parallel: everything they share is a concurrent collection
        private final Queue<FileFindings> results = new ConcurrentLinkedQueue<>();
        private final Map<String, Optional<Set<String>>> librariesByModule = new ConcurrentHashMap<>();
        private final Map<String, Optional<PluginsDoc.Section>> docSections = new ConcurrentSkipListMap<>();
        private final Map<String, Set<String>> agentNamesByDirectory = new ConcurrentHashMap<>();
        private Optional<PythonEnum> components = Optional.empty();
        /** The agent's span layers, replaced by the checkout's own Layer enum when it has one. */
        private List<String> layers;
        private Optional<ComponentRegistry> registry = Optional.empty();
        private LicenseIgnores licenseIgnores = LicenseIgnores.none();
        private final Set<String> filesRead = new ConcurrentSkipListSet<>();
        /** The findings of unchanged expectations and tests from the last run, when the options ask for it. */
        private final ResultCache cache = options.caching() ? ResultCache.load(options.basedir(), options.cacheFile().orElseThrow()) : null;
        /** The digests of everything the cached files' checks consult besides their own text. */
        private final Map<String, String> context = new ConcurrentSkipListMap<>();
        /** The engine build, the options and the files listed: what a whole run's report is kept under. */
        private String treeKey = "";
        /** The engine build and the options, which every key of the cache starts with; computed once (it stats the jar). */
        private String optionsKey;

        Run(SourceFiles files, Agent agent) {
            this.files = files;
            // normalised once: a regex per file and root showed in the cold profile
            this.licensePrefixes = options.licenseRoots().stream().map(root -> root.replaceAll("/+$", "") + "/").toList();
            this.agent = agent;
            this.layers = agent.layers();
        }

        /** Checks the checkout, unless the last run's report still holds: then that report. */
        Optional<ResultCache.Tree> execute() {
            Set<String> roots = new LinkedHashSet<>(agent == Agent.PYTHON ? options.licenseRoots() : List.of());
            roots.addAll(agent.roots());
            List<String> all = files.list(List.copyOf(roots), this::findings);
            if (cache != null) {
                optionsKey = optionsKey();
                // a listing with problems (a loop, an unreadable directory) is never taken as unchanged
                treeKey = results.isEmpty() ? ResultCache.digest(optionsKey + '\n' + String.join("\n", all)) : "";
                Optional<ResultCache.Tree> unchanged = treeKey.isEmpty() ? Optional.empty() : cache.unchangedTree(treeKey, files::stampNow);
                if (unchanged.isPresent()) {
                    return unchanged;
                }
            }
            registry = options.componentLibraries().map(this::registry);
            String licenserc = readOptional(".licenserc.yaml");
            String gitignore = readOptional(".gitignore");
            licenseIgnores = LicenseIgnores.of(licenserc, gitignore, yaml, findings(".licenserc.yaml"));
            if (cache != null) {
                cache.base(baseKey(ResultCache.digest(licenserc + "\u0000" + gitignore)));
            }

            // the enum before the plugins that name its members, compose files before the expectations that use them
            Map<Integer, List<String>> phases = all.stream().collect(Collectors.groupingBy(Validator::phase, TreeMap::new, Collectors.toList()));
            ForkJoinPool pool = new ForkJoinPool(options.threads());
            try {
                for (Map.Entry<Integer, List<String>> phase : phases.entrySet()) {
                    if (phase.getKey() == LAST_PHASE && cache != null) {
                        cache.context(contextKey());
                    }
                    pool.submit(() -> phase.getValue().parallelStream().forEach(path -> check(path, phase.getKey()))).join();
                    if (phase.getKey() == PLUGIN_PHASE) {
                        pluginsDoc();
                        origins = components.map(c -> SpanOrigins.of(modules, c)).orElse(SpanOrigins.none());
                    }
                }
            } finally {
                pool.shutdown();
            }
            if (cache != null && !phases.containsKey(LAST_PHASE)) {
                cache.context(contextKey());
            }
            return Optional.empty();
        }

        /** Keeps this run's entries and its report for the next run. */
        void save(Report report) {
            if (cache != null) {
                cache.tree(new ResultCache.Tree(treeKey, files.consulted(), report.findings(), report.files()));
                cache.save();
            }
        }

        /** The engine build and the options. */
        private String optionsKey() {
            return engineBuild() + '|' + agent + '|' + options.licenseRoots() + '|' + options.maxFileBytes() + '|' + options.maxAliases()
                    + '|' + options.maxNesting() + '|' + options.componentLibraries();
        }

        /** The engine build, the options and the license configuration: what every cached file's findings depend on. */
        private String baseKey(String licenseDigest) {
            return ResultCache.digest(optionsKey + '|' + licenseDigest);
        }

        /** The digests of every file the expectations' and tests' checks consult. */
        private String contextKey() {
            StringBuilder key = new StringBuilder();
            context.forEach((path, digest) -> key.append('|').append(path).append('=').append(digest));
            return ResultCache.digest(key.toString());
        }

        private void check(String path, int phase) {
            if (phase == LAST_PHASE && !options.wants(path)) {
                return;  // a caller that wrote only some files: the others are not its concern, the context files are read
            }
            FileFindings findings = findings(path);
            // the Java agent's repository checks its own headers; there only the expectations are read
            boolean licensed = agent == Agent.PYTHON && needsLicense(path);
            boolean isText = path.endsWith(".py") || path.endsWith(".yml") || path.endsWith(".yaml");
            if (!isText) {
                if (licensed) {
                    checkLicenseOfAnyFile(path, findings);
                }
                return;
            }
            filesRead.add(path);
            // compose files depend on their own text only; expectations and tests on the context files too
            boolean cacheable = cache != null && phase >= COMPOSE_PHASE;
            boolean contextual = phase == LAST_PHASE;
            SourceFiles.Stamp stamp = files.stamp(path);  // before reading: see Stamp
            if (cacheable) {
                Optional<ResultCache.Entry> unchanged = cache.unchanged(path, stamp, contextual);
                if (unchanged.isPresent()) {
                    reuse(path, phase, unchanged.get(), findings);
                    return;
                }
            }
            Optional<String> read = files.read(path, findings);
            String digest = read.map(ResultCache::digest).orElse("unreadable");
            if (!contextual) {
                context.put(path, digest);
            }
            if (cacheable && read.isPresent()) {
                Optional<ResultCache.Entry> earlier = cache.lookup(path, digest, stamp, contextual);
                if (earlier.isPresent()) {
                    reuse(path, phase, earlier.get(), findings);
                    return;
                }
            }
            List<String> facts = checkText(path, read, licensed, findings);
            if (cacheable && read.isPresent()) {
                cache.store(path, new ResultCache.Entry(digest, stamp, List.copyOf(findings.list()), facts));
            }
        }

        /** The findings and facts of a file checked in an earlier run, as if it had been checked now. */
        private void reuse(String path, int phase, ResultCache.Entry entry, FileFindings findings) {
            findings.addAll(entry.findings());
            if (phase == COMPOSE_PHASE) {
                context.put(path, entry.digest());
                agentNames(path, Set.copyOf(entry.facts()));
            }
        }

        private void agentNames(String composeFile, Set<String> names) {
            agentNamesByDirectory.merge(parent(composeFile), names, (a, b) -> {
                Set<String> union = new TreeSet<>(a);
                union.addAll(b);
                return union;
            });
        }

        /** Checks one file's text; returns what the run learns from it besides findings (a compose file's agent names). */
        private List<String> checkText(String path, Optional<String> read, boolean licensed, FileFindings findings) {
            if (read.isEmpty()) {
                if (PLUGIN_MODULE.matcher(path).matches()) {
                    docSections.put(moduleName(path), Optional.empty());  // Plugins.md cannot be judged without it
                }
                return List.of();
            }
            String text = read.get();
            if (licensed && !text.isBlank() && !LicenseHeader.present(text)) {
                missingLicense(findings);
            }
            Placeholders.check(text, findings);
            PythonModule python = path.endsWith(".py") ? PythonModule.of(text) : null;
            if (python != null) {
                python.unclosedString().ifPresent(at -> findings.add(Rule.PYTHON_SYNTAX, at[0], at[1],
                        "this string is never closed: Python cannot import the file; close it"));
            }
            if (path.equals(INIT_MODULE)) {
                components = PythonEnum.read(text, "Component");
                components.ifPresent(c -> ComponentCheck.check(c, registry, findings));
                PythonEnum.read(text, "Layer").map(l -> l.members().stream().map(PythonEnum.Member::name).toList())
                        .filter(names -> !names.isEmpty()).ifPresent(names -> layers = names);
            } else if (PLUGIN_MODULE.matcher(path).matches()) {
                String module = moduleName(path);
                if (python.assigns("support_matrix")) {
                    attributesInUse.set(true);
                }
                modules.put(module, python);
                PluginModuleCheck.Facts facts = PluginModuleCheck.check(module, python, components, findings);
                librariesByModule.put(module, facts.libraries());
                docSections.put(module, facts.docSection());
            } else if (TEST_MODULE.matcher(path).matches()) {
                PluginTestCheck.check(text, module -> librariesByModule.getOrDefault(module, Optional.empty()), findings);
            } else if (COMPOSE_FILE.matcher(path).matches()) {
                ComposeServices.check(text, findings);
                Set<String> names = ComposeAgents.read(text);
                agentNames(path, names);
                return List.copyOf(names);
            } else if (agent.isExpectedData(path)) {
                Optional<Set<String>> agents = Optional.ofNullable(agentNamesByDirectory.get(parent(path))).filter(s -> !s.isEmpty());
                new ExpectedDataCheck(yaml, layers, componentProblem(), agent, origins).check(text, findings, agents);
            }
            return List.of();
        }

        private boolean otherGenerator() {
            for (String generator : PluginsDoc.GENERATORS) {
                FileFindings ignored = new FileFindings(generator);
                Optional<String> source = files.exists(generator) ? files.read(generator, ignored) : Optional.empty();
                if (source.isPresent()) {
                    return !source.get().contains(PluginsDoc.TABLE_HEADER);
                }
            }
            return false;
        }

        private static String moduleName(String path) {
            return path.substring("skywalking/plugins/".length(), path.length() - 3);
        }

        /**
         * A committed Plugins.md must be what the modules generate; skipped when a module could not be read,
         * and when the checkout's own generator writes another format (v0.8.0's wrote no leading '|').
         */
        private void pluginsDoc() {
            if (!files.exists(PluginsDoc.PATH) || docSections.values().stream().anyMatch(Optional::isEmpty) || otherGenerator()) {
                return;
            }
            FileFindings findings = findings(PluginsDoc.PATH);
            filesRead.add(PluginsDoc.PATH);
            files.read(PluginsDoc.PATH, findings).ifPresent(actual -> PluginsDocCheck.check(actual,
                    PluginsDoc.render(docSections.values().stream().map(Optional::get).toList()), findings));
        }

        /** Files the checks do not parse still need the header, unless they are binary or empty. */
        private void checkLicenseOfAnyFile(String path, FileFindings findings) {
            files.head(path, LicenseHeader.HEAD_CHARS, findings).ifPresent(head -> {
                filesRead.add(path);
                boolean binary = false;
                for (byte b : head) {
                    binary |= b == 0;
                }
                String text = new String(head, StandardCharsets.UTF_8);
                if (!binary && !text.isBlank() && !LicenseHeader.present(text)) {
                    missingLicense(findings);
                }
            });
        }

        private void missingLicense(FileFindings findings) {
            findings.add(Rule.LICENSE_HEADER, 1, 1, "the Apache-2.0 license header is missing: mvn swplugin:fix inserts it (or copy"
                    + " it from another file of the same type, in its comment style, to the top, after a shebang line)");
        }

        private boolean needsLicense(String path) {
            return licensePrefixes.stream().anyMatch(path::startsWith)
                    && !licenseIgnores.ignores(path);
        }

        private IntFunction<String> componentProblem() {
            if (components.isPresent()) {
                PythonEnum enumeration = components.get();
                return id -> enumeration.hasId(id) ? null : "componentId " + id + " is not in the Component enum of " + INIT_MODULE
                        + ": use the id of the component the plugin sets, or add the component to the enum";
            }
            if (registry.isPresent()) {
                ComponentRegistry known = registry.get();
                return id -> known.byId(id).isPresent() ? null : "componentId " + id + " is not in component-libraries.yml";
            }
            return id -> null;
        }

        private ComponentRegistry registry(Path path) {
            Path file = options.basedir().resolve(path);
            if (!Files.isRegularFile(file)) {
                throw new ConfigurationException("swplugin.componentLibraries: " + path + " is not a file;"
                        + " point it at oap-server/server-starter/src/main/resources/component-libraries.yml of an apache/skywalking checkout");
            }
            String name = file.getFileName().toString();
            FileFindings findings = findings(name);
            filesRead.add(name);
            // read by its absolute path, so that it is among the files the run consulted
            String text = files.read(file.toAbsolutePath().toString(), findings).orElse("");
            context.put(" registry", ResultCache.digest(text));
            return ComponentRegistry.read(text, yaml, findings);
        }

        private String readOptional(String path) {
            if (!files.exists(path)) {
                return null;
            }
            filesRead.add(path);
            return files.read(path, findings(path)).orElse(null);
        }

        private FileFindings findings(String path) {
            FileFindings findings = new FileFindings(path);
            results.add(findings);
            return findings;
        }

        private static String parent(String path) {
            int slash = path.lastIndexOf('/');
            return slash < 0 ? "" : path.substring(0, slash);
        }
    }
}

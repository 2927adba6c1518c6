package io.github.swplugin.check.run;

import io.github.swplugin.check.ConfigurationException;
import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.FileText;
import io.github.swplugin.check.Finding;
import io.github.swplugin.check.Report;
import io.github.swplugin.check.Rule;
import io.github.swplugin.check.ValidatorOptions;
import io.github.swplugin.check.YamlLoader;
import io.github.swplugin.check.docs.PluginsDocCheck;
import io.github.swplugin.check.files.AgentSourceFile;
import io.github.swplugin.check.files.AcrossFiles;
import io.github.swplugin.check.files.ComponentEnumFile;
import io.github.swplugin.check.files.ComposeFile;
import io.github.swplugin.check.files.ExpectedDataFile;
import io.github.swplugin.check.files.FileChecks;
import io.github.swplugin.check.files.PluginModuleFile;
import io.github.swplugin.check.files.RunContext;
import io.github.swplugin.check.files.SourceText;
import io.github.swplugin.check.license.LicenseHeaders;
import io.github.swplugin.check.license.LicenseIgnores;
import io.github.swplugin.check.python.AgentVariables;
import io.github.swplugin.check.python.ComponentRegistry;
import io.github.swplugin.check.python.JavaComponents;
import io.github.swplugin.check.python.PluginsDoc;
import io.github.swplugin.collector.Agent;
import io.github.swplugin.collector.MockCollectorPin;
import io.github.swplugin.core.LicenseHeader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;

/**
 * Checks a skywalking-python checkout and reports every finding; it never throws for a problem in
 * the checked files. Each file is read once: first the component enum and the plugin modules, which
 * the other checks consult, then the tests.
 *
 * <p>Longer than most classes on purpose: the phases of a run and the cache that lets it skip unchanged files are
 * one protocol (a file is reused only with the context it was checked in); the checks themselves are in
 * {@code check.files}.
 */
public final class Validator {
    // DOTALL: a directory named with a line break must not take its files out of the check

    private final ValidatorOptions options;

    public Validator(ValidatorOptions options) {
        this.options = options;
    }

    public Report run() {
        long start = System.nanoTime();
        Path basedir = options.basedir();
        if (!Files.isDirectory(basedir)) {
            throw new ConfigurationException(basedir + " is not a directory: point swplugin.basedir at a skywalking-python checkout");
        }
        Agent agent = options.resolvedAgent();
        CheckoutLayout.require(basedir, agent);
        Run run = new Run(new SourceFiles(basedir, options.maxFileBytes(), options.caching()), agent);
        Optional<ResultCache.Tree> unchanged = run.execute();
        if (unchanged.isPresent()) {
            return new Report(unchanged.get().findings(), unchanged.get().filesRead(), (System.nanoTime() - start) / 1_000_000);
        }
        List<Finding> own = run.reported(run.ownResults);
        own.addAll(run.leftOutFindings());
        own.sort(null);
        List<Finding> others = run.reported(run.results);
        others.sort(null);
        Merged merged = Merged.of(own, others);
        Report report = new Report(merged.findings(), run.filesReadInOrder(), (System.nanoTime() - start) / 1_000_000);
        run.save(report, merged.fromEntries());
        return report;
    }

    /**
     * The findings in order, each marked in {@code fromEntries} with where it came from: '1' a file's own, '0' a check
     * across files; the next run that takes the expectations' and tests' own findings from this report reads the marks.
     */
    private record Merged(List<Finding> findings, String fromEntries) {
        static Merged of(List<Finding> own, List<Finding> others) {
            List<Finding> findings = new ArrayList<>(own.size() + others.size());
            StringBuilder fromEntries = new StringBuilder(own.size() + others.size());
            for (int o = 0, t = 0; o < own.size() || t < others.size(); ) {
                boolean fromOwn = t == others.size() || (o < own.size() && own.get(o).compareTo(others.get(t)) <= 0);
                findings.add(fromOwn ? own.get(o++) : others.get(t++));
                fromEntries.append(fromOwn ? '1' : '0');
            }
            return new Merged(List.copyOf(findings), fromEntries.toString());
        }
    }

    private static final int ENUM_PHASE = 0;
    private static final int PLUGIN_PHASE = 1;
    private static final int COMPOSE_PHASE = 2;
    /** The expectations, tests and other files, whose checks depend only on their text and the other phases. */
    private static final int LAST_PHASE = 3;

    /** Runs {@code task} on a thread of its own: not on a shared pool, which another build of the reactor may keep busy. */
    private static void onItsOwnThread(Runnable task) {
        Thread thread = new Thread(task, "swplugin cache");
        thread.setDaemon(true);
        thread.start();
    }

    /** The build of this engine, so that a cache is not reused by another build of the same version. */
    private static String engineBuild() {
        try {
            Path jar = Path.of(Validator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar + ":" + Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis();
        } catch (Exception e) {
            return "unknown build " + System.nanoTime();  // never matches: no reuse
        }
    }

    /**
     * The files of each phase that has any, in phase order, but for the expectations and tests not in {@code changedOnly}
     * (when it is not null), which are left out and marked in {@code leftOut} by their index. A plain loop: a stream's
     * collector, run cold over each of the checkout's files, cost a one-changed run at 100 copies 15 ms more.
     */
    private static Map<Integer, List<String>> byPhase(List<String> all, Set<String> changedOnly, BitSet leftOut) {
        List<List<String>> lists = List.of(new ArrayList<>(1), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(all.size()));
        for (int i = 0; i < all.size(); i++) {
            String path = all.get(i);
            int phase = phase(path);
            if (phase == LAST_PHASE && changedOnly != null && !changedOnly.contains(path)) {
                leftOut.set(i);
            } else {
                lists.get(phase).add(path);
            }
        }
        Map<Integer, List<String>> phases = new TreeMap<>();
        for (int phase = 0; phase <= LAST_PHASE; phase++) {
            if (!lists.get(phase).isEmpty()) {
                phases.put(phase, lists.get(phase));
            }
        }
        return phases;
    }

    /** 0: the Component enum; 1: plugin modules and the agent's other sources; 2: compose files; 3: everything else. */
    private static int phase(String path) {
        if (path.equals(RunContext.COMPONENT_MODULE)) {
            return ENUM_PHASE;
        }
        if (PluginModuleFile.moduleName(path) != null || AgentSourceFile.is(path)) {
            return PLUGIN_PHASE;
        }
        return ComposeFile.is(path) ? COMPOSE_PHASE : LAST_PHASE;
    }

    /** The state of one run: what was read so far and what it found. */
    private final class Run {
        private final SourceFiles files;
        private final Agent agent;
        // files of one phase are checked in parallel: everything they share is a concurrent collection
        private final Queue<FileFindings> results = new ConcurrentLinkedQueue<>();
        /** The findings of the expectations' and tests' own checks (their entries'), apart: see {@link ResultCache.Tree}. */
        private final Queue<FileFindings> ownResults = new ConcurrentLinkedQueue<>();
        /**
         * The expectations and tests whose stamps changed since the last run, when only they are checked (nothing else
         * changed): the others are left out, their findings and what was read taken from the last run. Null otherwise.
         */
        private Set<String> changedOnly;
        /** The files left out, by their index in the listing. */
        private final BitSet leftOut = new BitSet();
        /** What the files checked so far said, for the checks of later phases; made once the registry is read. */
        private RunContext context;
        /** Made once the run checks files: an unchanged checkout is answered without loading SnakeYAML. */
        private YamlLoader yaml;
        private LicenseHeaders licenses = new LicenseHeaders(List.of(), LicenseIgnores.none());
        /** Sized for the listing once it is known: grown one file at a time, it rehashed a large checkout's names a dozen times. */
        private Set<String> filesRead = Set.of();
        /** The findings of unchanged expectations and tests from the last run, when the options ask for it. */
        private final CompletableFuture<ResultCache> reading;
        /** Known once the listing is done: the cache is read meanwhile, on a thread of its own. */
        private ResultCache cache;
        /** The entries being written, once every file's is stored. */
        private CompletableFuture<Void> savingEntries = CompletableFuture.completedFuture(null);
        /** The digests of everything the cached files' checks consult besides their own text. */
        private final Map<String, String> digests = new ConcurrentHashMap<>();
        /**
         * The engine build, the options and the files listed, digested: what a whole run's report is kept under; empty when
         * the listing had problems (a loop, an unreadable directory), which is never taken as unchanged.
         */
        private String runKey = "";
        /** The files listed, in the listing's order. */
        private List<String> listed = List.of();
        /** The engine build and the options, which every key of the cache starts with; computed once (it stats the jar). */
        private String optionsKey;

        Run(SourceFiles files, Agent agent) {
            this.files = files;
            this.agent = agent;
            long started = System.currentTimeMillis();  // before the walk stamps anything
            this.reading = options.caching() ? CompletableFuture.supplyAsync(() -> {
                ResultCache cache = ResultCache.load(options.basedir(), options.cacheFile().orElseThrow(), started);
                // SHA-256's first use loads its provider, tens of milliseconds in a fresh JVM: here, while the walk runs
                ResultCache.digest("");
                return cache;
            }, Validator::onItsOwnThread) : CompletableFuture.completedFuture(null);
        }

        /** Checks the checkout, unless the last run's report still holds: then that report. */
        Optional<ResultCache.Tree> execute() {
            Set<String> roots = new LinkedHashSet<>(agent == Agent.PYTHON ? options.licenseRoots() : List.of());
            roots.addAll(agent.roots());
            List<String> all = files.list(List.copyOf(roots), this::findings);
            listed = all;
            filesRead = ConcurrentHashMap.newKeySet(all.size());
            cache = reading.join();
            if (cache != null) {
                optionsKey = optionsKey();
                runKey = results.isEmpty() ? ResultCache.runKey(optionsKey, all) : "";
                Optional<ResultCache.Tree> unchanged = cache.unchangedTree(runKey, all, files::stampNow);
                if (unchanged.isPresent()) {
                    return unchanged;
                }
                // only expectations and tests changed: what every other check consults is as it was
                Set<String> changed = cache.changedFiles().filter(paths -> paths.stream().allMatch(path -> phase(path) == LAST_PHASE))
                        .orElse(null);
                changedOnly = changed;
                cache.readEntriesAhead(Validator::onItsOwnThread,
                        changed == null ? null : path -> phase(path) != LAST_PHASE || changed.contains(path));
            }
            yaml = new YamlLoader(options.maxAliases(), options.maxNesting());
            context = new RunContext(agent, yaml, options.componentLibraries().map(this::registry), all.size());
            if (agent == Agent.JAVA) {
                Set<String> scenarios = all.stream().filter(agent::isExpectedData).map(ExpectedDataFile::scenario).filter(Objects::nonNull)
                        .collect(Collectors.toCollection(TreeSet::new));
                context.scenarios(scenarios);
                digests.put(" scenarios", ResultCache.digest(String.join("\n", scenarios)));  // what an expectation is checked against
                String defined = readOptional(JavaComponents.PATH);
                context.javaComponents(defined == null ? Optional.empty() : JavaComponents.read(defined));
                digests.put(" components", defined == null ? "" : ResultCache.digest(defined));
            }
            // a plugin module the listing refused (a link out of the checkout) is one Plugins.md cannot be judged without
            results.stream().map(FileFindings::path).map(PluginModuleFile::moduleName).filter(Objects::nonNull)
                    .forEach(context::unreadablePluginModule);
            String licenserc = readOptional(".licenserc.yaml");
            String gitignore = readOptional(".gitignore");
            licenses = new LicenseHeaders(options.licenseRoots(), LicenseIgnores.of(licenserc, gitignore, yaml, findings(".licenserc.yaml")));
            // the mock collector the tests pin: what it compares differs between its eras
            Optional<MockCollectorPin> pin = MockCollectorPin.FILES.stream().map(this::readOptional).filter(Objects::nonNull)
                    .map(MockCollectorPin::in).flatMap(Optional::stream).findFirst();
            context.collectorPin(pin);
            String licenseDigest = ResultCache.digest(licenserc + "\u0000" + gitignore + "\u0000" + pin.map(MockCollectorPin::commit).orElse(""));
            boolean based = false;
            if (cache != null) {
                cache.own(ResultCache.digest(optionsKey + '|' + licenseDigest));
            }

            // the enum before the plugins that name its members, compose files before the expectations that use them
            Map<Integer, List<String>> phases = byPhase(all, changedOnly, leftOut);
            ForkJoinPool pool = new ForkJoinPool(options.threads());
            try {
                for (Map.Entry<Integer, List<String>> phase : phases.entrySet()) {
                    // the cached phases' findings depend on what the agent's sources read, known from here on
                    if (phase.getKey() >= COMPOSE_PHASE && cache != null && !based) {
                        cache.base(baseKey(licenseDigest));
                        based = true;
                    }
                    if (phase.getKey() == LAST_PHASE && cache != null) {
                        cache.context(contextKey());
                    }
                    pool.submit(() -> phase.getValue().parallelStream().forEach(path -> check(path, phase.getKey()))).join();
                    if (phase.getKey() == ENUM_PHASE) {
                        ComponentEnumFile.checkMembers(context, this::findings);
                    }
                    if (phase.getKey() == PLUGIN_PHASE) {
                        pluginsDoc();
                        context.pluginModulesRead();
                        PluginModuleFile.checkReferences(context, this::findings);
                    }
                }
                if (changedOnly != null && !cache.leftOutKeep(files::exists)) {
                    // a fact the checks across files use changed, or what the entries hold: the files left out are checked too
                    cache.readAllEntries();
                    List<String> rest = leftOut.stream().mapToObj(all::get).toList();
                    changedOnly = null;
                    leftOut.clear();
                    pool.submit(() -> rest.parallelStream().forEach(path -> check(path, LAST_PHASE))).join();
                }
            } finally {
                pool.shutdown();
            }
            if (cache != null && !based) {
                cache.base(baseKey(licenseDigest));
            }
            if (cache != null && !phases.containsKey(LAST_PHASE)) {
                cache.context(contextKey());
            }
            if (cache != null) {
                // every entry is stored: written on the idle core while the checks across files run, which store none
                savingEntries = CompletableFuture.runAsync(cache::saveEntries, Validator::onItsOwnThread);
            }
            acrossFiles(all);
            return Optional.empty();
        }

        /**
         * The checks that judge files by others, on the facts every file left; where none of what they read changed since
         * the last run (one expectation's comment or tag edited), the last run's findings, as Bazel cuts off a rebuild
         * whose inputs came out the same.
         */
        private void acrossFiles(List<String> all) {
            Optional<List<Finding>> unchanged = cache == null ? Optional.empty() : cache.unchangedAcross(files::exists);
            if (unchanged.isPresent()) {
                unchanged.get().stream().collect(Collectors.groupingBy(Finding::path)).forEach((path, found) -> findings(path).addAll(found));
                return;
            }
            Map<String, Boolean> probes = new HashMap<>();
            // one list per file the checks judge, kept only if they found something: a large checkout's checks ask for
            // tens of thousands, nearly all left empty
            Map<String, FileFindings> judged = new LinkedHashMap<>();
            AcrossFiles.check(all, context, path -> probes.computeIfAbsent(path, files::exists), path -> judged.computeIfAbsent(path, FileFindings::new));
            List<Finding> found = new ArrayList<>();
            for (FileFindings findings : judged.values()) {
                if (!findings.list().isEmpty()) {
                    results.add(findings);
                    found.addAll(findings.list());
                }
            }
            if (cache != null) {
                cache.across(new ResultCache.Across(Map.copyOf(probes), List.copyOf(found)));
            }
        }

        /** The files read, sorted: in the listing's order (those left out as the last run read them), the few read beyond it merged in. */
        List<String> filesReadInOrder() {
            return SourceFiles.inOrder(listed, i -> leftOut.get(i) ? cache.lastRead(i) : filesRead.contains(listed.get(i)),
                    filesRead.stream().filter(path -> !files.isListed(path)).toList());
        }

        /**
         * The findings that are reported: a rule about the Python agent says nothing true about another agent's tests, and
         * plugin attributes are only required in trees that use them (releases before v0.8.0 had none).
         */
        List<Finding> reported(Queue<FileFindings> found) {
            List<Finding> findings = new ArrayList<>();
            for (FileFindings file : found) {
                for (Finding finding : file.list()) {
                    if (finding.rule().appliesTo(agent) && (finding.rule() != Rule.PLUGIN_ATTRIBUTE || context.attributesInUse())) {
                        findings.add(finding);
                    }
                }
            }
            return findings;
        }

        /** The own findings of the files left out, as the last run reported them. */
        List<Finding> leftOutFindings() {
            return changedOnly == null ? List.of() : cache.lastEntryFindings(changedOnly);
        }

        /** Keeps this run's entries and its report for the next run. */
        void save(Report report, String fromEntries) {
            if (cache != null) {
                cache.tree(new ResultCache.Tree(runKey, listed, files.consulted(), report.findings(), report.files(), fromEntries), files);
                savingEntries.join();
                cache.saveRun();
            }
        }

        /** The engine build and the options. */
        private String optionsKey() {
            return engineBuild() + '|' + agent + '|' + options.licenseRoots() + '|' + options.maxFileBytes() + '|' + options.maxAliases()
                    + '|' + options.maxNesting() + '|' + options.componentLibraries();
        }

        /**
         * The engine build, the options, the license configuration and the variables the agent reads: what every cached
         * file's findings depend on.
         */
        private String baseKey(String licenseDigest) {
            String variables = context.agentVariables().map(AgentVariables::key).orElse("");
            return ResultCache.digest(optionsKey + '|' + licenseDigest + '|' + variables);
        }

        /** The digests of every file the expectations' and tests' checks consult. */
        private String contextKey() {
            StringBuilder key = new StringBuilder();
            List<String> paths = new ArrayList<>(digests.keySet());
            paths.sort(null);  // sorted once here: kept sorted, each of a large checkout's compose files cost a skip list's insert
            paths.forEach(path -> key.append('|').append(path).append('=').append(digests.get(path)));
            return ResultCache.digest(key.toString());
        }

        private void check(String path, int phase) {
            if (phase == LAST_PHASE && !options.wants(path)) {
                return;  // a caller that wrote only some files: the others are not its concern, the context files are read
            }
            FileFindings findings = new FileFindings(path);
            check(path, phase, findings);
            if (!findings.list().isEmpty()) {
                // only these: one empty list per file of a large checkout was megabytes in -Xmx64m
                (phase == LAST_PHASE ? ownResults : results).add(findings);
            }
        }

        private void check(String path, int phase, FileFindings findings) {
            boolean isText = path.endsWith(".py") || path.endsWith(".yml") || path.endsWith(".yaml");
            if (!isText) {
                checkHead(path, findings);
                return;
            }
            filesRead.add(path);
            ResultCache.Scope scope = scope(path, phase);
            SourceFiles.Stamp stamp = files.stamp(path);  // before reading: see Stamp
            if (scope != null) {
                Optional<ResultCache.Entry> unchanged = cache.unchanged(path, stamp, scope);
                if (unchanged.isPresent()) {
                    reuse(path, phase, unchanged.get(), findings);
                    return;
                }
            }
            Optional<byte[]> bytes = files.bytes(path, findings);
            Optional<String> read = bytes.flatMap(content -> FileText.text(content, findings));
            if (cache == null) {
                checkText(path, read, licensed(path), findings);
                return;  // no digest: only the cache uses them
            }
            // the bytes as read: the text encoded again for its digest was a copy of every file
            String digest = read.isPresent() ? ResultCache.digest(bytes.get()) : "unreadable";
            if (phase != LAST_PHASE) {
                digests.put(path, digest);
            }
            if (scope != null && read.isPresent()) {
                Optional<ResultCache.Entry> earlier = cache.lookup(path, digest, stamp, scope);
                if (earlier.isPresent()) {
                    reuse(path, phase, earlier.get(), findings);
                    return;
                }
            }
            List<String> facts = checkText(path, read, licensed(path), findings);
            if (scope != null && read.isPresent()) {
                cache.store(path, new ResultCache.Entry(digest, stamp, List.copyOf(findings.list()), facts));
            }
        }

        /**
         * A file the checks do not parse: only its license header, by its first bytes. Its entry depends on the license
         * configuration alone, and is kept by its stamp like any other, so that a run after a small change reads none.
         */
        private void checkHead(String path, FileFindings findings) {
            SourceFiles.Stamp stamp = files.stamp(path);  // before reading: see Stamp
            Optional<ResultCache.Entry> unchanged = cache == null ? Optional.empty() : cache.unchanged(path, stamp, ResultCache.Scope.OWN);
            if (unchanged.isPresent()) {
                filesRead.add(path);  // only read files have entries
                findings.addAll(unchanged.get().findings());
                return;
            }
            if (!licensed(path)) {
                return;
            }
            files.head(path, LicenseHeader.HEAD_CHARS, findings).ifPresent(head -> {
                filesRead.add(path);
                LicenseHeaders.checkHead(head, findings);
                if (cache != null) {
                    cache.store(path, new ResultCache.Entry(ResultCache.digest(head), stamp, List.copyOf(findings.list()), List.of()));
                }
            });
        }

        /** What a file's cached entry depends on besides its text, or null when there is no cache. */
        private ResultCache.Scope scope(String path, int phase) {
            if (cache == null) {
                return null;
            }
            if (phase < COMPOSE_PHASE) {
                return ResultCache.Scope.OWN;
            }
            return phase == COMPOSE_PHASE ? ResultCache.Scope.BASE : ResultCache.Scope.CONTEXT;
        }

        /** The findings and facts of a file checked in an earlier run, as if it had been checked now. */
        private void reuse(String path, int phase, ResultCache.Entry entry, FileFindings findings) {
            findings.addAll(entry.findings());
            if (phase != LAST_PHASE) {
                digests.put(path, entry.digest());
            }
            if (phase < COMPOSE_PHASE) {
                AgentSourceFile.reuse(path, entry.facts(), context);
                if (phase == ENUM_PHASE) {
                    ComponentEnumFile.reuse(entry.facts(), context);
                } else if (PluginModuleFile.moduleName(path) != null) {
                    PluginModuleFile.reuse(path, entry.facts(), context);
                }
            } else if (phase == COMPOSE_PHASE) {
                context.agentNames(path, ComposeFile.agentNames(entry.facts()));
            }
            context.facts(path, entry.facts());
        }

        /**
         * Whether the file needs the license header; asked only of files that are read (a reused file's entry holds its
         * license finding), since matching the ignore patterns costs more than a cached file's whole reuse.
         */
        private boolean licensed(String path) {
            // the Java agent's repository checks its own headers; there only the expectations are read
            return agent == Agent.PYTHON && licenses.needed(path);
        }

        /** Checks one file's text; returns what the run learns from it besides findings (a compose file's agent names). */
        private List<String> checkText(String path, Optional<String> read, boolean licensed, FileFindings findings) {
            if (read.isEmpty()) {
                String module = PluginModuleFile.moduleName(path);
                if (module != null) {
                    context.unreadablePluginModule(module);
                }
                return List.of();
            }
            String text = read.get();
            if (licensed) {
                LicenseHeaders.checkText(text, findings);
            }
            FileChecks.check(SourceText.of(path, text), context, findings);
            return context.facts(path).orElse(List.of());
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

        /**
         * A committed Plugins.md must be what the modules generate; skipped when a module could not be read,
         * and when the checkout's own generator writes another format (v0.8.0's wrote no leading '|').
         */
        private void pluginsDoc() {
            Optional<List<PluginsDoc.Section>> sections = context.docSections();
            if (!files.exists(PluginsDoc.PATH) || sections.isEmpty() || otherGenerator()) {
                return;
            }
            FileFindings findings = findings(PluginsDoc.PATH);
            filesRead.add(PluginsDoc.PATH);
            files.read(PluginsDoc.PATH, findings).ifPresent(actual -> PluginsDocCheck.check(actual, PluginsDoc.render(sections.get()),
                    findings));
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
            digests.put(" registry", ResultCache.digest(text));
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

    }
}

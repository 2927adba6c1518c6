package io.github.swplugin.maven;

import io.github.swplugin.check.Baseline;
import io.github.swplugin.check.ConfigurationException;
import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.FileText;
import io.github.swplugin.check.Finding;
import io.github.swplugin.check.Report;
import io.github.swplugin.check.Severity;
import io.github.swplugin.check.ValidatorOptions;
import io.github.swplugin.check.report.GithubAnnotations;
import io.github.swplugin.check.report.ReportFiles;
import io.github.swplugin.check.run.ForkedValidator;
import io.github.swplugin.check.run.Validator;
import io.github.swplugin.core.CheckoutRoot;
import io.github.swplugin.core.Words;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks a skywalking-python checkout without running it: every {@code expected.data.yml} against
 * the way the pinned mock collector judges it, the Component enum, the plugin modules and tests,
 * and the license headers. Works in a directory without a pom.xml.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, requiresProject = false, threadSafe = true)
public class ValidateMojo extends AbstractSwpluginMojo {
    /** The checkouts checked in this JVM, by build: every module of a reactor inside one checkout finds the same root. */
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    /** Fail the build on errors: false reports every finding (and writes the reports) but never fails, as a report-only run. */
    @Parameter(property = "swplugin.failOnError", defaultValue = "true")
    private boolean failOnError;

    @Parameter(defaultValue = "${session.request.startTime}", readonly = true)
    private Date buildStarted;

    /** Fail the build on warnings too, not only on errors. */
    @Parameter(property = "swplugin.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /**
     * SkyWalking's component-libraries.yml (from apache/skywalking,
     * oap-server/server-starter/src/main/resources/), to check that every component id is registered.
     * Relative paths are resolved against the basedir.
     */
    @Parameter(property = "swplugin.componentLibraries")
    private String componentLibraries;

    /** Directories, relative to the basedir, whose text files must carry the Apache-2.0 header. */
    @Parameter(property = "swplugin.licenseRoots", defaultValue = "skywalking,tests,tools")
    private List<String> licenseRoots;

    /** Files larger than this many bytes are reported instead of read. */
    @Parameter(property = "swplugin.maxFileSize", defaultValue = "8388608")
    private long maxFileSize;

    /** YAML aliases to collections allowed in one file: more is reported as an alias bomb. */
    @Parameter(property = "swplugin.maxAliases", defaultValue = "50")
    private int maxAliases;

    /** YAML nesting depth allowed in one file. */
    @Parameter(property = "swplugin.maxNesting", defaultValue = "100")
    private int maxNesting;

    /**
     * How many files are checked at once; 0 means what measured fastest: every processor in a forked check, half of them
     * (at least one) in Maven's JVM, where C2 compiles on the others.
     */
    @Parameter(property = "swplugin.threads", defaultValue = "0")
    private int threads;

    /**
     * Check in a JVM of its own, started for the one short run, when the run reads every file (no cache yet, or the cache
     * is off): in Maven's JVM a core goes to compiling for a long run that never comes. A run the cache spares stays in
     * Maven's JVM either way.
     */
    @Parameter(property = "swplugin.fork", defaultValue = "true")
    private boolean fork;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

    /** Reports to write: a comma list of sarif (swplugin.sarif, SARIF 2.1.0) and junit (TEST-swplugin.xml). */
    @Parameter(property = "swplugin.reports")
    private List<String> reports;

    /** Where reports go; relative paths are resolved against the basedir. */
    @Parameter(property = "swplugin.reportDir", defaultValue = "target/swplugin")
    private String reportDir;

    /** Whose plugin tests the checkout holds: auto (from its layout), python or java. */
    @Parameter(property = "swplugin.agent", defaultValue = "auto")
    private String agent;

    /** Keep the findings of unchanged files in target/swplugin/validate.cache, so that an unchanged file is not parsed again. */
    @Parameter(property = "swplugin.cache", defaultValue = "true")
    private boolean cache;

    /**
     * Findings accepted for now (written by swplugin:baseline): reported as INFO, they fail no build.
     * Relative to the basedir; ignored when the file does not exist.
     */
    @Parameter(property = "swplugin.baseline", defaultValue = Baseline.FILE)
    private String baseline;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    /** The findings split by the baseline file, when the checkout has one. */
    private Baseline.Split baselined(List<Finding> findings, Path basedir) {
        Path file = basedir.resolve(baseline);
        if (!Files.exists(file)) {
            return new Baseline.Split(findings, List.of(), List.of());
        }
        FileFindings unreadable = new FileFindings(baseline);
        String text = FileText.read(file, maxFileSize, unreadable).orElseThrow(() -> new ConfigurationException(
                "swplugin.baseline: " + baseline + " " + unreadable.list().get(0).message()));
        return Baseline.parse(text).split(findings);
    }

    /** The run's report: from a forked JVM when that is quicker (and it answers), otherwise from this one. */
    private Report check(ValidatorOptions options) {
        if (fork && plugin != null && ForkedValidator.checksEveryFile(options)) {
            List<Path> classpath = plugin.getArtifacts().stream().filter(artifact -> artifact.getFile() != null)
                    .map(artifact -> artifact.getFile().toPath()).toList();
            Optional<Report> forked = ForkedValidator.run(threads > 0 ? options : options.withThreads(ForkedValidator.defaultThreads()),
                    classpath, problem -> getLog().warn("swplugin: " + problem + "; checking in Maven's JVM instead"));
            if (forked.isPresent()) {
                getLog().debug("swplugin: every file was read, in a JVM of its own (swplugin.fork)");
                return forked.get();
            }
        }
        return new Validator(options).run();
    }

    @Override
    void run(Path checkout) throws MojoExecutionException, MojoFailureException {
        if (buildStarted != null && !CHECKED.add(buildStarted.getTime() + " " + checkout)) {
            getLog().info("swplugin: " + checkout + " was checked already in this build (a checkout is checked once, from"
                    + " its first module)");
            return;
        }
        ValidatorOptions.Builder options = ValidatorOptions.builder(checkout)
                .componentLibraries(componentLibraries == null ? null : Path.of(componentLibraries))
                .licenseRoots(licenseRoots)
                .maxFileBytes(maxFileSize)
                .yamlLimits(maxAliases, maxNesting)
                .cacheFile(cache ? checkout.resolve(reportDir).resolve("validate.cache") : null);
        try {
            options.agent(AgentParameter.parse(agent, checkout));
        } catch (ConfigurationException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        if (threads > 0) {
            options.threads(threads);
        }
        Report report;
        Baseline.Split split;
        try {
            Report all = check(options.build());
            split = baselined(all.findings(), checkout);
            report = new Report(split.fresh(), all.files(), all.millis());
        } catch (ConfigurationException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        if (GithubAnnotations.enabled(System.getenv("GITHUB_ACTIONS"))) {
            // workflow commands must start their line: printed as they are, not through the logger
            report.findings().forEach(f -> System.out.println(GithubAnnotations.command(f)));
        }
        boolean warn = getLog().isWarnEnabled();  // -q: thousands of warnings need not be formatted
        for (Finding finding : report.findings()) {
            if (finding.severity() == Severity.ERROR) {
                getLog().error(finding.toString());
            } else if (warn) {
                getLog().warn(finding.toString());
            }
        }
        split.known().forEach(f -> getLog().info(f + " (in the baseline)"));
        getLog().info(report.summary() + (split.known().isEmpty() ? "" : ", " + Words.count(split.known().size(), "finding")
                + " in " + baseline));
        if (!split.stale().isEmpty()) {
            getLog().info("swplugin: " + Words.count(split.stale().size(), "baseline entry no longer occurs",
                    "baseline entries no longer occur") + ", so " + baseline
                    + " can be pruned (mvn swplugin:baseline rewrites it): " + String.join(" | ", split.stale()).replace('\t', ' '));
        }
        // after the findings are printed, so that a report that cannot be written never hides them
        try {
            for (Path written : ReportFiles.write(report, reports == null ? List.of() : reports,
                    CheckoutRoot.of(checkout), checkout.resolve(reportDir), pluginVersion)) {
                getLog().info("swplugin: wrote " + checkout.relativize(written.toAbsolutePath().normalize()));
            }
        } catch (ConfigurationException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("swplugin.reportDir: cannot write the reports (" + e.getMessage() + ")", e);
        }
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        if (!failOnError && (errors > 0 || (failOnWarning && warnings > 0))) {
            getLog().warn("swplugin: " + Words.count(errors, "error") + " and " + Words.count(warnings, "warning")
                    + " reported; the build goes on (swplugin.failOnError=false)");
            return;
        }
        if (errors > 0 || (failOnWarning && warnings > 0)) {
            throw new MojoFailureException("swplugin found " + Words.count(errors, "error") + " and " + Words.count(warnings, "warning")
                    + (failOnWarning ? " (swplugin.failOnWarning is on)" : "") + " in " + checkout.getFileName()
                    + ": fix the lines listed above, each names the rule it breaks");
        }
    }
}

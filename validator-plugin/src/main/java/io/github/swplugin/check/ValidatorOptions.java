package io.github.swplugin.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What to check and how.
 *
 * @param basedir the skywalking-python checkout
 * @param componentLibraries SkyWalking's component-libraries.yml, to check component ids against
 * @param licenseRoots directories, relative to basedir, whose text files need the license header
 * @param maxFileBytes files larger than this are reported, not read
 * @param maxAliases YAML aliases to collections allowed in one file (alias bombs)
 * @param maxNesting YAML nesting depth allowed
 * @param threads how many files are checked at once
 * @param agent whose tests the checkout holds; empty: detected from its layout
 * @param cacheFile where the findings of unchanged files are kept between runs; empty: no cache
 * @param only the files whose own checks are wanted (the files every check consults are read all the same); empty: all
 */
public record ValidatorOptions(Path basedir, Optional<Path> componentLibraries, List<String> licenseRoots, long maxFileBytes,
        int maxAliases, int maxNesting, int threads, Optional<Agent> agent, Optional<Path> cacheFile, Optional<Set<String>> only) {
    public static final List<String> DEFAULT_LICENSE_ROOTS = List.of("skywalking", "tests", "tools");
    public static final long DEFAULT_MAX_FILE_BYTES = 8L * 1024 * 1024;
    public static final int DEFAULT_MAX_ALIASES = 50;
    public static final int DEFAULT_MAX_NESTING = 100;

    public static ValidatorOptions defaults(Path basedir) {
        return new ValidatorOptions(basedir, Optional.empty(), DEFAULT_LICENSE_ROOTS, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_ALIASES,
                DEFAULT_MAX_NESTING, defaultThreads(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Half the processors: a validation runs in a freshly started JVM whose compiler threads need the other half
     * (docs/performance.md: on 2 cores, 1 worker beats 2 end to end).
     */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    public ValidatorOptions withComponentLibraries(Path path) {
        return new ValidatorOptions(basedir, Optional.ofNullable(path), licenseRoots, maxFileBytes, maxAliases, maxNesting, threads, agent, cacheFile, only);
    }

    public ValidatorOptions withLicenseRoots(List<String> roots) {
        return new ValidatorOptions(basedir, componentLibraries, List.copyOf(roots), maxFileBytes, maxAliases, maxNesting, threads, agent, cacheFile, only);
    }

    public ValidatorOptions withMaxFileBytes(long bytes) {
        return new ValidatorOptions(basedir, componentLibraries, licenseRoots, bytes, maxAliases, maxNesting, threads, agent, cacheFile, only);
    }

    public ValidatorOptions withYamlLimits(int aliases, int nesting) {
        return new ValidatorOptions(basedir, componentLibraries, licenseRoots, maxFileBytes, aliases, nesting, threads, agent, cacheFile, only);
    }

    public ValidatorOptions withAgent(Agent given) {
        return new ValidatorOptions(basedir, componentLibraries, licenseRoots, maxFileBytes, maxAliases, maxNesting, threads,
                Optional.ofNullable(given), cacheFile, only);
    }

    public ValidatorOptions withCacheFile(Path file) {
        return new ValidatorOptions(basedir, componentLibraries, licenseRoots, maxFileBytes, maxAliases, maxNesting, threads, agent,
                Optional.ofNullable(file), only);
    }

    /** The agent given, else the one the checkout's layout shows. */
    public Agent resolvedAgent() {
        return agent.orElseGet(() -> Agent.detect(basedir));
    }

    /** Checks only these files (relative paths), besides reading what every check consults; for a caller that wrote them. */
    public ValidatorOptions withOnly(Set<String> paths) {
        return new ValidatorOptions(basedir, componentLibraries, licenseRoots, maxFileBytes, maxAliases, maxNesting, threads, agent, cacheFile,
                Optional.of(Set.copyOf(paths)));
    }

    /** Whether a run keeps and reuses its findings: a cache file is given and the whole checkout is checked. */
    public boolean caching() {
        return cacheFile.isPresent() && only.isEmpty();
    }

    /** Whether the file's own checks are wanted. */
    public boolean wants(String path) {
        return only.map(paths -> paths.contains(path)).orElse(true);
    }

    public ValidatorOptions withThreads(int count) {
        return new ValidatorOptions(basedir, componentLibraries, licenseRoots, maxFileBytes, maxAliases, maxNesting, Math.max(1, count), agent, cacheFile, only);
    }
}

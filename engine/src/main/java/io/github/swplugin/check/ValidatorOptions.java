package io.github.swplugin.check;

import io.github.swplugin.collector.Agent;
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
        return builder(basedir).build();
    }

    /** Options with every default, to be changed one at a time. */
    public static Builder builder(Path basedir) {
        return new Builder(basedir);
    }

    /** These options, to be changed one at a time. */
    public Builder toBuilder() {
        Builder builder = new Builder(basedir);
        builder.componentLibraries = componentLibraries;
        builder.licenseRoots = licenseRoots;
        builder.maxFileBytes = maxFileBytes;
        builder.maxAliases = maxAliases;
        builder.maxNesting = maxNesting;
        builder.threads = threads;
        builder.agent = agent;
        builder.cacheFile = cacheFile;
        builder.only = only;
        return builder;
    }

    /**
     * Half the processors: a validation runs in a freshly started JVM whose compiler threads need the other half
     * (docs/performance.md: on 2 cores, 1 worker beats 2 end to end).
     */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    public ValidatorOptions withComponentLibraries(Path path) {
        return toBuilder().componentLibraries(path).build();
    }

    public ValidatorOptions withLicenseRoots(List<String> roots) {
        return toBuilder().licenseRoots(roots).build();
    }

    public ValidatorOptions withMaxFileBytes(long bytes) {
        return toBuilder().maxFileBytes(bytes).build();
    }

    public ValidatorOptions withYamlLimits(int aliases, int nesting) {
        return toBuilder().yamlLimits(aliases, nesting).build();
    }

    public ValidatorOptions withAgent(Agent given) {
        return toBuilder().agent(given).build();
    }

    public ValidatorOptions withCacheFile(Path file) {
        return toBuilder().cacheFile(file).build();
    }

    /** Checks only these files (relative paths), besides reading what every check consults; for a caller that wrote them. */
    public ValidatorOptions withOnly(Set<String> paths) {
        return toBuilder().only(paths).build();
    }

    public ValidatorOptions withThreads(int count) {
        return toBuilder().threads(count).build();
    }

    /** The agent given, else the one the checkout's layout shows. */
    public Agent resolvedAgent() {
        return agent.orElseGet(() -> Agent.detect(basedir));
    }

    /** Whether a run keeps and reuses its findings: a cache file is given and the whole checkout is checked. */
    public boolean caching() {
        return cacheFile.isPresent() && only.isEmpty();
    }

    /** Whether the file's own checks are wanted. */
    public boolean wants(String path) {
        return only.map(paths -> paths.contains(path)).orElse(true);
    }

    /** Collects options one at a time; null means "the default". */
    public static final class Builder {
        private final Path basedir;
        private Optional<Path> componentLibraries = Optional.empty();
        private List<String> licenseRoots = DEFAULT_LICENSE_ROOTS;
        private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
        private int maxAliases = DEFAULT_MAX_ALIASES;
        private int maxNesting = DEFAULT_MAX_NESTING;
        private int threads = defaultThreads();
        private Optional<Agent> agent = Optional.empty();
        private Optional<Path> cacheFile = Optional.empty();
        private Optional<Set<String>> only = Optional.empty();

        private Builder(Path basedir) {
            this.basedir = basedir;
        }

        public Builder componentLibraries(Path path) {
            componentLibraries = Optional.ofNullable(path);
            return this;
        }

        public Builder licenseRoots(List<String> roots) {
            licenseRoots = List.copyOf(roots);
            return this;
        }

        public Builder maxFileBytes(long bytes) {
            maxFileBytes = bytes;
            return this;
        }

        public Builder yamlLimits(int aliases, int nesting) {
            maxAliases = aliases;
            maxNesting = nesting;
            return this;
        }

        /** At least one. */
        public Builder threads(int count) {
            threads = Math.max(1, count);
            return this;
        }

        /** Null: detected from the checkout's layout. */
        public Builder agent(Agent given) {
            agent = Optional.ofNullable(given);
            return this;
        }

        /** Null: no cache. */
        public Builder cacheFile(Path file) {
            cacheFile = Optional.ofNullable(file);
            return this;
        }

        public Builder only(Set<String> paths) {
            only = Optional.of(Set.copyOf(paths));
            return this;
        }

        public ValidatorOptions build() {
            return new ValidatorOptions(basedir, componentLibraries, licenseRoots, maxFileBytes, maxAliases, maxNesting, threads, agent,
                    cacheFile, only);
        }
    }
}

package io.github.swplugin.check.run;

import io.github.swplugin.check.Finding;
import io.github.swplugin.check.Rule;
import io.github.swplugin.check.files.PackedStrings;
import io.github.swplugin.core.AtomicFiles;
import io.github.swplugin.core.CheckoutRoot;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * What the last run found, so that unchanged files are not read again. First the whole run ({@link Tree}): when no
 * file it consulted has a new stamp, its report is the answer; when only some listed files have, they are named
 * ({@link #changedFiles}), and a run may take the others' own findings from that report. Otherwise the entries of
 * single files: a compose file's depend on its text only; an expectation's or a test's on its text and the context (the digests of the
 * Component enum, the plugin modules, the compose files, the registry); all of them on the base (the engine build,
 * the options, the license configuration). A file whose stamp is the one its entry was written with is not read,
 * as git trusts its index; a stamp that may predate a change in the same clock tick is not trusted. Anything
 * unreadable is a cache miss, never an error.
 *
 * <p>Longer than most classes on purpose: the file format and the rules for trusting an entry are one protocol,
 * kept in one place so that a reader of one cannot miss a case of the other.
 */
public final class ResultCache {
    /** The first line of the run file, before the run's start time. */
    private static final String RUN_HEADER = "swplugin validate run 7 ";
    /**
     * The first line of the entries file, before the keys its entries were computed under (own, base, context; see
     * {@link Scope}). Then blocks:
     * a line with the start time of the run that wrote the entries below it (a line without a tab, which an entry's and
     * a finding's lines have), and the entries; a run that changed a few entries appends them as a block of its own,
     * and the last entry of a file wins.
     */
    private static final String ENTRIES_HEADER = "swplugin validate entries 7 ";

    /** What a file's entry depends on besides its text, each scope adding to the one before. */
    public enum Scope {
        /** The engine build, the options and the license configuration (the agent's own sources). */
        OWN,
        /** And the variables the agent reads (compose files). */
        BASE,
        /** And the context files: the Component enum, the plugin modules, the compose files, the registry (expectations, tests). */
        CONTEXT
    }
    /** A change this close before the last run's start may share its stamp with the text that run read. */
    private static final long RACY_MILLIS = 2_000;

    /**
     * What one file's checks gave.
     *
     * @param digest the text's SHA-256
     * @param stamp the file's stamp when that text was read
     * @param findings what checking it reported
     * @param facts what the run learns from the file besides its findings (a compose file's agent names)
     */
    public record Entry(String digest, SourceFiles.Stamp stamp, List<Finding> findings, List<String> facts) {
    }

    /**
     * A whole run: its key (the engine build, the options and the files listed), the files listed, the files it consulted
     * that the listing did not stamp, with the stamp taken before reading them, and what it reported.
     *
     * @param fromEntries a character for each finding: '1' where it is one of an expectation's or a test's own (what its
     *     entry holds), which a run that checks only the changed ones takes for the others; '0' for the rest
     */
    public record Tree(String key, List<String> listed, Map<String, SourceFiles.Stamp> consulted, List<Finding> findings,
            List<String> filesRead, String fromEntries) {
    }

    /**
     * The last whole run as its file keeps it. The listed files are the same whenever the key is, so they are not
     * written: their stamps are one line in the listing's order (compared stamp by stamp, without a copy), and the files
     * read among them are one flag each; only the files consulted beyond the listing are named.
     *
     * @param entryCount how many files the entries file holds an entry for
     */
    private record LastRun(long start, String key, String entriesStamp, String listedStamps, Map<String, SourceFiles.Stamp> others,
            List<Finding> findings, String fromEntries, String listedRead, List<String> othersRead, String base, String context,
            Across across, int entryCount) {
        static final LastRun NONE = new LastRun(0, "", "", "", Map.of(), List.of(), "", "", List.of(), "", "", Across.NONE, 0);
    }

    /**
     * The largest cache read or written: an eighth of the heap, at most 256 MiB. A larger file is no cache (a
     * checkout can hold any file there), and a run whose cache would be larger keeps none, so that the findings
     * always print, also in -Xmx64m.
     */
    static final long MAX_BYTES = Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 8);

    private final CheckoutRoot root;
    private final Path file;
    private final Path entriesFile;
    private final LastRun lastRun;
    private Tree tree;
    /** What stamped the files of this run's tree. */
    private SourceFiles files;
    /** When the run began, before it listed and stamped anything: what the next run judges racy stamps against. */
    private final long started;
    private volatile Entries previous;
    /** The files whose entries this run computed or restamped: all that an append to the entries file need hold. */
    private final Set<String> stored = ConcurrentHashMap.newKeySet();
    /** Whether an entry stored in this run has facts its previous entry did not have, or had none. */
    private final AtomicBoolean factsChanged = new AtomicBoolean();
    /** How many of this run's entries the file had none for. */
    private final AtomicInteger newFiles = new AtomicInteger();
    /** Whether the entries file is the one the last run wrote; any other is replaced, even by a run that changed nothing. */
    private volatile boolean entriesWritten;
    /** The entries could not be written: the run is not kept either, since it would name a file that is not there. */
    private volatile boolean entriesFailed;
    /** This run's entries; sized for as many files as the last run listed, so that filling it never grows its table. */
    private final Map<String, Entry> next;
    private String own = "";
    private String base = "";
    private String context = "";
    private Across across = Across.NONE;
    /** Whether this run has the last run's key (so lists the same files); known once {@link #unchangedTree} ran. */
    private boolean sameListing;
    /** The files listed whose stamps changed since the last run, when that run can be taken file by file; else null. */
    private Set<String> changed;
    /** The entries to read (the others are passed over); null: all of them. */
    private volatile Predicate<String> wanted;

    /**
     * What the checks across files found in a run, with what they read besides the files listed, the base, the context
     * and the entries' facts: whether each file they looked for was there.
     */
    public record Across(Map<String, Boolean> probes, List<Finding> findings) {
        static final Across NONE = new Across(Map.of(), List.of());
    }

    /**
     * The entries the file holds, with what they were computed under.
     *
     * @param records how many entries the file holds, those a later one replaced among them
     */
    private record Entries(String own, String base, String context, Map<String, Kept> map, int records, boolean partial) {
        static final Entries NONE = new Entries("", "", "", Map.of(), 0, false);
    }

    /** An entry with the start of the run that wrote it, which its stamp is judged against (git's racily clean rule). */
    private record Kept(Entry entry, long written) {
    }

    private ResultCache(CheckoutRoot root, Path file, long started, LastRun lastRun) {
        this.root = root;
        this.started = started;
        this.file = file;
        this.entriesFile = file.resolveSibling(file.getFileName() + ".files");
        this.lastRun = lastRun;
        this.next = new ConcurrentHashMap<>(lastRun.listedRead().length());
    }

    /**
     * The cache kept in {@code file} (the last run) and beside it in {@code file.files} (the single files' entries)
     * of the checkout {@code basedir}; empty where they are not there, not plain files of their own, too large, or
     * cannot be read. The entries are read only when a run needs them: an unchanged checkout is answered by the run.
     * {@code started} is when this run began, taken before anything was stamped (the cache may be read while the walk
     * runs).
     */
    public static ResultCache load(Path basedir, Path file, long started) {
        CheckoutRoot root = CheckoutRoot.of(basedir);
        try {
            Lines lines = new Lines(read(file));
            if (lines.hasNext()) {
                long start = Long.parseLong(lines.header(RUN_HEADER)[0]);
                String[] head = lines.next().split("\t", -1);
                String listedStamps = lines.next();
                Map<String, SourceFiles.Stamp> others = new HashMap<>();
                for (int i = Integer.parseInt(head[2]); i > 0; i--) {
                    String[] parts = lines.next().split("\t", -1);
                    others.put(unescape(parts[0]), new SourceFiles.Stamp(unescape(parts[1]), Long.parseLong(parts[2])));
                }
                List<Finding> all = new ArrayList<>();
                for (int i = Integer.parseInt(head[3]); i > 0; i--) {
                    all.add(pathFinding(lines.next()));
                }
                String fromEntries = lines.next();
                if (fromEntries.length() != all.size()) {
                    throw new IllegalStateException("a flag for each finding");
                }
                String listedRead = lines.next();
                List<String> othersRead = new ArrayList<>();
                for (int i = Integer.parseInt(head[4]); i > 0; i--) {
                    othersRead.add(unescape(lines.next()));
                }
                Across across = readAcross(lines, Integer.parseInt(head[5]), Integer.parseInt(head[6]));
                return new ResultCache(root, file, started, new LastRun(start, head[0], unescape(head[1]), listedStamps, others, all,
                        fromEntries, listedRead, othersRead, head[7], head[8], across, Integer.parseInt(head[9])));
            }
        } catch (IOException | RuntimeException e) {
            // a damaged cache is only a slower run
        }
        return new ResultCache(root, file, started, LastRun.NONE);
    }

    /** A finding written with its path: path, line, column, rule, message. */
    private static Finding pathFinding(String line) {
        String[] parts = line.split("\t", 5);
        return new Finding(unescape(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), rule(parts[3]), unescape(parts[4]));
    }

    /** A cache file's text; empty where there is none, or it is a link, not a plain file, or larger than {@link #MAX_BYTES}. */
    private static String read(Path cacheFile) throws IOException {
        return Files.isRegularFile(cacheFile, LinkOption.NOFOLLOW_LINKS) && Files.size(cacheFile) <= MAX_BYTES
                ? Files.readString(cacheFile, StandardCharsets.UTF_8) : "";
    }

    /**
     * Reads the entries of the files {@code wanted} accepts (null: every file's) on a thread of {@code executor}, while the
     * run reads what they depend on; their first user waits for them.
     */
    public void readEntriesAhead(Executor executor, Predicate<String> wanted) {
        this.wanted = wanted;
        executor.execute(this::previous);
    }

    /** Reads every entry, after a run that read only some finds it needs the others. */
    public void readAllEntries() {
        synchronized (this) {
            if (previous != null && previous.partial()) {
                wanted = null;
                previous = null;
            }
        }
        previous();
    }

    /** The per-file entries, read on first use: a run answered by the whole tree never needs them. */
    private Entries previous() {
        Entries parsed = previous;
        if (parsed == null) {
            synchronized (this) {
                if (previous == null) {
                    // only the file the last run wrote: one committed to the checkout, or changed since, could say anything
                    entriesWritten = !lastRun.entriesStamp().isEmpty() && lastRun.entriesStamp().equals(SourceFiles.stampOf(entriesFile).id());
                    previous = entriesWritten ? readEntries(entriesFile, wanted) : Entries.NONE;
                }
                parsed = previous;
            }
        }
        return parsed;
    }

    private static Entries readEntries(Path entriesFile, Predicate<String> wanted) {
        Map<String, Kept> entries = new HashMap<>();
        try {
            String text = read(entriesFile);
            Lines lines = new Lines(text);
            if (!lines.hasNext()) {
                return Entries.NONE;
            }
            String[] header = lines.header(ENTRIES_HEADER);
            long written = -1;
            int records = 0;
            int escape = text.indexOf('\\');  // the next backslash: searched for again only once passed
            while (lines.hasNext()) {
                // path, digest, stamp, its time, the number of findings, then a column per fact: cut where they lie in the
                // file's text, no line copied
                int at = lines.position();
                int end = lines.skip();
                int digestAt = field(text, at, end);
                if (digestAt < 0) {
                    written = Long.parseLong(text, at, end, 10);  // a block begins
                    continue;
                }
                if (written < 0) {
                    throw new IllegalStateException("an entry before its block");
                }
                records++;
                int stampAt = field(text, digestAt, end);
                int timeAt = field(text, stampAt, end);
                int countAt = field(text, timeAt, end);
                if (stampAt < 0 || timeAt < 0 || countAt < 0) {
                    throw new IllegalStateException("not an entry");
                }
                int factsAt = field(text, countAt, end);
                if (escape >= 0 && escape < factsAt) {
                    escape = text.indexOf('\\', factsAt);
                }
                String path = unescape(text.substring(at, digestAt - 1));
                int count = Integer.parseInt(text, countAt, factsAt < 0 ? end : factsAt - 1, 10);
                if (wanted != null && !wanted.test(path)) {
                    for (int f = 0; f < count; f++) {
                        lines.skip();
                    }
                    continue;
                }
                List<Finding> findings = new ArrayList<>(count);
                for (int f = 0; f < count; f++) {
                    String[] parts = lines.next().split("\t", 4);
                    findings.add(new Finding(path, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), rule(parts[2]),
                            unescape(parts[3])));
                }
                SourceFiles.Stamp stamp = new SourceFiles.Stamp(unescape(text.substring(stampAt, timeAt - 1)),
                        Long.parseLong(text, timeAt, countAt - 1, 10));
                entries.put(path, new Kept(new Entry(text.substring(digestAt, stampAt - 1), stamp, List.copyOf(findings),
                        facts(text, factsAt, end, escape < 0 || escape >= end)), written));
            }
            return new Entries(header[0], header[1], header[2], Collections.unmodifiableMap(entries), records, wanted != null);
        } catch (IOException | RuntimeException e) {
            return Entries.NONE;  // a damaged cache is only a slower run
        }
    }

    /** Where the field after the one at {@code from} starts, when the line (ending at {@code end}) has one; else -1. */
    private static int field(String text, int from, int end) {
        int tab = text.indexOf('\t', from);
        return tab >= 0 && tab < end ? tab + 1 : -1;
    }

    /** The facts of an entry's line, from where they start (-1: it has none) to its end; plain: none holds an escape. */
    private static List<String> facts(String text, int start, int end, boolean plain) {
        if (start < 0) {
            return List.of();
        }
        if (plain) {
            return PackedStrings.split(text, start, end, '\t');  // nearly every fact is plain: read where it lies
        }
        return PackedStrings.of(Arrays.stream(text.substring(start, end).split("\t", -1)).map(ResultCache::unescape).toList());
    }

    private static Across readAcross(Lines lines, int probeCount, int findingCount) {
        Map<String, Boolean> probes = new HashMap<>();
        for (int i = probeCount; i > 0; i--) {
            String[] parts = lines.next().split("\t", -1);
            probes.put(unescape(parts[0]), parts[1].equals("1"));
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = findingCount; i > 0; i--) {
            findings.add(pathFinding(lines.next()));
        }
        return new Across(Map.copyOf(probes), List.copyOf(findings));
    }

    /**
     * The last run's report, when this run has the same key (so the same files listed) and every file that run consulted
     * has the same trusted stamp now: nothing it depended on has changed, so checking again would report the same.
     * Otherwise, where only some of the files listed changed (see {@link #changedFiles}), notes which.
     */
    public Optional<Tree> unchangedTree(String key, List<String> listed, Function<String, SourceFiles.Stamp> stampNow) {
        LastRun last = lastRun;
        sameListing = !key.isEmpty() && last.key().equals(key);
        changed = null;
        if (!sameListing || last.listedRead().length() != listed.size()) {
            return Optional.empty();
        }
        for (Map.Entry<String, SourceFiles.Stamp> other : last.others().entrySet()) {
            SourceFiles.Stamp now = stampNow.apply(other.getKey());
            if (!other.getValue().equals(now) || now.changedMillis() >= last.start() - RACY_MILLIS) {
                return Optional.empty();
            }
        }
        Set<String> differ = changedStamps(last, listed, stampNow, listed.size() / 4);
        if (differ == null) {
            return Optional.empty();
        }
        if (!differ.isEmpty()) {
            changed = differ;
            return Optional.empty();
        }
        List<String> read = SourceFiles.inOrder(listed, i -> last.listedRead().charAt(i) == '1', last.othersRead());
        return Optional.of(new Tree(key, listed, Map.of(), last.findings(), read, last.fromEntries()));
    }

    /**
     * The files listed whose stamps are not those the last run wrote, or whose stamps it could not trust (changed close
     * before it began), compared stamp by stamp along the line {@link #writeRun} wrote, with no copy of it; null when more
     * than {@code limit} differ, or the line is not one of this listing.
     */
    private static Set<String> changedStamps(LastRun last, List<String> listed, Function<String, SourceFiles.Stamp> stampOf, int limit) {
        String line = last.listedStamps();
        Set<String> differ = new HashSet<>();
        int at = 0;
        for (String path : listed) {
            SourceFiles.Stamp stamp = stampOf.apply(path);
            String id = stamp.id();
            int end = at + id.length();
            if (end >= line.length() || line.charAt(end) != '\t' || !line.startsWith(id, at)) {
                end = line.indexOf('\t', at);
                if (end < 0) {
                    return null;
                }
                differ.add(path);
            } else if (stamp.changedMillis() >= last.start() - RACY_MILLIS) {
                differ.add(path);
            }
            if (differ.size() > limit) {
                return null;
            }
            at = end + 1;
        }
        return at == line.length() ? differ : null;
    }

    /**
     * The files listed whose stamps changed since the last run, when nothing else it consulted did (the same files listed,
     * the same files beyond the listing): a run that finds none of them consulted by the others' checks can take the
     * others' findings from the last run. Known once {@link #unchangedTree} ran.
     */
    public Optional<Set<String>> changedFiles() {
        return Optional.ofNullable(changed);
    }

    /** Whether the last run read this file of the listing (by its index), for a run that took its findings from that run. */
    public boolean lastRead(int index) {
        return lastRun.listedRead().charAt(index) == '1';
    }

    /** The findings the last run took from the entries of the files listed, but for those of {@code changed}: in order. */
    public List<Finding> lastEntryFindings(Set<String> changedFiles) {
        List<Finding> kept = new ArrayList<>();
        List<Finding> findings = lastRun.findings();
        for (int i = 0; i < findings.size(); i++) {
            if (lastRun.fromEntries().charAt(i) == '1' && !changedFiles.contains(findings.get(i).path())) {
                kept.add(findings.get(i));
            }
        }
        return kept;
    }

    /** Whether this run read only some of the entries. */
    private boolean partial() {
        Entries read = previous;
        return read != null && read.partial();
    }

    /**
     * Whether the files this run left out keep what the last run found: their entries were not read, the checks across files
     * were computed from the same facts (see {@link #unchangedAcross}), and the entries file needs no compacting, which
     * only a run that read every entry can do.
     */
    public boolean leftOutKeep(Predicate<String> exists) {
        Entries last = previous();
        return last.partial() && !compactionDue(last, lastRun.entryCount()) && unchangedAcross(exists).isPresent();
    }

    /**
     * Whether the entries later ones replaced would outnumber half the {@code live} ones once this run's are added: then
     * the file is written whole instead of appended to.
     */
    private boolean compactionDue(Entries last, long live) {
        return 2L * (last.records() + stored.size()) > 3L * live;
    }

    /**
     * Records this run as a whole, for {@link #unchangedTree}.
     *
     * @param stamped what listed and stamped its files: the stamp of a file listed that the run did not consult
     */
    void tree(Tree run, SourceFiles stamped) {
        this.tree = run;
        this.files = stamped;
    }

    /** Sets what every entry depends on besides its text (the engine build, the options, the license configuration); call before any lookup. */
    public void own(String key) {
        this.own = key;
    }

    /** Sets what the entries of {@link Scope#BASE} and beyond depend on; call before their lookups. */
    public void base(String key) {
        this.base = key;
    }

    /** Sets what the contextual entries depend on besides their text and the base; call once the context files are read. */
    public void context(String key) {
        this.context = key;
    }

    /** The entry of a file that has not changed since it was written, known without reading the file. */
    public Optional<Entry> unchanged(String path, SourceFiles.Stamp stamp, Scope scope) {
        Kept kept = previous().map().get(path);
        if (kept == null || !kept.entry().stamp().equals(stamp) || stamp.changedMillis() >= kept.written() - RACY_MILLIS || !valid(scope)) {
            return Optional.empty();
        }
        next.put(path, kept.entry());
        return Optional.of(kept.entry());
    }

    /** The entry of this exact text, read again (its stamp changed, or could not be trusted). */
    public Optional<Entry> lookup(String path, String digest, SourceFiles.Stamp stamp, Scope scope) {
        Kept kept = previous().map().get(path);
        if (kept == null || !kept.entry().digest().equals(digest) || !valid(scope)) {
            return Optional.empty();
        }
        Entry entry = kept.entry();
        Entry restamped = new Entry(digest, stamp, entry.findings(), entry.facts());
        store(path, restamped);
        return Optional.of(restamped);
    }

    private boolean valid(Scope scope) {
        Entries last = previous();
        return own.equals(last.own()) && (scope == Scope.OWN || base.equals(last.base()))
                && (scope != Scope.CONTEXT || context.equals(last.context()));
    }

    /**
     * The last run's findings across files, when nothing they were computed from has changed: the same key (so the same
     * files listed), base and context, every file's facts the same as its entry's last time (a changed comment, tag or
     * operation name changes no fact), and every file they looked for there or not as it was. Call after every file was
     * checked or reused, and after {@link #unchangedTree}.
     */
    public Optional<List<Finding>> unchangedAcross(Predicate<String> exists) {
        Entries last = previous();
        Across earlier = lastRun.across();
        // every entry of this run is one of the file's (none has facts it had not), and as many: the same files, the same facts
        if (!sameListing || !base.equals(lastRun.base()) || !context.equals(lastRun.context()) || !valid(Scope.CONTEXT)
                || factsChanged.get() || next.size() != last.map().size()) {
            return Optional.empty();
        }
        boolean probesHold = earlier.probes().entrySet().stream().allMatch(probe -> exists.test(probe.getKey()) == probe.getValue());
        if (!probesHold) {
            return Optional.empty();
        }
        across = earlier;
        return Optional.of(earlier.findings());
    }

    /** Keeps what the checks across files found in this run, and what they read. */
    public void across(Across found) {
        across = found;
    }

    public void store(String path, Entry entry) {
        next.put(path, entry);
        stored.add(path);
        Kept earlier = previous().map().get(path);
        if (earlier == null) {
            newFiles.incrementAndGet();
        }
        if (earlier == null || (earlier.entry().facts() != entry.facts() && !earlier.entry().facts().equals(entry.facts()))) {
            factsChanged.set(true);  // a restamped entry holds the very same list
        }
    }

    /**
     * Writes this run's entries where they differ from the file's: appended when only some changed; the whole file when
     * a key they were computed under changed, a file went, or the entries later ones replaced would outnumber half the
     * live ones. Call once every file's entry is stored; the checks across files may run meanwhile, they store none.
     */
    public void saveEntries() {
        try {
            Entries last = previous();
            if (last.partial()) {
                // only some entries were read: the changed ones appended, the file never written whole from a part of it
                entriesFailed = !stored.isEmpty() && !append();
                return;
            }
            boolean fileWent = next.size() - newFiles.get() < last.map().size();
            if (!entriesWritten || !own.equals(last.own()) || !base.equals(last.base()) || !context.equals(last.context()) || fileWent
                    || compactionDue(last, next.size())) {
                write(entriesFile, this::writeEntries);
            } else if (!stored.isEmpty() && !append()) {
                write(entriesFile, this::writeEntries);
            }
        } catch (IOException | RuntimeException e) {
            // read-only checkout, a link leading out, or a cache over MAX_BYTES: no cache, only a slower next run
            entriesFailed = true;
        }
    }

    /** Writes the whole run, after {@link #saveEntries}: it holds the entries file's stamp. A cache that cannot be written is only a slower next run. */
    public void saveRun() {
        try {
            if (tree != null && !entriesFailed) {
                write(file, this::writeRun);
            }
            // the checkout does not ignore target/: keep git status clean, as pytest does for its cache
            Path ignore = file.getParent().resolve(".gitignore");
            if (!Files.exists(ignore, LinkOption.NOFOLLOW_LINKS)) {
                AtomicFiles.write(root, ignore, "# written by swplugin: its cache and reports are not part of the checkout\n*\n");
            }
        } catch (IOException | RuntimeException e) {
            // read-only checkout, a link leading out, or a cache over MAX_BYTES: no cache, only a slower next run
        }
    }

    private interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private void write(Path target, Content content) throws IOException {
        AtomicFiles.write(root, root.owned(target), stream -> {
            Writer out = capped(stream, MAX_BYTES);
            content.writeTo(out);
            out.flush();
        });
    }

    private void writeRun(Writer out) throws IOException {
        // the stamps taken before the files were read: the listing's, or those taken when a file was consulted
        Function<String, SourceFiles.Stamp> stampBefore = path -> {
            SourceFiles.Stamp consulted = tree.consulted().get(path);
            return consulted != null ? consulted : files.stampNow(path);
        };
        Map<String, SourceFiles.Stamp> others = new TreeMap<>();  // the few consulted beyond the listing, in order
        tree.consulted().forEach((path, stamp) -> {
            if (!files.isListed(path)) {
                others.put(path, stamp);
            }
        });
        // one pass over the listing: its stamps and which files were read (both lists are in order)
        StringBuilder stamps = new StringBuilder(tree.listed().size() * 64);
        StringBuilder listedRead = new StringBuilder(tree.listed().size());
        List<String> read = tree.filesRead();
        List<String> othersRead = new ArrayList<>();
        int next = 0;
        for (String path : tree.listed()) {
            SourceFiles.Stamp stamp = stampBefore.apply(path);
            stamps.append(stamp.id()).append('\t');
            while (next < read.size() && read.get(next).compareTo(path) < 0) {
                othersRead.add(read.get(next++));
            }
            boolean wasRead = next < read.size() && read.get(next).equals(path);
            listedRead.append(wasRead ? '1' : '0');
            next += wasRead ? 1 : 0;
        }
        othersRead.addAll(read.subList(next, read.size()));
        out.append(RUN_HEADER).append(String.valueOf(started)).append('\n');
        out.append(tree.key()).append('\t').append(escape(SourceFiles.stampOf(entriesFile).id())).append('\t')
                .append(String.valueOf(others.size())).append('\t')
                .append(String.valueOf(tree.findings().size())).append('\t').append(String.valueOf(othersRead.size())).append('\t')
                .append(String.valueOf(across.probes().size())).append('\t').append(String.valueOf(across.findings().size())).append('\t')
                .append(base).append('\t').append(context).append('\t')
                .append(String.valueOf(partial() ? lastRun.entryCount() : this.next.size())).append('\n');
        out.append(stamps).append('\n');
        for (Map.Entry<String, SourceFiles.Stamp> e : others.entrySet()) {
            out.append(escape(e.getKey())).append('\t').append(escape(e.getValue().id())).append('\t')
                    .append(String.valueOf(e.getValue().changedMillis())).append('\n');
        }
        for (Finding f : tree.findings()) {
            pathFinding(out, f);
        }
        out.append(tree.fromEntries()).append('\n');
        out.append(listedRead).append('\n');
        for (String path : othersRead) {
            out.append(escape(path)).append('\n');
        }
        for (Map.Entry<String, Boolean> probe : new TreeMap<>(across.probes()).entrySet()) {
            out.append(escape(probe.getKey())).append('\t').append(probe.getValue() ? "1" : "0").append('\n');
        }
        for (Finding f : across.findings()) {
            pathFinding(out, f);
        }
    }

    private void writeEntries(Writer out) throws IOException {
        out.append(ENTRIES_HEADER).append(own).append(' ').append(base).append(' ').append(context).append('\n');
        // every entry under this run's start: one reused was trusted under an earlier start, so it is under this later one
        writeBlock(out, next.keySet());
    }

    /**
     * Appends the entries this run stored to the file the last run left, after checking it is still that file. False when
     * it cannot: the caller writes the whole file instead, which also replaces anything an interrupted append left.
     */
    private boolean append() {
        try {
            Path target = root.owned(entriesFile);
            if (!lastRun.entriesStamp().equals(SourceFiles.stampOf(target).id())) {
                return false;
            }
            long room = MAX_BYTES - Files.size(target);
            // no link on the way (owned), none planted since (NOFOLLOW_LINKS); appended, never truncated
            try (Writer out = capped(Files.newOutputStream(target, LinkOption.NOFOLLOW_LINKS, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND), room)) {
                writeBlock(out, stored);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A block: this run's start, then the entries of these files, in order. */
    private void writeBlock(Writer out, Set<String> entries) throws IOException {
        out.append(String.valueOf(started)).append('\n');
        List<String> paths = new ArrayList<>(entries);
        paths.sort(null);  // in order, as a sorted map would keep them, without a node for each of a checkout's files
        for (String path : paths) {
            Entry entry = next.get(path);
            out.append(escape(path)).append('\t').append(entry.digest()).append('\t').append(escape(entry.stamp().id()))
                    .append('\t').append(String.valueOf(entry.stamp().changedMillis())).append('\t')
                    .append(String.valueOf(entry.findings().size()));
            for (String fact : entry.facts()) {
                out.append('\t').append(escape(fact));  // a column each: nearly every fact is plain, and unescaping it costs no copy
            }
            out.append('\n');
            for (Finding f : entry.findings()) {
                finding(out, f);
            }
        }
    }

    /** A finding with its path, as {@link #pathFinding(String)} reads it. */
    private static void pathFinding(Writer out, Finding f) throws IOException {
        out.append(escape(f.path())).append('\t');
        finding(out, f);
    }

    private static void finding(Writer out, Finding f) throws IOException {
        out.append(String.valueOf(f.line())).append('\t').append(String.valueOf(f.column())).append('\t').append(f.rule().id())
                .append('\t').append(escape(f.message())).append('\n');
    }

    /** UTF-8 text onto {@code out}, refused past {@code room} bytes: what the whole file and an append are written through. */
    private static Writer capped(OutputStream out, long room) {
        return new Utf8Chunks(new Capped(out, room));
    }

    /**
     * Text gathered into chunks and each encoded whole by {@link String#getBytes}: a cold JVM runs that in the JDK's
     * compiled code, where a buffered writer's encoder copied and encoded the cache's ten megabytes in pieces.
     */
    private static final class Utf8Chunks extends Writer {
        private static final int CHUNK = 1 << 16;
        private final OutputStream out;
        private final StringBuilder chunk = new StringBuilder(CHUNK + 4096);

        Utf8Chunks(OutputStream out) {
            this.out = out;
        }

        @Override
        public Writer append(CharSequence text) throws IOException {
            chunk.append(text);
            return drainIfFull();
        }

        @Override
        public Writer append(char c) throws IOException {
            chunk.append(c);
            return drainIfFull();
        }

        @Override
        public void write(String text) throws IOException {
            append(text);
        }

        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            chunk.append(text, offset, length);
            drainIfFull();
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
            out.close();
        }

        private Writer drainIfFull() throws IOException {
            if (chunk.length() >= CHUNK) {
                drain();
            }
            return this;
        }

        private void drain() throws IOException {
            if (chunk.length() > 0) {
                out.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
                chunk.setLength(0);
            }
        }
    }

    /** Refuses to go past {@link #MAX_BYTES}: the write is abandoned, its temporary file removed. */
    private static final class Capped extends FilterOutputStream {
        private final long room;
        private long written;

        /** @param room how many bytes may be written */
        Capped(OutputStream out, long room) {
            super(out);
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            out.write(b, off, len);
        }

        private void count(int bytes) throws IOException {
            written += bytes;
            if (written > room) {
                throw new IOException("the cache would be larger than " + MAX_BYTES + " bytes");
            }
        }
    }

    /** The lines of a cache file's text; the cache writes {@code \n} only (a CR in a value is escaped). */
    private static final class Lines {
        private final String text;
        private int position;

        Lines(String text) {
            this.text = text;
        }

        /** The first line's words after {@code prefix}; an exception when it does not start so (another format). */
        String[] header(String prefix) {
            String line = next();
            if (!line.startsWith(prefix)) {
                throw new IllegalStateException("not a cache of this format");
            }
            return line.substring(prefix.length()).split(" ", 3);
        }

        boolean hasNext() {
            return position < text.length();
        }

        int position() {
            return position;
        }

        /** Passes the next line without copying it; returns where it ends. */
        int skip() {
            if (!hasNext()) {
                throw new IllegalStateException("the cache ends early");
            }
            int end = text.indexOf('\n', position);
            end = end < 0 ? text.length() : end;
            position = end + 1;
            return end;
        }

        /** The next line; past the end, an exception: a cache cut short is damaged. */
        String next() {
            if (!hasNext()) {
                throw new IllegalStateException("the cache ends early");
            }
            int start = position;
            return text.substring(start, skip());
        }
    }

    /** One digester per thread: looking the algorithm up for every file showed in cold profiles. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });

    /**
     * The key a whole run is kept under: the engine build and options with a checksum of the files listed. A run is
     * reused only where every listed file also has the stamp it had (the inode among them, which a rename
     * changes), so the checksum need only tell apart listings that could keep those; SHA-256 over tens of
     * thousands of names was a tenth of an unchanged run in a fresh JVM, where it runs interpreted until compiled, while
     * CRC-32 and Adler-32 run natively.
     */
    public static String runKey(String optionsKey, List<String> listed) {
        StringBuilder joined = new StringBuilder(listed.size() * 80);  // longer than most names: grown once at most
        for (String path : listed) {
            joined.append(path).append('\n');
        }
        byte[] names = joined.toString().getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(names);
        Adler32 adler = new Adler32();
        adler.update(names);
        return digest(optionsKey + '\n' + listed.size() + ' ' + names.length + ' ' + crc.getValue() + ' ' + adler.getValue());
    }

    public static String digest(String text) {
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String digest(byte[] bytes) {
        return HexFormat.of().formatHex(SHA_256.get().digest(bytes));
    }

    private static final Map<String, Rule> RULES = Arrays.stream(Rule.values())
            .collect(Collectors.toMap(Rule::id, rule -> rule));

    private static Rule rule(String id) {
        Rule rule = RULES.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("unknown rule " + id);
        }
        return rule;
    }

    private static String escape(String text) {
        // the JDK's searches, compiled before a run starts, rather than a loop of its own over every character written
        if (text.indexOf('\\') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.indexOf('\t') < 0) {
            return text;  // nearly every path and message: no copy
        }
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(++i);
                out.append(switch (n) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

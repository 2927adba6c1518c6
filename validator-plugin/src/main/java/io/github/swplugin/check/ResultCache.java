package io.github.swplugin.check;

import io.github.swplugin.core.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the last run found, so that unchanged files are not read again. First the whole run ({@link Tree}): when no
 * file it consulted has a new stamp, its report is the answer. Otherwise the entries of single files: a compose
 * file's depend on its text only; an expectation's or a test's on its text and the context (the digests of the
 * Component enum, the plugin modules, the compose files, the registry); all of them on the base (the engine build,
 * the options, the license configuration). A file whose stamp is the one its entry was written with is not read,
 * as git trusts its index; a stamp that may predate a change in the same clock tick is not trusted. Anything
 * unreadable is a cache miss, never an error.
 */
public final class ResultCache {
    private static final String HEADER = "swplugin validate cache 3 ";
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
     * The last whole run: its key (the engine build, the options and the files listed), every file it consulted with
     * the stamp taken before reading it, and what it reported.
     */
    public record Tree(String key, Map<String, SourceFiles.Stamp> consulted, List<Finding> findings, List<String> filesRead) {
        static final Tree NONE = new Tree("", Map.of(), List.of(), List.of());
    }

    private final Path file;
    private final Tree previousTree;
    private Tree tree = Tree.NONE;
    private final long started = System.currentTimeMillis();
    private final String previousBase;
    private final String previousContext;
    private final long previousStart;
    private final List<String> entryLines;
    private volatile Map<String, Entry> previous;
    private final Map<String, Entry> next = new ConcurrentHashMap<>();
    /** Whether anything the file holds must change: an entry recomputed, or the context changed. */
    private final AtomicBoolean changed = new AtomicBoolean();
    private String base = "";
    private String context = "";

    private ResultCache(Path file, Tree previousTree, String previousBase, String previousContext, long previousStart,
            List<String> entryLines) {
        this.file = file;
        this.previousTree = previousTree;
        this.previousBase = previousBase;
        this.previousContext = previousContext;
        this.previousStart = previousStart;
        this.entryLines = entryLines;
    }

    /** The cache kept in {@code file}, or an empty one where there is none (or it cannot be read). */
    public static ResultCache load(Path file) {
        List<String> entryLines = List.of();
        String base = "";
        String context = "";
        long start = 0;
        Tree tree = Tree.NONE;
        try {
            List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
            if (!lines.isEmpty() && lines.get(0).startsWith(HEADER)) {
                String[] header = lines.get(0).substring(HEADER.length()).split(" ", 3);
                start = Long.parseLong(header[0]);
                base = header[1];
                context = header[2];
                String[] counts = lines.get(1).split("\t", -1);
                int i = 2;
                Map<String, SourceFiles.Stamp> consulted = new HashMap<>();
                for (int end = i + Integer.parseInt(counts[1]); i < end; i++) {
                    String[] parts = lines.get(i).split("\t", -1);
                    consulted.put(unescape(parts[0]), new SourceFiles.Stamp(unescape(parts[1]), Long.parseLong(parts[2])));
                }
                List<Finding> all = new ArrayList<>();
                for (int end = i + Integer.parseInt(counts[2]); i < end; i++) {
                    String[] parts = lines.get(i).split("\t", 5);
                    all.add(new Finding(unescape(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), rule(parts[3]),
                            unescape(parts[4])));
                }
                List<String> read = new ArrayList<>();
                for (int end = i + Integer.parseInt(counts[3]); i < end; i++) {
                    read.add(unescape(lines.get(i)));
                }
                tree = new Tree(counts[0], consulted, all, read);
                entryLines = lines.subList(i, lines.size());
            }
        } catch (IOException | RuntimeException e) {
            return new ResultCache(file, Tree.NONE, "", "", 0, List.of());  // a damaged cache is only a slower run
        }
        return new ResultCache(file, tree, base, context, start, entryLines);
    }

    /** The per-file entries, parsed on first use: a run answered by the whole tree never needs them. */
    private Map<String, Entry> previous() {
        Map<String, Entry> parsed = previous;
        if (parsed == null) {
            synchronized (this) {
                if (previous == null) {
                    previous = parseEntries(entryLines);
                }
                parsed = previous;
            }
        }
        return parsed;
    }

    private static Map<String, Entry> parseEntries(List<String> lines) {
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        try {
            for (int i = 0; i < lines.size(); i++) {
                String[] head = lines.get(i).split("\t", -1);
                int count = Integer.parseInt(head[4]);
                List<Finding> findings = new ArrayList<>();
                String path = unescape(head[0]);
                for (int f = 0; f < count; f++) {
                    String[] parts = lines.get(++i).split("\t", 4);
                    findings.add(new Finding(path, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), rule(parts[2]),
                            unescape(parts[3])));
                }
                List<String> facts = head[5].isEmpty() ? List.of() : List.of(unescape(head[5]).split("\n"));
                SourceFiles.Stamp stamp = new SourceFiles.Stamp(unescape(head[2]), Long.parseLong(head[3]));
                entries.put(path, new Entry(head[1], stamp, List.copyOf(findings), facts));
            }
        } catch (RuntimeException e) {
            entries.clear();  // a damaged cache is only a slower run
        }
        return entries;
    }

    /**
     * The last run's report, when this run has the same key and every file that run consulted has the same trusted
     * stamp now: nothing it depended on has changed, so checking again would report the same.
     */
    public Optional<Tree> unchangedTree(String key, Function<String, SourceFiles.Stamp> stampNow) {
        if (previousTree.key().isEmpty() || !previousTree.key().equals(key)) {
            return Optional.empty();
        }
        boolean unchanged = previousTree.consulted().entrySet().parallelStream().allMatch(e -> e.getValue().changedMillis()
                < previousStart - RACY_MILLIS && e.getValue().equals(stampNow.apply(e.getKey())));
        return unchanged ? Optional.of(previousTree) : Optional.empty();
    }

    /** Records this run as a whole, for {@link #unchangedTree}. */
    public void tree(Tree run) {
        this.tree = run;
        changed.set(true);
    }

    /** Sets what every entry depends on besides its text (the engine build, the options); call before any lookup. */
    public void base(String key) {
        this.base = key;
        if (!key.equals(previousBase)) {
            changed.set(true);
        }
    }

    /** Sets what the contextual entries depend on besides their text and the base; call once the context files are read. */
    public void context(String key) {
        this.context = key;
        if (!key.equals(previousContext)) {
            changed.set(true);
        }
    }

    /** The entry of a file that has not changed since it was written, known without reading the file. */
    public Optional<Entry> unchanged(String path, SourceFiles.Stamp stamp, boolean contextual) {
        Entry entry = previous().get(path);
        if (entry == null || !entry.stamp().equals(stamp) || stamp.changedMillis() >= previousStart - RACY_MILLIS || !valid(contextual)) {
            return Optional.empty();
        }
        next.put(path, entry);
        return Optional.of(entry);
    }

    /** The entry of this exact text, read again (its stamp changed, or could not be trusted). */
    public Optional<Entry> lookup(String path, String digest, SourceFiles.Stamp stamp, boolean contextual) {
        Entry entry = previous().get(path);
        if (entry == null || !entry.digest().equals(digest) || !valid(contextual)) {
            return Optional.empty();
        }
        Entry restamped = new Entry(digest, stamp, entry.findings(), entry.facts());
        store(path, restamped);
        return Optional.of(restamped);
    }

    private boolean valid(boolean contextual) {
        return base.equals(previousBase) && (!contextual || context.equals(previousContext));
    }

    public void store(String path, Entry entry) {
        next.put(path, entry);
        changed.set(true);
    }

    /** Writes this run's entries when they differ from the file's; a cache that cannot be written is only a slower next run. */
    public void save() {
        if (!changed.get() && next.keySet().equals(previous().keySet())) {
            return;  // nothing to write: an unchanged checkout leaves the cache as it was
        }
        StringBuilder out = new StringBuilder(HEADER).append(started).append(' ').append(base).append(' ').append(context).append('\n');
        out.append(tree.key()).append('\t').append(tree.consulted().size()).append('\t').append(tree.findings().size()).append('\t')
                .append(tree.filesRead().size()).append('\n');
        new TreeMap<>(tree.consulted()).forEach((path, stamp) -> out.append(escape(path)).append('\t').append(escape(stamp.id()))
                .append('\t').append(stamp.changedMillis()).append('\n'));
        tree.findings().forEach(f -> out.append(escape(f.path())).append('\t').append(f.line()).append('\t').append(f.column())
                .append('\t').append(f.rule().id()).append('\t').append(escape(f.message())).append('\n'));
        tree.filesRead().forEach(path -> out.append(escape(path)).append('\n'));
        new TreeMap<>(next).forEach((path, entry) -> {
            out.append(escape(path)).append('\t').append(entry.digest()).append('\t').append(escape(entry.stamp().id())).append('\t')
                    .append(entry.stamp().changedMillis()).append('\t').append(entry.findings().size()).append('\t')
                    .append(escape(String.join("\n", entry.facts()))).append('\n');
            entry.findings().forEach(f -> out.append(f.line()).append('\t').append(f.column()).append('\t').append(f.rule().id())
                    .append('\t').append(escape(f.message())).append('\n'));
        });
        try {
            AtomicFiles.write(file, out.toString());
            // the checkout does not ignore target/: keep git status clean, as pytest does for its cache
            Path ignore = file.getParent().resolve(".gitignore");
            if (!Files.exists(ignore)) {
                AtomicFiles.write(ignore, "# written by swplugin: its cache and reports are not part of the checkout\n*\n");
            }
        } catch (IOException | RuntimeException e) {
            // read-only checkout: no cache
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

    public static String digest(String text) {
        return HexFormat.of().formatHex(SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
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
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            char c = text.charAt(i);
            plain = c != '\\' && c != '\n' && c != '\r' && c != '\t';
        }
        if (plain) {
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

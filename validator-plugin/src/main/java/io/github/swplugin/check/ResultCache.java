package io.github.swplugin.check;

import io.github.swplugin.core.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The findings of the files whose checks depend only on their own text and on the run's context (the
 * expectations and the tests), from the last run, so that an unchanged file is not parsed again. An entry
 * counts only for the same text, and the whole cache only for the same context: the engine build, the
 * options, and every file the other checks consult (the Component enum, the plugin modules, the compose
 * files, the registry, the license configuration). Anything unreadable is a cache miss, never an error.
 */
public final class ResultCache {
    private static final String HEADER = "swplugin validate cache 1 ";

    /** One file's text digest and the findings checking it gave. */
    private record Entry(String digest, List<Finding> findings) {
    }

    private final Path file;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> next = new ConcurrentHashMap<>();
    private String context;

    private ResultCache(Path file, Map<String, Entry> previous) {
        this.file = file;
        this.previous = previous;
    }

    /** The cache kept in {@code file}, or an empty one where there is none (or it cannot be read). */
    public static ResultCache load(Path file) {
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        try {
            List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
            if (!lines.isEmpty() && lines.get(0).startsWith(HEADER)) {
                String context = lines.get(0).substring(HEADER.length());
                for (int i = 1; i < lines.size(); i++) {
                    String[] head = lines.get(i).split("\t", -1);
                    int count = Integer.parseInt(head[2]);
                    List<Finding> findings = new ArrayList<>();
                    for (int f = 0; f < count; f++) {
                        String[] parts = lines.get(++i).split("\t", 4);
                        findings.add(new Finding(unescape(head[0]), Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), rule(parts[2]),
                                unescape(parts[3])));
                    }
                    entries.put(context + "\t" + unescape(head[0]), new Entry(head[1], findings));
                }
            }
        } catch (IOException | RuntimeException e) {
            entries.clear();  // a damaged cache is only a slower run
        }
        return new ResultCache(file, entries);
    }

    /** Sets what the entries depend on besides their own text; call once the context files are read. */
    public void context(String key) {
        this.context = key;
    }

    /** The findings this exact text gave in the same context, if it was checked before. */
    public Optional<List<Finding>> lookup(String path, String text) {
        Entry entry = previous.get(context + "\t" + path);
        String digest = digest(text);
        if (entry != null && entry.digest().equals(digest)) {
            next.put(path, entry);
            return Optional.of(entry.findings());
        }
        return Optional.empty();
    }

    public void store(String path, String text, List<Finding> findings) {
        next.put(path, new Entry(digest(text), List.copyOf(findings)));
    }

    /** Writes this run's entries; a cache that cannot be written is only a slower next run. */
    public void save() {
        StringBuilder out = new StringBuilder(HEADER).append(context).append('\n');
        new java.util.TreeMap<>(next).forEach((path, entry) -> {
            out.append(escape(path)).append('\t').append(entry.digest()).append('\t').append(entry.findings().size()).append('\n');
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

    public static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Rule rule(String id) {
        for (Rule rule : Rule.values()) {
            if (rule.id().equals(id)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown rule " + id);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    private static String unescape(String text) {
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

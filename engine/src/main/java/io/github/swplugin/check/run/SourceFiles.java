package io.github.swplugin.check.run;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.FileText;
import io.github.swplugin.check.Rule;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntPredicate;

/** Finds and reads the checkout's files, turning every I/O problem into a finding. */
public final class SourceFiles {
    private final Path basedir;
    private volatile Path realBasedir;
    private final long maxBytes;
    /** Whether files are stamped as they are consulted: only a run with a cache has a use for the extra stat. */
    private final boolean stamping;
    // the listing's own sets and maps are written by the listing alone, before any check reads them from its threads

    /**
     * The listed files by the name findings give them, with the stamp the listing took of each plain file (not links,
     * FIFOs or devices), so that stamping them, or asking whether they are there, costs no second stat; the others, and
     * all where files are not stamped, with {@link #NOT_STAMPED}.
     */
    private final Map<String, Stamp> listed = new HashMap<>();
    /** What {@link #listed} holds for a file the listing did not stamp; told apart by identity. */
    private static final Stamp NOT_STAMPED = new Stamp("not stamped by the listing", Long.MAX_VALUE);
    /**
     * The paths of listed names beyond ASCII. A name that the locale cannot spell (sw_café under LANG=C) does not survive
     * the trip from string back to path, so its path is kept as listed; any other name comes back as it was, and keeping
     * a path for each of a large checkout's files cost megabytes.
     */
    private final Map<String, Path> beyondAscii = new HashMap<>();
    /** Every file the run asked about, with its stamp from before it was read: what the run's report depends on. */
    private final Map<String, Stamp> consulted = new ConcurrentHashMap<>();

    SourceFiles(Path basedir, long maxBytes, boolean stamping) {
        this.basedir = basedir;
        this.maxBytes = maxBytes;
        this.stamping = stamping;
    }

    /**
     * Files (not directories) under the given roots, relative with {@code /}; symbolic links are followed while they
     * stay inside the checkout (one that leads out is reported, never read: its lines could end up quoted in a public
     * CI log), loops reported.
     */
    List<String> list(List<String> roots, Function<String, FileFindings> findingsFor) {
        List<String> files = new ArrayList<>();
        for (String root : roots) {
            Path start = basedir.resolve(root);
            if (Files.isDirectory(start) && !leadsOut(start, findingsFor)) {
                Object key = directoryKey(start, root, findingsFor);
                if (key != null) {
                    walk(start, root, FileText.isAscii(root), key, new ArrayDeque<>(), files, findingsFor);
                }
            }
        }
        files.sort(null);
        List<String> distinct = new ArrayList<>(files.size());  // roots may overlap: each file once
        for (String file : files) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(file)) {
                distinct.add(file);
            }
        }
        return Collections.unmodifiableList(distinct);
    }

    /**
     * Lists one directory, and those below it. A checkout holds tens of thousands of files, and this runs before every
     * run, the unchanged ones too: the names of a directory in one call, one lstat per entry (which also gives a
     * directory's key), a second stat only for links, names built as strings.
     *
     * @param ascii whether the directory's name is ASCII (its files' names are, when theirs are too)
     * @param key the directory's file key, by which a link back up to it is known as a loop
     * @param ancestors the keys of the directories on the way here
     */
    private void walk(Path dir, String name, boolean ascii, Object key, Deque<Object> ancestors, List<String> files,
            Function<String, FileFindings> findingsFor) {
        if (ancestors.contains(key)) {
            findingsFor.apply(name).add(Rule.UNREADABLE_FILE, 1, 1, "cannot be listed: " + FileText.reason(new FileSystemLoopException(name)));
            return;
        }
        ancestors.push(key);
        try {
            String[] names = dir.toFile().list();
            if (names != null && spelledExactly(names)) {
                // in order, so that the listing comes out nearly sorted and sorting it is one pass (a name such as
                // plugin-x before a directory plugin/ is all that is out of place)
                Arrays.sort(names);
                for (String fileName : names) {
                    visit(dir.resolve(fileName), name, ascii, fileName, ancestors, files, findingsFor);
                }
            } else {
                // the directory stream keeps each name's bytes, and says why a directory cannot be listed
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                    for (Path entry : entries) {
                        String fileName = entry.getFileName().toString();
                        visit(entry, name, ascii && FileText.isAscii(fileName), fileName, ancestors, files, findingsFor);
                    }
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            IOException cause = e instanceof DirectoryIteratorException iterating ? iterating.getCause() : (IOException) e;
            findingsFor.apply(name).add(Rule.UNREADABLE_FILE, 1, 1, "cannot be listed: " + FileText.reason(cause));
        } finally {
            ancestors.pop();
        }
    }

    /**
     * One entry of a listed directory: a file is listed, a directory walked.
     *
     * @param ascii whether the entry's whole name is ASCII
     */
    private void visit(Path entry, String dirName, boolean ascii, String fileName, Deque<Object> ancestors, List<String> files,
            Function<String, FileFindings> findingsFor) {
        String entryName = dirName + '/' + fileName;
        Seen seen = lstat(entry);
        boolean directory = seen != null && seen.directory();
        Object key = seen == null ? null : seen.key();
        if (seen != null && seen.link()) {
            if (leadsOut(entry, findingsFor)) {
                return;
            }
            directory = Files.isDirectory(entry);  // false when dangling: listed as a file, and reading it says why
            key = directory ? directoryKey(entry, entryName, findingsFor) : null;
        }
        if (!directory) {
            // FIFOs and devices are listed too: reading them is refused with a finding, never attempted
            listed.put(entryName, seen != null && seen.regular() && seen.stamp() != null ? seen.stamp() : NOT_STAMPED);
            if (!ascii) {
                beyondAscii.put(entryName, entry);
            }
            files.add(entryName);
        } else if (fileName.equals("expected.data.yml") || fileName.equals("expected.data.yaml")) {
            findingsFor.apply(entryName).add(Rule.UNREADABLE_FILE, 1, 1, "is a directory, not a file: rename it");
        } else if (!fileName.equals(".git") && key != null) {
            walk(entry, entryName, ascii, key, ancestors, files, findingsFor);
        }
    }

    /**
     * Whether names from {@link java.io.File#list} name their files exactly: a name the locale cannot spell comes back
     * with {@code ?} or U+FFFD in place of its bytes, and the directory is then listed again by a directory stream.
     */
    private static boolean spelledExactly(String[] names) {
        for (String fileName : names) {
            for (int i = 0; i < fileName.length(); i++) {
                char c = fileName.charAt(i);
                if (c > 127 || c == '?') {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * What one lstat of a listed entry told: its kind, a directory's key and, where files are stamped, the stamp of a
     * plain file.
     */
    private record Seen(boolean directory, boolean link, boolean regular, Object key, Stamp stamp) {
    }

    private Seen lstat(Path entry) {
        try {
            // the stamp comes with the kind: one stat per file for listing and stamping both
            BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new Seen(a.isDirectory(), a.isSymbolicLink(), a.isRegularFile(), a.isDirectory() ? keyOf(entry, a) : null,
                    stamping && a.isRegularFile() ? stamp(a) : null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The key of a directory reached by its name or through a link; null after reporting why there is none. */
    private Object directoryKey(Path dir, String name, Function<String, FileFindings> findingsFor) {
        try {
            return keyOf(dir, Files.readAttributes(dir, BasicFileAttributes.class));
        } catch (IOException e) {
            findingsFor.apply(name).add(Rule.UNREADABLE_FILE, 1, 1, "cannot be listed: " + FileText.reason(e));
            return null;
        }
    }

    private static Object keyOf(Path dir, BasicFileAttributes attributes) throws IOException {
        Object key = attributes.fileKey();
        return key != null ? key : dir.toRealPath();  // a file system without keys (Windows)
    }

    /** Whether {@code path} is a link whose target is outside the checkout; such a link is reported. */
    private boolean leadsOut(Path path, Function<String, FileFindings> findingsFor) {
        if (!Files.isSymbolicLink(path)) {
            return false;
        }
        try {
            Path target = path.toRealPath();
            if (target.startsWith(realBasedir())) {
                return false;
            }
            findingsFor.apply(relative(path)).add(Rule.UNREADABLE_FILE, 1, 1, "is a symbolic link to " + target
                    + ", outside the checkout: it was not read (swplugin reads only the checkout)");
        } catch (IOException e) {
            return false;  // dangling: the walk reports it
        }
        return true;
    }

    /**
     * Whether a file of the checkout read by its name (not found by the walk, which checked it already) is reached
     * through a link that leads out of it; such a read is reported instead. A file the user names outside the checkout
     * (the component registry) is the user's choice.
     */
    private boolean readsOutside(String relativePath, Path file, FileFindings findings) {
        if (listed.containsKey(relativePath) || !file.toAbsolutePath().normalize().startsWith(basedir.toAbsolutePath().normalize())) {
            return false;
        }
        try {
            Path target = file.toRealPath();
            if (target.startsWith(realBasedir())) {
                return false;
            }
            findings.add(Rule.UNREADABLE_FILE, 1, 1, "is reached through a symbolic link to " + target + ", outside the checkout:"
                    + " it was not read (swplugin reads only the checkout)");
            return true;
        } catch (IOException e) {
            return false;  // missing or unreadable: reading it says so
        }
    }

    private Path realBasedir() throws IOException {
        Path real = realBasedir;
        if (real == null) {
            real = basedir.toRealPath();
            realBasedir = real;
        }
        return real;
    }

    /** The file as UTF-8 text without a byte-order mark, or empty after reporting why not. */
    Optional<String> read(String relativePath, FileFindings findings) {
        return bytes(relativePath, findings).flatMap(bytes -> FileText.text(bytes, findings));
    }

    /** The bytes {@link #read} decodes, for a caller that also digests them. */
    Optional<byte[]> bytes(String relativePath, FileFindings findings) {
        Stamp stamp = stamp(relativePath);
        Path file = resolve(relativePath);
        if (readsOutside(relativePath, file, findings)) {
            return Optional.empty();
        }
        // a plain file the listing stamped: its lstat, taken this run, gave the kind and size, so no second stat
        long size = listingStamp(relativePath) != null ? stamp.size() : -1;
        return FileText.bytes(file, size, maxBytes, findings);
    }

    /** The first bytes of a file, for the license check of files that need not be UTF-8. */
    Optional<byte[]> head(String relativePath, int bytes, FileFindings findings) {
        stamp(relativePath);
        Path file = resolve(relativePath);
        if (readsOutside(relativePath, file, findings)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            findings.add(Rule.UNREADABLE_FILE, 1, 1, FileText.NOT_REGULAR);
            return Optional.empty();
        }
        try (var in = Files.newInputStream(file)) {
            return Optional.of(in.readNBytes(bytes));
        } catch (IOException e) {
            findings.add(Rule.UNREADABLE_FILE, 1, 1, "the file cannot be read: " + FileText.reason(e));
            return Optional.empty();
        }
    }

    /**
     * What a file's text is assumed unchanged by while it stays the same: size, modification time, device and inode
     * (where the file system has them), and when it last changed.
     *
     * @param changedMillis the modification time
     */
    public record Stamp(String id, long changedMillis) {
        /** The stamp of a file that could not be stamped, which never matches a stored one as trusted. */
        static final Stamp UNKNOWN = new Stamp("", Long.MAX_VALUE);
        /** The stamp of a file that is not there. */
        static final Stamp ABSENT = new Stamp("absent", 0);

        /** The size the stamp was taken at: its first field, in every stamp of a file that was there. */
        long size() {
            return Long.parseLong(id.substring(0, id.indexOf(':')));
        }

        // written out: a record's own equals goes through method handles, slow until compiled, and a run compares the
        // stamps of every file of the checkout
        @Override
        public boolean equals(Object other) {
            return other instanceof Stamp stamp && changedMillis == stamp.changedMillis && id.equals(stamp.id);
        }

        @Override
        public int hashCode() {
            return 31 * id.hashCode() + Long.hashCode(changedMillis);
        }
    }

    /**
     * The file's stamp, taken before the file is read, so that a later change shows: the listing's, or one taken now and
     * remembered as consulted.
     */
    Stamp stamp(String relativePath) {
        if (!stamping) {
            return Stamp.UNKNOWN;
        }
        Stamp walked = listingStamp(relativePath);
        return walked != null ? walked : consulted.computeIfAbsent(relativePath, this::stampNow);
    }

    /**
     * The files asked about so far that the listing did not stamp, and their stamps: a view, asked for once the checks are
     * done. The stamps the listing took are {@link #stampNow}'s.
     */
    Map<String, Stamp> consulted() {
        return Collections.unmodifiableMap(consulted);
    }

    /**
     * The file's stamp, from one stat (the listing's, for a file it found that is not a link: taken before anything was
     * read); {@link Stamp#ABSENT} or {@link Stamp#UNKNOWN} when there is none.
     */
    Stamp stampNow(String relativePath) {
        Stamp walked = listingStamp(relativePath);
        return walked != null ? walked : stampOf(resolve(relativePath));
    }

    /** The stamp the listing took of the file, or null when it took none (not listed, not a plain file, not stamping). */
    private Stamp listingStamp(String relativePath) {
        Stamp walked = listed.get(relativePath);
        return walked == NOT_STAMPED ? null : walked;
    }

    /** The stamp of any file, from one stat; {@link Stamp#ABSENT} or {@link Stamp#UNKNOWN} when there is none. */
    static Stamp stampOf(Path file) {
        try {
            return stamp(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (NoSuchFileException e) {
            return Stamp.ABSENT;
        } catch (IOException | RuntimeException e) {
            return Stamp.UNKNOWN;
        }
    }

    /**
     * Size, modification time to the nanosecond and the file's key (device and inode): more than rsync's size and time.
     * Not the status-change time: only the JDK's attribute map gives it, which cost a third of every run's walk, and it
     * tells apart only a file rewritten in place to its former size with its former modification time set back to the
     * nanosecond. Where there is no key (Windows), the creation time.
     */
    private static Stamp stamp(BasicFileAttributes a) {
        long modified = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        Object key = a.fileKey();
        return new Stamp(a.size() + ":" + modified + ":" + (key != null ? key : a.creationTime().to(TimeUnit.NANOSECONDS)),
                modified / 1_000_000);
    }

    /** Whether a file of the checkout is there; one reached through a link out of the checkout is not (nothing outside is probed). */
    boolean exists(String relativePath) {
        stamp(relativePath);
        if (listingStamp(relativePath) != null) {
            return true;  // the listing saw a plain file there: no second stat for each script a compose file names
        }
        Path file = resolve(relativePath);
        if (isListed(relativePath)) {
            return Files.isRegularFile(file);
        }
        try {
            return Files.isRegularFile(file) && file.toRealPath().startsWith(realBasedir());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The files of the listing (sorted) that {@code chosen} accepts by their index, with {@code beyond} (files not listed)
     * merged in: the order of a sorted set, without sorting a checkout's worth of names.
     */
    static List<String> inOrder(List<String> listing, IntPredicate chosen, Collection<String> beyond) {
        List<String> others = new ArrayList<>(beyond);
        others.sort(null);
        List<String> merged = new ArrayList<>();
        int other = 0;
        for (int i = 0; i < listing.size(); i++) {
            if (chosen.test(i)) {
                String path = listing.get(i);
                while (other < others.size() && others.get(other).compareTo(path) < 0) {
                    merged.add(others.get(other++));
                }
                merged.add(path);
            }
        }
        merged.addAll(others.subList(other, others.size()));
        return Collections.unmodifiableList(merged);
    }

    /** Whether the listing found this file. */
    boolean isListed(String relativePath) {
        return listed.containsKey(relativePath);
    }

    private Path resolve(String relativePath) {
        Path file = beyondAscii.get(relativePath);
        return file != null ? file : basedir.resolve(relativePath);
    }

    private String relative(Path file) {
        return basedir.relativize(file).toString().replace('\\', '/');
    }
}

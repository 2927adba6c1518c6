package io.github.swplugin.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Files to create and edit in a checkout, applied all or nothing. A journal is written before the first
 * file moves and removed when the last one is in place: a failure is rolled back at once, and a run
 * killed half-way is rolled back by the next one ({@link #recover}). New files get the umask's mode,
 * edited files keep theirs, also after a rollback. Hold the checkout's {@link CheckoutLock} around it.
 */
public final class FileTransaction {
    /** Lets tests fail or pause a given step, to prove the rollback. */
    public interface Step {
        void before(String action, Path path) throws IOException;
    }

    /** The journal's name in the checkout: while it exists, a run is changing the checkout or died doing so. */
    public static final String JOURNAL = Journal.FILE;

    private final Path root;
    private final Map<String, byte[]> creations = new LinkedHashMap<>();
    private final Map<String, byte[]> edits = new LinkedHashMap<>();
    private Step step = (action, path) -> { };

    public FileTransaction(Path root) {
        this.root = real(root);
    }

    /** The checkout's real path, so that a link's target is named relative to it in the journal. */
    private static Path real(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            return root.toAbsolutePath().normalize();
        }
    }

    public void create(String path, String content) {
        creations.put(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public void edit(String path, String content) {
        edits.put(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public void onEachStep(Step hook) {
        this.step = hook;
    }

    /** What this change writes to {@code path}, as text. */
    public String content(String path) {
        byte[] content = creations.containsKey(path) ? creations.get(path) : edits.get(path);
        return content == null ? null : new String(content, StandardCharsets.UTF_8);
    }

    public List<String> created() {
        return List.copyOf(creations.keySet());
    }

    public List<String> edited() {
        return List.copyOf(edits.keySet());
    }

    /** Paths this change would create that exist already. */
    public List<String> conflicts() {
        return creations.keySet().stream().filter(p -> Files.exists(root.resolve(p), LinkOption.NOFOLLOW_LINKS)).toList();
    }

    /** Makes every change, or none: on a failure the checkout is put back and the exception says so. */
    public void apply() {
        apply(() -> { });
    }

    /**
     * Makes every change, then runs {@code check} on the changed checkout before committing: a check that
     * throws (a RuntimeException, passed on as it is) undoes every change, exactly as a failed write does.
     */
    public void apply(Runnable check) {
        Journal journal = new Journal("pid " + ProcessHandle.current().pid() + " at " + Instant.now());
        Map<Path, Path> temporaries = new LinkedHashMap<>();
        try {
            plan(journal, temporaries);
            journal.write(root);
            for (Journal.Directory directory : journal.directories) {
                Path d = root.resolve(directory.path());
                step.before("mkdir", d);
                Files.createDirectory(d);
            }
            for (Map.Entry<String, byte[]> creation : creations.entrySet()) {
                Path file = root.resolve(creation.getKey());
                step.before("create", file);
                place(temporaries.get(file), file, creation.getValue(), null);
            }
            for (Map.Entry<String, byte[]> edit : edits.entrySet()) {
                Path file = target(edit.getKey());
                step.before("edit", file);
                place(temporaries.get(file), file, edit.getValue(), mode(file));
            }
        } catch (IOException | RuntimeException e) {
            List<String> unrestored = rollBack(root, journal);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new TransactionException("writing failed (" + reason + "); " + (unrestored.isEmpty()
                    ? "the checkout is back as it was." : "could not restore " + unrestored + ": restore them from git."), e);
        }
        try {
            check.run();
        } catch (RuntimeException e) {
            rollBack(root, journal);
            throw e;
        }
        try {
            Journal.delete(root);
        } catch (IOException e) {
            throw new TransactionException("the change is made, but " + Journal.FILE + " could not be removed (" + e.getMessage()
                    + "): remove it by hand", e);
        }
    }

    private void plan(Journal journal, Map<Path, Path> temporaries) throws IOException {
        List<String> directories = new ArrayList<>();
        for (String path : creations.keySet()) {
            List<String> missing = new ArrayList<>();
            for (Path d = root.resolve(path).getParent(); d != null && !Files.exists(d); d = d.getParent()) {
                missing.add(0, root.relativize(d).toString());
            }
            missing.stream().filter(d -> !directories.contains(d)).forEach(directories::add);
            journal.creations.add(new Journal.Creation(path, Journal.digest(creations.get(path))));
        }
        directories.forEach(d -> journal.directories.add(new Journal.Directory(d)));
        for (Map.Entry<String, byte[]> edit : edits.entrySet()) {
            Path file = target(edit.getKey());
            String mode = mode(file);
            journal.edits.add(new Journal.Edit(root.relativize(file).toString(), mode == null ? "-" : mode,
                    Journal.digest(edit.getValue()), Files.readAllBytes(file)));
        }
        List<Path> written = new ArrayList<>(creations.keySet().stream().map(root::resolve).toList());
        for (String path : edits.keySet()) {
            written.add(target(path));
        }
        for (Path file : written) {
            Path temporary = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".swplugin.tmp");
            temporaries.put(file, temporary);
            journal.temporaries.add(root.relativize(temporary).toString());
        }
    }

    /** The file an edit writes: a symbolic link's target, so that the link stays a link. */
    private Path target(String path) throws IOException {
        Path file = root.resolve(path);
        return Files.isSymbolicLink(file) ? file.toRealPath() : file;
    }

    /** Writes next to the target, then moves: a reader never sees half a file. */
    private static void place(Path temporary, Path file, byte[] content, String mode) throws IOException {
        try {
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            if (mode != null) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString(mode));
            }
            if (mode == null && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(file.toString(), null, "appeared while the plugin was being written");
            }
            AtomicFiles.moveOver(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String mode(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        } catch (UnsupportedOperationException | IOException e) {
            return null;
        }
    }

    /**
     * Rolls back what an interrupted run left in {@code root}, from its journal; says what it did, or is
     * empty when no run was interrupted. Call it holding the checkout's lock.
     */
    public static Optional<String> recover(Path checkout) {
        Path root = real(checkout);
        Journal journal;
        try {
            journal = Journal.read(root);
        } catch (IOException e) {
            throw new TransactionException("cannot read " + Journal.FILE + " (" + e.getMessage() + ")", e);
        }
        if (journal == null) {
            return Optional.empty();
        }
        List<String> kept = rollBack(root, journal);
        return Optional.of("rolled back an interrupted swplugin run (" + journal.run + "): "
                + journal.creations.size() + " new files removed, " + journal.edits.stream().map(Journal.Edit::path).toList()
                + " restored" + (kept.isEmpty() ? "" : "; left alone because they changed since: " + kept));
    }

    /**
     * Undoes a journal: removes the files it created and restores the files it edited, but only where they
     * still hold what the transaction wrote (or the original), so that no later change is lost. Returns
     * what it had to leave.
     */
    private static List<String> rollBack(Path root, Journal journal) {
        List<String> left = new ArrayList<>();
        for (String temporary : journal.temporaries) {
            attempt(left, temporary, () -> Files.deleteIfExists(root.resolve(temporary)));
        }
        for (Journal.Edit edit : journal.edits) {
            Path file = root.resolve(edit.path());
            attempt(left, edit.path(), () -> {
                byte[] now = Files.readAllBytes(file);
                if (!Arrays.equals(now, edit.original())) {
                    if (!Journal.digest(now).equals(edit.digest())) {
                        throw new IOException("changed since");
                    }
                    AtomicFiles.write(file, edit.original());
                }
                if (!edit.mode().equals("-")) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(edit.mode()));
                }
            });
        }
        for (Journal.Creation creation : journal.creations) {
            Path file = root.resolve(creation.path());
            attempt(left, creation.path(), () -> {
                if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    return;
                }
                if (!Journal.digest(Files.readAllBytes(file)).equals(creation.digest())) {
                    throw new IOException("changed since");
                }
                Files.delete(file);
            });
        }
        for (int i = journal.directories.size() - 1; i >= 0; i--) {
            Path directory = root.resolve(journal.directories.get(i).path());
            try (var entries = Files.list(directory)) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(directory);
                }
            } catch (IOException e) {
                // never created, or someone put a file in it since: either way it stays
            }
        }
        attempt(left, Journal.FILE, () -> Journal.delete(root));
        return left;
    }

    private interface Action {
        void run() throws IOException;
    }

    private static void attempt(List<String> left, String path, Action action) {
        try {
            action.run();
        } catch (IOException | RuntimeException e) {
            left.add(path);
        }
    }
}

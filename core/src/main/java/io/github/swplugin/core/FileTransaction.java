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

/**
 * Files to create and edit in a checkout, applied all or nothing. A signed journal is written before the first
 * file moves and removed when the last one is in place: a failure is rolled back at once, and a run killed
 * half-way is rolled back by the next one ({@link #recover}). Every path stays inside the checkout
 * ({@link CheckoutRoot}). New files get the umask's mode, edited files keep theirs, also after a rollback. Hold
 * the checkout's {@link CheckoutLock} around it.
 *
 * <p>Longer than most classes on purpose: applying, rolling back and recovering from the journal are one protocol.
 */
public final class FileTransaction {
    /** Lets tests fail or pause a given step, to prove the rollback. */
    public interface Step {
        void before(String action, Path path) throws IOException;
    }

    /** The journal's name in the checkout: while it exists, a run is changing the checkout or died doing so. */
    public static final String JOURNAL = Journal.FILE;

    private final CheckoutRoot root;
    private final Map<String, byte[]> creations = new LinkedHashMap<>();
    private final Map<String, byte[]> edits = new LinkedHashMap<>();
    private Step step = (action, path) -> { };

    public FileTransaction(Path root) {
        this.root = CheckoutRoot.of(root);
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

    /** Makes every change, or none: on a failure the checkout is put back and the exception says so. */
    public void apply() {
        apply(() -> { });
    }

    /**
     * Makes every change, then runs {@code check} on the changed checkout before committing: a check that
     * throws (a RuntimeException, passed on as it is) undoes every change, exactly as a failed write does.
     */
    public void apply(Runnable check) {
        if (Journal.exists(root)) {
            throw new TransactionException(Journal.FILE + " is there: an earlier run was not rolled back (any swplugin goal"
                    + " says why); nothing was written");
        }
        Journal journal = new Journal("pid " + ProcessHandle.current().pid() + " at " + Instant.now());
        Map<Path, byte[]> writes = new LinkedHashMap<>();
        boolean journalWritten = false;
        try {
            plan(journal, writes);
            journal.write(root);
            journalWritten = true;
            for (Journal.Directory directory : journal.directories) {
                Path d = root.real().resolve(directory.path());
                step.before("mkdir", d);
                Files.createDirectory(d);
            }
            int created = journal.creations.size();
            int i = 0;
            for (Map.Entry<Path, byte[]> write : writes.entrySet()) {
                boolean creation = i++ < created;
                step.before(creation ? "create" : "edit", write.getKey());
                place(root.real().resolve(journal.temporaries.get(i - 1)), write.getKey(), write.getValue(),
                        creation ? null : mode(write.getKey()));
            }
        } catch (IOException | RuntimeException e) {
            List<String> unrestored = journalWritten ? rollBack(root, journal).left() : List.of();
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

    /**
     * Resolves every path inside the checkout (a link that leads out refuses the whole change) and journals what
     * will be done, by real paths relative to the checkout: creations first, then edits, in {@code writes}' order.
     */
    private void plan(Journal journal, Map<Path, byte[]> writes) throws IOException {
        List<String> directories = new ArrayList<>();
        for (Map.Entry<String, byte[]> creation : creations.entrySet()) {
            Path file = root.inside(creation.getKey());
            List<String> missing = new ArrayList<>();
            for (Path d = file.getParent(); !Files.exists(d, LinkOption.NOFOLLOW_LINKS); d = d.getParent()) {
                missing.add(0, relative(d));
            }
            missing.stream().filter(d -> !directories.contains(d)).forEach(directories::add);
            journal.creations.add(new Journal.Creation(relative(file), Journal.digest(creation.getValue())));
            writes.put(file, creation.getValue());
        }
        directories.forEach(d -> journal.directories.add(new Journal.Directory(d)));
        for (Map.Entry<String, byte[]> edit : edits.entrySet()) {
            Path file = root.inside(edit.getKey());
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(edit.getKey() + " is not a regular file to edit");
            }
            String mode = mode(file);
            journal.edits.add(new Journal.Edit(relative(file), mode == null ? "-" : mode,
                    Journal.digest(edit.getValue()), Files.readAllBytes(file)));
            writes.put(file, edit.getValue());
        }
        for (Path file : writes.keySet()) {
            journal.temporaries.add(relative(AtomicFiles.temporaryFor(file)));
        }
    }

    private String relative(Path path) {
        return root.real().relativize(path).toString();
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
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
        } catch (UnsupportedOperationException | IOException e) {
            return null;
        }
    }

    /**
     * Rolls back what an interrupted run of this user left in {@code checkout}, from its signed journal; says what
     * it did, or is empty when no run was interrupted. A journal this user's runs did not write for this checkout
     * is a {@link ForeignJournalException}, and nothing is touched. Call it holding the checkout's lock.
     */
    public static Optional<String> recover(Path checkout) {
        CheckoutRoot root = CheckoutRoot.of(checkout);
        Journal journal;
        try {
            journal = Journal.read(root);
        } catch (IOException e) {
            throw new TransactionException("cannot read " + Journal.FILE + " (" + e.getMessage() + ")", e);
        }
        if (journal == null) {
            return Optional.empty();
        }
        Outcome outcome = rollBack(root, journal);
        return Optional.of("rolled back an interrupted swplugin run (" + journal.run + "): "
                + Words.count(outcome.removed(), "new file") + " removed, " + outcome.restored() + " restored"
                + (outcome.left().isEmpty() ? "" : "; left alone because they changed since or are links: " + outcome.left()));
    }

    /** What a rollback did: files removed, files restored, and what it had to leave as it found it. */
    private record Outcome(int removed, List<String> restored, List<String> left) {
    }

    /**
     * Undoes a journal: removes the files it created and restores the files it edited, but only where they
     * still hold what the transaction wrote (or the original), so that no later change is lost, and only by
     * paths with no link on the way ({@link CheckoutRoot#withoutLinks}).
     */
    private static Outcome rollBack(CheckoutRoot root, Journal journal) {
        List<String> left = new ArrayList<>();
        List<String> restored = new ArrayList<>();
        int[] removed = {0};
        for (String temporary : journal.temporaries) {
            attempt(left, temporary, () -> Files.deleteIfExists(root.withoutLinks(temporary)));
        }
        for (Journal.Edit edit : journal.edits) {
            attempt(left, edit.path(), () -> {
                Path file = root.withoutLinks(edit.path());
                byte[] now = Files.readAllBytes(file);
                if (!Arrays.equals(now, edit.original())) {
                    if (!Journal.digest(now).equals(edit.digest())) {
                        throw new IOException("changed since");
                    }
                    AtomicFiles.write(root, file, edit.original());
                    restored.add(edit.path());
                }
                if (!edit.mode().equals("-")) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(edit.mode()));
                }
            });
        }
        for (Journal.Creation creation : journal.creations) {
            attempt(left, creation.path(), () -> {
                Path file = root.withoutLinks(creation.path());
                if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    return;
                }
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        || !Journal.digest(Files.readAllBytes(file)).equals(creation.digest())) {
                    throw new IOException("changed since");
                }
                Files.delete(file);
                removed[0]++;
            });
        }
        for (int i = journal.directories.size() - 1; i >= 0; i--) {
            try {
                Path directory = root.withoutLinks(journal.directories.get(i).path());
                try (var entries = Files.list(directory)) {
                    if (entries.findAny().isEmpty()) {
                        Files.delete(directory);
                    }
                }
            } catch (IOException e) {
                // never created, a link now, or someone put a file in it since: either way it stays
            }
        }
        attempt(left, Journal.FILE, () -> Journal.delete(root));
        return new Outcome(removed[0], restored, left);
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

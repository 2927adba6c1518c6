package io.github.swplugin.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One swplugin run at a time in a checkout, across processes, users and machines that share it (a container
 * and its host, an IDE): an operating-system lock on {@value #FILE} in the checkout itself, opened without
 * following links. The file exists only while a run holds it, and says who; a killed run's lock goes with its
 * process, and its file is taken over by the next run. Within one process the lock is re-entrant per thread.
 */
public final class CheckoutLock implements AutoCloseable {
    public static final String FILE = ".swplugin-lock";
    private static final String MARKER = "swplugin lock ";
    private static final Map<Path, CheckoutLock> HELD = new ConcurrentHashMap<>();

    private final Path root;
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final Object identity;
    private final Thread owner = Thread.currentThread();
    private int depth = 1;

    private CheckoutLock(Path root, Path file, FileChannel channel, FileLock lock, Object identity) {
        this.root = root;
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.identity = identity;
    }

    /** Waits up to {@code wait} for the checkout, then refuses, naming the run that holds it. */
    public static CheckoutLock acquire(Path checkout, Duration wait, String purpose) {
        Path root = CheckoutRoot.of(checkout).real();
        Path file = root.resolve(FILE);
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                CheckoutLock held = HELD.get(root);
                if (held != null && held.owner == Thread.currentThread()) {
                    held.depth++;
                    return held;
                }
                CheckoutLock acquired = held == null ? tryAcquire(root, file, purpose) : null;
                if (acquired != null) {
                    HELD.put(root, acquired);
                    return acquired;
                }
                if (System.nanoTime() >= deadline) {
                    throw new TransactionException("another swplugin run is changing " + checkout + " (" + holder(file)
                            + "): let it finish, then run again");
                }
                Thread.sleep(100);
            }
        } catch (IOException | ReadOnlyFileSystemException e) {
            if (!Files.isDirectory(root)) {
                throw new TransactionException("cannot lock " + checkout + ": it is not a directory", e);
            }
            if (e instanceof AccessDeniedException || e instanceof ReadOnlyFileSystemException
                    || String.valueOf(e.getMessage()).contains("Read-only file system")) {
                throw new TransactionException("cannot lock " + checkout + " for this run: swplugin creates " + FILE
                        + " in it while it changes files, and the checkout is read-only for this user", e);
            }
            throw new TransactionException("cannot lock " + checkout + " for this run (" + message(e) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransactionException("interrupted while waiting for another swplugin run in " + checkout);
        }
    }

    /**
     * One attempt. The lock file must be a regular file of its own (no link, no second name) holding nothing or a
     * lock's note; once locked, the name must still lead to the locked file, since a run that finished may have
     * removed it in between.
     */
    private static CheckoutLock tryAcquire(Path root, Path file, String purpose) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || links(file) > 1) {
                throw new UnsafePathException(FILE + " in " + root + " is not a plain file (a link or a directory):"
                        + " swplugin does not lock through it; remove it");
            }
            String note = read(file);
            if (note != null && !note.isEmpty() && !note.startsWith(MARKER)) {
                throw new UnsafePathException(FILE + " in " + root + " is not swplugin's lock file: remove or rename it");
            }
        }
        Object before = key(file);
        if (before == null) {
            // made first, so that the name is known to lead to it before it is locked; created by the open below,
            // it would have no identity to compare, and every first run would wait a round for nothing
            try {
                Files.createFile(file);
            } catch (FileAlreadyExistsException e) {
                // another run made it: compared below like any other
            }
            before = key(file);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;  // another thread of this process holds it
        }
        if (lock == null) {
            channel.close();
            return null;
        }
        // the name must still lead to the file locked: the run that held it may have removed it in between. Our open
        // channel pins the inode, so its number cannot be reused while we compare. (Reading the name instead would
        // open a second descriptor, and closing it drops every POSIX lock this process holds on the file.)
        Object after = key(file);
        if (after == null || !after.equals(before)) {
            lock.release();
            channel.close();
            return null;
        }
        String note = MARKER + UUID.randomUUID() + "\npid " + ProcessHandle.current().pid() + ", " + purpose + ", since " + Instant.now();
        channel.truncate(0).write(ByteBuffer.wrap(note.getBytes(StandardCharsets.UTF_8)), 0);
        return new CheckoutLock(root, file, channel, lock, after);
    }

    /** The file's identity (device and inode), or null when it does not exist. */
    private static Object key(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private static int links(Path file) throws IOException {
        try {
            return (Integer) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    /** The lock file's note, or null when it is gone or too large to be one. */
    private static String read(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            if (channel.size() > 4096) {
                return "";
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) channel.size());
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // whole note
            }
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static String holder(Path file) {
        String note = read(file);
        if (note == null || !note.startsWith(MARKER) || note.indexOf('\n') < 0) {
            return "it has just started";
        }
        return note.substring(note.indexOf('\n') + 1).strip();
    }

    private static String message(Exception e) {
        return e instanceof FileSystemException f && f.getReason() != null ? f.getFile() + ": " + f.getReason()
                : String.valueOf(e.getMessage());
    }

    @Override
    public void close() {
        if (--depth > 0) {
            return;
        }
        HELD.remove(root, this);
        try {
            // removed while still locked, and only while it is still this run's file
            if (identity.equals(key(file))) {
                Files.deleteIfExists(file);
            }
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }
}

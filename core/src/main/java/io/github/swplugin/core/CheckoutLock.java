package io.github.swplugin.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One swplugin run at a time in a checkout, across processes. The lock is an operating-system lock on
 * a file named after the checkout's real path in the temporary directory, so a killed run never leaves
 * a stale lock behind and the checkout gets no stray file; the file says who holds it.
 */
public final class CheckoutLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private CheckoutLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits up to {@code wait} for the checkout, then refuses, naming the run that holds it. */
    public static CheckoutLock acquire(Path checkout, Duration wait, String purpose) {
        Path file = fileFor(checkout);
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            Files.createDirectories(file.getParent());
            while (true) {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    String owner = "pid " + ProcessHandle.current().pid() + ", " + purpose + ", since " + Instant.now();
                    channel.truncate(0).write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
                    return new CheckoutLock(channel, lock);
                }
                channel.close();
                if (System.nanoTime() >= deadline) {
                    String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                    throw new TransactionException("another swplugin run is changing " + checkout + " ("
                            + (holder.isEmpty() ? "it has just started" : holder) + "): let it finish, then run again");
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new TransactionException("cannot lock " + checkout + " for this run (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransactionException("interrupted while waiting for another swplugin run in " + checkout);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;  // held by this very process (another thread)
        }
    }

    static Path fileFor(Path checkout) {
        Path real;
        try {
            real = checkout.toRealPath();
        } catch (IOException e) {
            real = checkout.toAbsolutePath().normalize();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(real.toString().getBytes(StandardCharsets.UTF_8));
            return Path.of(System.getProperty("java.io.tmpdir"), "swplugin-locks",
                    HexFormat.of().formatHex(digest, 0, 16) + ".lock");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }
}

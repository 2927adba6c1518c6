package io.github.swplugin.core;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * This user's secret on this machine, kept in the home directory where no checkout can reach: a journal signed
 * with it was written by one of this user's own runs, so a journal committed to a checkout, or planted by
 * anyone else, is never acted on.
 */
final class JournalKey {
    private static final int BYTES = 32;

    private JournalKey() {
    }

    static Path file() {
        return Path.of(System.getProperty("user.home"), ".swplugin", "journal.key");
    }

    /** The key, made on first use, readable by this user only. */
    static byte[] get() throws IOException {
        Path file = file();
        if (!Files.exists(file)) {
            create(file);
        }
        byte[] key = Files.readAllBytes(file);
        if (key.length != BYTES) {
            throw new IOException(file + " is not a key swplugin wrote: delete it (a new one is made on the next run)");
        }
        return key;
    }

    private static void create(Path file) throws IOException {
        Path directory = file.getParent();
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(directory)) {
            if (posix) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(directory);
            }
        }
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        Path temporary = directory.resolve("journal.key." + UUID.randomUUID() + ".tmp");
        try {
            if (posix) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(temporary);
            }
            Files.write(temporary, key);
            // a hard link never replaces: two first runs at once agree on whichever key came first
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException e) {
            // another run made it first
        } catch (UnsupportedOperationException e) {
            Files.move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}

package io.github.swplugin.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Writes a file whole or not at all: to a temporary sibling first, then moved over it. A new file gets
 * the mode the user's umask gives; a replaced file keeps its mode; a symbolic link keeps pointing at
 * its target, which is what gets written.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path file, byte[] content) throws IOException {
        Path target = Files.isSymbolicLink(file) && Files.exists(file) ? file.toRealPath() : file;
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".swplugin.tmp");
        try {
            // created like any new file, so that its mode comes from the umask (a temp file would be 0600)
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            PosixFileAttributeView modes = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (modes != null && Files.exists(target)) {
                Files.getFileAttributeView(temporary, PosixFileAttributeView.class)
                        .setPermissions(modes.readAttributes().permissions());
            }
            moveOver(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Moves a finished file over its target, atomically where the file system can. */
    static void moveOver(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

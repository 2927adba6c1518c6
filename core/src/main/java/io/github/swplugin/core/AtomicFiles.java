package io.github.swplugin.core;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Writes a file whole or not at all: to a temporary sibling first, then moved over it. Where it lands is
 * decided by {@link CheckoutRoot#writable}, so that nothing a checkout holds can send the write elsewhere.
 * A new file gets the mode the user's umask gives; a replaced file keeps its mode; a link inside the checkout
 * keeps pointing at its target, which is what gets written.
 */
public final class AtomicFiles {
    /** What to write, streamed, so that a large file is never built in memory first. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(CheckoutRoot checkout, Path file, String text) throws IOException {
        write(checkout, file, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(CheckoutRoot checkout, Path file, byte[] content) throws IOException {
        write(checkout, file, out -> out.write(content));
    }

    public static void write(CheckoutRoot checkout, Path file, Content content) throws IOException {
        Path target = checkout.writable(file);
        Files.createDirectories(target.getParent());
        Path temporary = temporaryFor(target);
        try {
            // created like any new file, so that its mode comes from the umask (a temp file would be 0600);
            // CREATE_NEW never follows a link planted under the temporary name
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            PosixFileAttributeView modes = Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            if (modes != null && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.getFileAttributeView(temporary, PosixFileAttributeView.class)
                        .setPermissions(modes.readAttributes().permissions());
            }
            moveOver(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A fresh name next to {@code target}, marked as swplugin's. */
    static Path temporaryFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".swplugin.tmp");
    }

    /** Moves a finished file over its target (a link there is replaced, never followed), atomically where the file system can. */
    static void moveOver(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

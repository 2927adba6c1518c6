package io.github.swplugin.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * What a transaction is about to do to a checkout, written before the first file moves so that an
 * interrupted run can be rolled back by the next one. One entry a line; paths and contents in Base64.
 */
final class Journal {
    static final String FILE = ".swplugin-journal";
    private static final String HEADER = "swplugin journal 1";

    /** A directory the transaction creates. */
    record Directory(String path) {
    }

    /** A file the transaction creates, with the digest of what it writes. */
    record Creation(String path, String digest) {
    }

    /** A file the transaction edits: its mode (or "-"), the digest of the new text and the original bytes. */
    record Edit(String path, String mode, String digest, byte[] original) {
    }

    final String run;
    final List<Directory> directories = new ArrayList<>();
    final List<Creation> creations = new ArrayList<>();
    final List<Edit> edits = new ArrayList<>();
    final List<String> temporaries = new ArrayList<>();

    Journal(String run) {
        this.run = run;
    }

    void write(Path root) throws IOException {
        Base64.Encoder b64 = Base64.getEncoder();
        StringBuilder out = new StringBuilder(HEADER).append('\n').append("run ").append(run).append('\n');
        directories.forEach(d -> out.append("dir ").append(encode(d.path())).append('\n'));
        creations.forEach(c -> out.append("create ").append(encode(c.path())).append(' ').append(c.digest()).append('\n'));
        edits.forEach(e -> out.append("edit ").append(encode(e.path())).append(' ').append(e.mode()).append(' ')
                .append(e.digest()).append(' ').append(b64.encodeToString(e.original())).append('\n'));
        temporaries.forEach(t -> out.append("temp ").append(encode(t)).append('\n'));
        AtomicFiles.write(root.resolve(FILE), out.toString());
    }

    /** The journal an interrupted run left, or null when there is none. */
    static Journal read(Path root) throws IOException {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("run ")) {
            throw new TransactionException(FILE + " is not a journal this version of swplugin can read: restore the"
                    + " checkout from git and remove it");
        }
        Journal journal = new Journal(lines.get(1).substring(4));
        for (String line : lines.subList(2, lines.size())) {
            String[] f = line.split(" ");
            switch (f[0]) {
                case "dir" -> journal.directories.add(new Directory(decode(f[1])));
                case "create" -> journal.creations.add(new Creation(decode(f[1]), f[2]));
                case "edit" -> journal.edits.add(new Edit(decode(f[1]), f[2], f[3], Base64.getDecoder().decode(f[4])));
                case "temp" -> journal.temporaries.add(decode(f[1]));
                default -> throw new TransactionException(FILE + " has a line this version cannot read: " + line);
            }
        }
        return journal;
    }

    static void delete(Path root) throws IOException {
        Files.deleteIfExists(root.resolve(FILE));
    }

    static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String encode(String path) {
        return Base64.getEncoder().encodeToString(path.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String encoded) {
        return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    }
}

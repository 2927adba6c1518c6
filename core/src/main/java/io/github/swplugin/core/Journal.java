package io.github.swplugin.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * What a transaction is about to do to a checkout, written before the first file moves so that an
 * interrupted run can be rolled back by the next one. One entry a line; paths and contents in Base64. The
 * last line signs everything above it with this user's {@link JournalKey}, and the journal names the checkout
 * it belongs to: a journal that fails either test was not written here by this user, and is never acted on.
 */
final class Journal {
    static final String FILE = ".swplugin-journal";
    private static final String HEADER = "swplugin journal 2";
    private static final String SIGNATURE = "mac ";

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

    void write(CheckoutRoot root) throws IOException {
        Base64.Encoder b64 = Base64.getEncoder();
        StringBuilder out = new StringBuilder(HEADER).append('\n')
                .append("root ").append(encode(root.real().toString())).append('\n')
                .append("run ").append(encode(run)).append('\n');
        directories.forEach(d -> out.append("dir ").append(encode(d.path())).append('\n'));
        creations.forEach(c -> out.append("create ").append(encode(c.path())).append(' ').append(c.digest()).append('\n'));
        edits.forEach(e -> out.append("edit ").append(encode(e.path())).append(' ').append(e.mode()).append(' ')
                .append(e.digest()).append(' ').append(b64.encodeToString(e.original())).append('\n'));
        temporaries.forEach(t -> out.append("temp ").append(encode(t)).append('\n'));
        HmacSha256 mac = new HmacSha256(JournalKey.get());
        String signed = out.toString();
        out.append(SIGNATURE).append(HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)))).append('\n');
        AtomicFiles.write(root, root.real().resolve(FILE), out.toString());
    }

    static boolean exists(CheckoutRoot root) {
        return Files.exists(root.real().resolve(FILE), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The journal an interrupted run of this user left in this checkout, or null when there is none; a journal
     * of anyone else, of another checkout, or changed since it was written is {@link ForeignJournalException}.
     */
    static Journal read(CheckoutRoot root) throws IOException {
        Path file = root.real().resolve(FILE);
        if (!exists(root)) {
            return null;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ForeignJournalException("is not a regular file");
        }
        List<String> lines = verified(file, JournalKey.get());
        if (!lines.get(1).equals("root " + encode(root.real().toString()))) {
            throw new ForeignJournalException("was written for another checkout");
        }
        Journal journal = new Journal(decode(lines.get(2).substring("run ".length())));
        try {
            for (String line : lines.subList(3, lines.size())) {
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "dir" -> journal.directories.add(new Directory(decode(f[1])));
                    case "create" -> journal.creations.add(new Creation(decode(f[1]), f[2]));
                    case "edit" -> journal.edits.add(new Edit(decode(f[1]), f[2], f[3], Base64.getDecoder().decode(f[4])));
                    case "temp" -> journal.temporaries.add(decode(f[1]));
                    default -> throw new ForeignJournalException("has a line this version cannot read");
                }
            }
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new ForeignJournalException("has a line this version cannot read");
        }
        return journal;
    }

    /**
     * The journal's lines without its signature, once the signature is checked. The signed part is streamed
     * through the MAC with a fixed buffer and parsed only once it proved genuine, so that a huge planted file
     * costs neither memory nor more than one read.
     */
    private static List<String> verified(Path file, byte[] key) throws IOException {
        int tail = SIGNATURE.length() + 64 + 1;
        HmacSha256 mac = new HmacSha256(key);
        byte[] signature = new byte[tail];
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            long signed = channel.size() - tail;
            if (signed < HEADER.length()) {
                throw new ForeignJournalException("is not a journal this version of swplugin wrote");
            }
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            for (long left = signed; left > 0; ) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), left));
                int read = channel.read(buffer);
                if (read < 0) {
                    throw new ForeignJournalException("changed while it was read");
                }
                mac.update(buffer.array(), 0, read);
                left -= read;
            }
            ByteBuffer last = ByteBuffer.wrap(signature);
            while (last.hasRemaining() && channel.read(last) >= 0) {
                // the signature line, to its end
            }
            String line = new String(signature, StandardCharsets.ISO_8859_1);
            byte[] given;
            try {
                given = line.startsWith(SIGNATURE) && line.endsWith("\n")
                        ? HexFormat.of().parseHex(line, SIGNATURE.length(), tail - 1) : new byte[0];
            } catch (IllegalArgumentException e) {
                given = new byte[0];
            }
            if (!MessageDigest.isEqual(mac.doFinal(), given)) {
                throw new ForeignJournalException("was not written by swplugin for this user on this machine, or was changed since");
            }
            List<String> lines = new String(Files.readAllBytes(file), 0, (int) signed, StandardCharsets.US_ASCII).lines().toList();
            if (lines.size() < 3 || !lines.get(0).equals(HEADER) || !lines.get(2).startsWith("run ")) {
                throw new ForeignJournalException("is not a journal this version of swplugin wrote");
            }
            return lines;
        }
    }

    static void delete(CheckoutRoot root) throws IOException {
        Files.deleteIfExists(root.real().resolve(FILE));
    }

    static String digest(byte[] content) {
        return HexFormat.of().formatHex(HmacSha256.sha256().digest(content));
    }

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String encoded) {
        return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    }
}

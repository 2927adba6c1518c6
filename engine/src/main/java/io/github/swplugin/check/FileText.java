package io.github.swplugin.check;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Optional;

/** The text of one file as every goal may read it, with each I/O problem turned into a finding. */
public final class FileText {
    public static final String NOT_REGULAR = "is not a regular file (a directory, FIFO or device): it was not read";

    private FileText() {
    }

    /**
     * What every goal may read: a regular file (after links), no larger than {@code maxBytes}, in UTF-8.
     * Anything else (a FIFO, a device, a directory) is reported, never opened, so nothing can hang.
     */
    public static Optional<String> read(Path file, long maxBytes, FileFindings findings) {
        return bytes(file, -1, maxBytes, findings).flatMap(bytes -> text(bytes, findings));
    }

    /**
     * The bytes {@link #read} decodes, for a caller that also digests them as they are.
     *
     * @param knownSize the size of a plain file a stat of this run just found (a listing's), or -1 to stat it here: a file
     *                  not known to be plain is never opened before a stat says it is, since opening a FIFO waits forever
     */
    public static Optional<byte[]> bytes(Path file, long knownSize, long maxBytes, FileFindings findings) {
        try {
            long size = knownSize;
            if (size < 0) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);  // one stat, links followed
                if (!attributes.isRegularFile()) {
                    findings.add(Rule.UNREADABLE_FILE, 1, 1, NOT_REGULAR);
                    return Optional.empty();
                }
                size = attributes.size();
            }
            if (size > maxBytes) {
                findings.add(Rule.UNREADABLE_FILE, 1, 1, "the file has " + size + " bytes, more than the limit of " + maxBytes
                        + ": it was not checked (raise swplugin.maxFileSize if it is genuine)");
                return Optional.empty();
            }
            byte[] bytes;
            // a plain file stream is the lightest way to read thousands of small files in a JVM that has compiled nothing
            // yet; it takes the path as a string, which a locale that cannot spell a name garbles, so a name beyond ASCII is
            // opened by the path's own bytes
            try (InputStream in = isAscii(file.toString()) ? new FileInputStream(file.toFile()) : Files.newInputStream(file)) {
                bytes = readExpecting(in, (int) size, maxBytes);
            }
            if (bytes.length > maxBytes) {
                findings.add(Rule.UNREADABLE_FILE, 1, 1, "the file grew past the limit of " + maxBytes + " bytes while it"
                        + " was read: it was not checked");
                return Optional.empty();
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            findings.add(Rule.UNREADABLE_FILE, 1, 1, "the file cannot be read: " + reason(e));
        }
        return Optional.empty();
    }

    /** The text of a file's bytes, or empty after reporting that they are not UTF-8. */
    public static Optional<String> text(byte[] bytes, FileFindings findings) {
        Optional<String> text = decode(bytes);
        if (text.isEmpty()) {
            findings.add(Rule.UNREADABLE_FILE, 1, 1, "the file is not valid UTF-8: save it as UTF-8");
        }
        return text;
    }

    /** Whether a name is plain ASCII, which every locale spells back as it is. */
    public static boolean isAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /**
     * The bytes of a stream that held {@code size} bytes when it was looked at, read into an array of that size: fewer
     * if it shrank since, and if it grew, read on up to one byte past {@code maxBytes}, so that the caller can tell.
     */
    static byte[] readExpecting(InputStream in, int size, long maxBytes) throws IOException {
        byte[] bytes = new byte[size];
        int read = in.readNBytes(bytes, 0, size);
        if (read < size) {
            return Arrays.copyOf(bytes, read);
        }
        int next = in.read();
        if (next < 0) {
            return bytes;
        }
        int limit = (int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1);
        byte[] more = in.readNBytes(Math.max(0, limit - size - 1));
        byte[] all = Arrays.copyOf(bytes, size + 1 + more.length);
        all[size] = (byte) next;
        System.arraycopy(more, 0, all, size + 1, more.length);
        return all;
    }

    /** Strict UTF-8 (a byte order mark dropped), or empty when the bytes are not UTF-8: files and URLs alike. */
    public static Optional<String> decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            // malformed input always decodes to U+FFFD, which a valid file may also hold: only then decode strictly
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return Optional.empty();
            }
        }
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** Why a file could not be read, without the absolute path the finding already names. */
    public static String reason(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "the symbolic link makes a loop";
        }
        if (e instanceof NoSuchFileException) {
            return "it disappeared while the checkout was being checked";
        }
        // file-system messages repeat the absolute path; the finding already names the file
        String type = e.getClass().getSimpleName().replace("Exception", "");
        String detail = e instanceof java.nio.file.FileSystemException fse ? fse.getReason() : e.getMessage();
        return detail == null ? type : type + " (" + detail + ")";
    }
}

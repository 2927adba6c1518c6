package io.github.swplugin.core;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * HMAC-SHA256 (RFC 2104) over the runtime's SHA-256. javax.crypto's Mac computes the same function, but its first
 * use in a JVM sets up the JCE framework (policy files, provider checks): about 28 ms, on the path of every
 * generation, for a MAC over a few hundred bytes.
 */
final class HmacSha256 {
    private static final int BLOCK = 64;
    private static final byte INNER = 0x36;
    private static final byte OUTER = 0x5c;

    private final MessageDigest sha256 = sha256();
    private final byte[] paddedKey = new byte[BLOCK];

    HmacSha256(byte[] key) {
        byte[] k = key.length > BLOCK ? sha256.digest(key) : key;
        System.arraycopy(k, 0, paddedKey, 0, k.length);
        sha256.update(xor(INNER));
    }

    void update(byte[] bytes, int offset, int length) {
        sha256.update(bytes, offset, length);
    }

    byte[] doFinal(byte[] bytes) {
        update(bytes, 0, bytes.length);
        return doFinal();
    }

    /** The MAC of everything given since construction; the object is spent. */
    byte[] doFinal() {
        byte[] inner = sha256.digest();
        sha256.update(xor(OUTER));
        return sha256.digest(inner);
    }

    private byte[] xor(byte pad) {
        byte[] block = Arrays.copyOf(paddedKey, BLOCK);
        for (int i = 0; i < BLOCK; i++) {
            block[i] ^= pad;
        }
        return block;
    }

    /** The runtime's SHA-256, which every Java runtime has. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

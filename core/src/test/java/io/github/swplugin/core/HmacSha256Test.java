package io.github.swplugin.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HmacSha256Test {
    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Test
    void givesRfc4231sValues() {
        // test case 2 (a key shorter than the block) and test case 6 (a key longer than the block, hashed first)
        assertThat(hex(new HmacSha256("Jefe".getBytes(StandardCharsets.US_ASCII))
                .doFinal("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        byte[] longKey = new byte[131];
        Arrays.fill(longKey, (byte) 0xaa);
        assertThat(hex(new HmacSha256(longKey)
                .doFinal("Test Using Larger Than Block-Size Key - Hash Key First".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void agreesWithTheRuntimesMacFedInPieces() throws Exception {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            byte[] key = new byte[random.nextInt(100) + 1];
            byte[] message = new byte[random.nextInt(300)];
            random.nextBytes(key);
            random.nextBytes(message);
            Mac expected = Mac.getInstance("HmacSHA256");
            expected.init(new SecretKeySpec(key, "HmacSHA256"));
            HmacSha256 mac = new HmacSha256(key);
            int split = message.length == 0 ? 0 : random.nextInt(message.length);
            mac.update(message, 0, split);
            mac.update(message, split, message.length - split);
            assertThat(hex(mac.doFinal())).isEqualTo(hex(expected.doFinal(message)));
        }
    }
}

package io.github.swplugin.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A file is read by the size its stat gave; one that changed between the stat and the read is read as it is now. */
class FileTextTest {
    private static byte[] read(String now, int statSize, long maxBytes) throws IOException {
        return FileText.readExpecting(new ByteArrayInputStream(now.getBytes(StandardCharsets.UTF_8)), statSize, maxBytes);
    }

    @Test
    void aFileOfItsStatSizeIsReadWhole() throws IOException {
        assertArrayEquals("key: value\n".getBytes(StandardCharsets.UTF_8), read("key: value\n", 11, 100));
        assertEquals(0, read("", 0, 100).length);
    }

    @Test
    void aFileThatShrankIsReadAsItIsNow() throws IOException {
        assertEquals("short", new String(read("short", 40, 100), StandardCharsets.UTF_8));
    }

    @Test
    void aFileThatGrewIsReadOnToItsEnd() throws IOException {
        assertEquals("grown since the stat", new String(read("grown since the stat", 5, 100), StandardCharsets.UTF_8));
        assertEquals("x", new String(read("x", 0, 100), StandardCharsets.UTF_8));
    }

    @Test
    void aFileThatGrewPastTheLimitIsReadOneBytePastItSoTheCallerCanTell() throws IOException {
        assertEquals(11, read("0123456789abcdef", 4, 10).length);
        assertEquals(11, read("0123456789a", 10, 10).length);
    }
}

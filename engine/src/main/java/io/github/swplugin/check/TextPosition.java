package io.github.swplugin.check;

import java.util.Arrays;

/** Maps character offsets of a text to 1-based lines and columns. */
public final class TextPosition {
    private final int[] lineStarts;

    public TextPosition(CharSequence text) {
        String chars = text.toString();
        int[] starts = new int[16];
        int count = 1;
        // indexOf, not a loop over charAt: the JDK scans for one character far faster, and this runs over every file
        for (int newline = chars.indexOf('\n'); newline >= 0; newline = chars.indexOf('\n', newline + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = newline + 1;
        }
        lineStarts = Arrays.copyOf(starts, count);
    }

    public int line(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }
}

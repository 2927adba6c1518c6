package io.github.swplugin.collector;

/** Where a YAML text holds a token too long to parse in reasonable time. */
public final class LongTokens {
    /**
     * The longest run of characters without a space or line break that is parsed at once. SnakeYAML
     * copies its whole window for every 1 KiB it reads inside one token, so a token takes time growing
     * with the square of its length (an 8 MB word: a minute); no expectation needs one this long.
     */
    public static final int MAX_CHARS = 1 << 20;

    private LongTokens() {
    }

    /** The 1-based line and column where a run of more than MAX_CHARS non-blank characters starts, or null. */
    public static int[] find(String text) {
        if (text.length() <= MAX_CHARS) {
            return null;
        }
        int line = 1;
        int lineStart = 0;
        int runStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (c == '\n') {
                    line++;
                    lineStart = i + 1;
                }
                runStart = i + 1;
            } else if (i - runStart >= MAX_CHARS) {
                return new int[] {line, runStart - lineStart + 1};
            }
        }
        return null;
    }
}

package io.github.swplugin.core;

/**
 * Text from a checkout (a file name, a YAML value, a journal's path) made safe to print as one line of a log:
 * a line break inside it would let it start a line of its own, which CI systems read as a command (GitHub's
 * {@code ::stop-commands::}), and other control characters can rewrite a terminal. Each is shown escaped.
 */
public final class OneLine {
    private OneLine() {
    }

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !unsafe(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;  // nearly every line: no copy
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> {
                    if (unsafe(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** C0 controls but the tab, DEL, C1 controls, and the Unicode line and paragraph separators. */
    private static boolean unsafe(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
    }
}

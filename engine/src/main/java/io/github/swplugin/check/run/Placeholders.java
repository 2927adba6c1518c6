package io.github.swplugin.check.run;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Rule;

/** The {@code TODO(swplugin)} markers the archetype leaves where it could not know the library. */
final class Placeholders {
    static final String MARKER = "TODO(swplugin)";

    private Placeholders() {
    }

    static void check(String text, FileFindings findings) {
        int line = 1;
        int lineStart = 0;
        for (int i = text.indexOf(MARKER); i >= 0; i = text.indexOf(MARKER, i + MARKER.length())) {
            for (int j = lineStart; j < i; j++) {
                if (text.charAt(j) == '\n') {
                    line++;
                    lineStart = j + 1;
                }
            }
            int end = text.indexOf('\n', i);
            String what = text.substring(i + MARKER.length(), end < 0 ? text.length() : end).replaceFirst("^:\\s*", "").strip();
            findings.add(Rule.PLACEHOLDER, line, i - lineStart + 1, "to do: " + what);
        }
    }
}

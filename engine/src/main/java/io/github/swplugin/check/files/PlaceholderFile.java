package io.github.swplugin.check.files;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Rule;
import io.github.swplugin.collector.Agent;

/** Any text file: the {@code TODO(swplugin)} markers the archetype leaves where it could not know the library. */
public final class PlaceholderFile implements FileCheck {
    static final String MARKER = "TODO(swplugin)";

    @Override
    public boolean reads(String path, Agent agent) {
        return true;
    }

    @Override
    public void check(SourceText file, RunContext context, FileFindings findings) {
        String text = file.text();
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

package io.github.swplugin.check.docs;

import io.github.swplugin.check.FileFindings;
import io.github.swplugin.check.Rule;

/** Compares a committed Plugins.md with the generated one and points at the first line that differs. */
public final class PluginsDocCheck {
    private PluginsDocCheck() {
    }

    public static void check(String actual, String expected, FileFindings findings) {
        if (actual.equals(expected)) {
            return;
        }
        String[] have = actual.split("\n", -1);
        String[] want = expected.split("\n", -1);
        int line = 0;
        while (line < have.length && line < want.length && have[line].equals(want[line])) {
            line++;
        }
        String detail = line < want.length ? "the plugin modules give '" + abbreviate(want[line]) + "'" : "the generated file ends before it";
        // rows missing at the end are reported on the file's last line, not past it
        int lastLine = (int) Math.max(1, actual.lines().count());
        findings.add(Rule.PLUGINS_DOC, Math.min(line + 1, lastLine), 1, "Plugins.md differs from what the plugin modules generate from here on ("
                + detail + "): run mvn swplugin:plugins-doc and commit the result");
    }

    private static String abbreviate(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "..." : text;
    }
}

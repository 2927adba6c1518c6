package io.github.swplugin.check;

import java.util.List;

/** What a run found: findings sorted by path and line, how many files were read, how long it took. */
public record Report(List<Finding> findings, int filesChecked, long millis) {

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public String summary() {
        return "swplugin: checked " + filesChecked + " files in " + millis + " ms: "
                + count(Severity.ERROR) + " errors, " + count(Severity.WARNING) + " warnings";
    }
}

package io.github.swplugin.check;

import io.github.swplugin.core.Words;
import java.util.List;

/** What a run found: findings sorted by path and line, the files it read (sorted), how long it took. */
public record Report(List<Finding> findings, List<String> files, long millis) {

    public int filesChecked() {
        return files.size();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public String summary() {
        return "swplugin: checked " + Words.count(filesChecked(), "file") + " in " + millis + " ms: "
                + Words.count(count(Severity.ERROR), "error") + ", " + Words.count(count(Severity.WARNING), "warning");
    }
}

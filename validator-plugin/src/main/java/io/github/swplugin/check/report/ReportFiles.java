package io.github.swplugin.check.report;

import io.github.swplugin.check.ConfigurationException;
import io.github.swplugin.check.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes the requested report files; {@code sarif} and {@code junit} are known. */
public final class ReportFiles {
    public static final String SARIF = "swplugin.sarif";
    public static final String JUNIT = "TEST-swplugin.xml";

    private ReportFiles() {
    }

    /** Returns the files written, relative names in the order requested. */
    public static List<Path> write(Report report, List<String> kinds, Path directory, String toolVersion) throws IOException {
        List<Path> written = new ArrayList<>();
        for (String kind : kinds) {
            String normalised = kind.trim().toLowerCase(Locale.ROOT);
            if (normalised.isEmpty() || normalised.equals("none")) {
                continue;
            }
            Files.createDirectories(directory);
            switch (normalised) {
                case "sarif" -> written.add(Files.writeString(directory.resolve(SARIF), SarifReport.render(report, toolVersion),
                        StandardCharsets.UTF_8));
                case "junit" -> written.add(Files.writeString(directory.resolve(JUNIT), JunitReport.render(report), StandardCharsets.UTF_8));
                default -> throw new ConfigurationException("swplugin.reports: '" + kind + "' is not a report kind: use sarif, junit or both");
            }
        }
        return written;
    }
}

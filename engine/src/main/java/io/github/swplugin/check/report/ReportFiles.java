package io.github.swplugin.check.report;

import io.github.swplugin.check.ConfigurationException;
import io.github.swplugin.check.Report;
import io.github.swplugin.core.AtomicFiles;
import io.github.swplugin.core.CheckoutRoot;
import java.io.IOException;
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

    /**
     * Returns the files written, in the order requested. They stay inside {@code checkout} when the directory is
     * named inside it, and are never written through a link inside it either ({@link CheckoutRoot#owned}): a committed
     * link where a report goes would put the report over a file of the checkout.
     */
    public static List<Path> write(Report report, List<String> kinds, CheckoutRoot checkout, Path directory, String toolVersion)
            throws IOException {
        List<Path> written = new ArrayList<>();
        for (String kind : kinds) {
            String normalised = kind.trim().toLowerCase(Locale.ROOT);
            if (normalised.isEmpty() || normalised.equals("none")) {
                continue;
            }
            Path file = switch (normalised) {
                case "sarif" -> directory.resolve(SARIF);
                case "junit" -> directory.resolve(JUNIT);
                default -> throw new ConfigurationException("swplugin.reports: '" + kind + "' is not a report kind: use sarif, junit or both");
            };
            AtomicFiles.write(checkout, checkout.owned(file), normalised.equals("sarif") ? SarifReport.render(report, toolVersion) : JunitReport.render(report));
            written.add(file);
        }
        return written;
    }
}

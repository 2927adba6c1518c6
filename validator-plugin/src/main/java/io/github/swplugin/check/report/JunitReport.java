package io.github.swplugin.check.report;

import io.github.swplugin.check.Finding;
import io.github.swplugin.check.Report;
import io.github.swplugin.check.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A JUnit XML test suite as Surefire writes them, for CI servers: one test case per checked file,
 * a failure per ERROR, warnings in the case's system-out.
 */
public final class JunitReport {
    private JunitReport() {
    }

    public static String render(Report report) {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (String file : new TreeSet<>(report.files())) {
            byFile.put(file, new ArrayList<>());
        }
        report.findings().forEach(f -> byFile.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f));
        long failures = report.count(Severity.ERROR);
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuite name=\"swplugin\" tests=\"").append(byFile.size()).append("\" failures=\"").append(failures)
                .append("\" errors=\"0\" skipped=\"0\" time=\"").append(report.millis() / 1000.0).append("\">\n");
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            String name = file.getKey().isEmpty() ? "(checkout)" : file.getKey();
            out.append("  <testcase classname=\"swplugin\" name=\"").append(xml(name)).append("\" time=\"0\"");
            List<Finding> findings = file.getValue();
            if (findings.isEmpty()) {
                out.append("/>\n");
                continue;
            }
            out.append(">\n");
            StringBuilder warnings = new StringBuilder();
            for (Finding finding : findings) {
                if (finding.severity() == Severity.ERROR) {
                    out.append("    <failure type=\"").append(finding.rule().id()).append("\" message=\"").append(xml(finding.message()))
                            .append("\">").append(xml(finding.toString())).append("</failure>\n");
                } else {
                    warnings.append(finding).append('\n');
                }
            }
            if (warnings.length() > 0) {
                out.append("    <system-out>").append(xml(warnings.toString())).append("</system-out>\n");
            }
            out.append("  </testcase>\n");
        }
        return out.append("</testsuite>\n").toString();
    }

    private static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters, even escaped
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

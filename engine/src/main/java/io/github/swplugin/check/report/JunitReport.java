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
 * A JUnit XML test suite as Surefire writes them, for CI servers: a passing test case per checked file (its
 * warnings in its system-out), and a test case of its own per ERROR, holding its one failure, as JUnit consumers
 * expect (a case fails once).
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
        out.append("<testsuite name=\"swplugin\" tests=\"").append(byFile.size() + failures).append("\" failures=\"").append(failures)
                .append("\" errors=\"0\" skipped=\"0\" time=\"").append(report.millis() / 1000.0).append("\">\n");
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            String name = file.getKey().isEmpty() ? "(checkout)" : file.getKey();
            out.append("  <testcase classname=\"swplugin\" name=\"").append(xml(name)).append("\" time=\"0\"");
            StringBuilder warnings = new StringBuilder();
            file.getValue().stream().filter(f -> f.severity() != Severity.ERROR).forEach(f -> warnings.append(f).append('\n'));
            if (warnings.isEmpty()) {
                out.append("/>\n");
            } else {
                out.append(">\n    <system-out>").append(xml(warnings.toString())).append("</system-out>\n  </testcase>\n");
            }
            for (Finding finding : file.getValue()) {
                if (finding.severity() == Severity.ERROR) {
                    out.append("  <testcase classname=\"swplugin.").append(xml(finding.rule().id())).append("\" name=\"")
                            .append(xml(name + ":" + finding.line() + ":" + finding.column())).append("\" time=\"0\">\n")
                            .append("    <failure type=\"").append(finding.rule().id()).append("\" message=\"")
                            .append(xml(finding.message())).append("\">").append(xml(finding.toString())).append("</failure>\n")
                            .append("  </testcase>\n");
                }
            }
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

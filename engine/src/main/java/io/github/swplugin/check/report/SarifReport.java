package io.github.swplugin.check.report;

import io.github.swplugin.check.Finding;
import io.github.swplugin.check.Report;
import io.github.swplugin.check.Rule;
import io.github.swplugin.check.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * SARIF 2.1.0, one run, for code-scanning views: every rule in {@code tool.driver.rules}, every
 * finding a result with its rule, level, message and location relative to the checked directory.
 */
public final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    public static String render(Report report, String toolVersion) {
        List<Object> rules = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            rules.add(Json.object(
                    "id", rule.id(),
                    "name", rule.name(),
                    "shortDescription", Json.object("text", rule.description()),
                    "defaultConfiguration", Json.object("level", level(rule.severity())),
                    "properties", Json.object("tags", List.of(rule.group()))));
        }
        List<Object> results = new ArrayList<>();
        for (Finding finding : report.findings()) {
            results.add(Json.object(
                    "ruleId", finding.rule().id(),
                    "ruleIndex", finding.rule().ordinal(),
                    "level", level(finding.severity()),
                    "message", Json.object("text", finding.message()),
                    "locations", List.of(Json.object("physicalLocation", Json.object(
                            "artifactLocation", Json.object("uri", finding.path(), "uriBaseId", "%SRCROOT%"),
                            "region", Json.object("startLine", finding.line(), "startColumn", finding.column()))))));
        }
        Object driver = Json.object("name", "swplugin", "version", toolVersion, "rules", rules);
        Object run = Json.object("tool", Json.object("driver", driver), "columnKind", "unicodeCodePoints", "results", results);
        return Json.write(Json.object("$schema", SCHEMA, "version", "2.1.0", "runs", List.of(run))) + "\n";
    }

    private static String level(Severity severity) {
        return severity == Severity.ERROR ? "error" : "warning";
    }
}

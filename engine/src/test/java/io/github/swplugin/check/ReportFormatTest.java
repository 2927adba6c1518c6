package io.github.swplugin.check;

import static io.github.swplugin.check.FixtureCheckout.EXPECTED;
import static io.github.swplugin.check.FixtureCheckout.PLUGIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.check.run.Validator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-line finding format every front end prints, and the order findings come in. */
class ReportFormatTest {
    @Test
    void findingLineNamesPathLineColumnLevelAndRule() {
        Finding finding = new Finding("tests/a/expected.data.yml", 12, 5, Rule.UNKNOWN_KEY, "did you mean 'componentId'?");
        assertThat(finding).hasToString("tests/a/expected.data.yml:12:5: ERROR [unknown-key] did you mean 'componentId'?");
        assertThat(new Finding("x.py", 1, 1, Rule.DEAD_KEY, "m")).hasToString("x.py:1:1: WARNING [dead-key] m");
    }

    @Test
    void findingsAreSortedByPathThenLineAndAllAreKept(@TempDir Path dir) {
        FixtureCheckout checkout = FixtureCheckout.copyTo(dir)
                .replace(EXPECTED, "spanType: Exit", "spanType: exit")
                .replace(EXPECTED, "componentId: 7002", "componentID: 7002")
                .replace(PLUGIN, "component=Component.DemoLib", "component=Component.Nope");
        Report report = new Validator(ValidatorOptions.defaults(checkout.root())).run();
        List<Finding> findings = report.findings();
        assertThat(findings).extracting(Finding::path).containsExactly(PLUGIN, EXPECTED, EXPECTED).isNotEqualTo(List.of());
        assertThat(findings).isSortedAccordingTo(Finding::compareTo);
        assertThat(findings.get(0).path()).isLessThan(findings.get(1).path());
        assertThat(findings.get(1).line()).isLessThan(findings.get(2).line());
        assertThat(report.summary()).matches("swplugin: checked 13 files in \\d+ ms: 3 errors, 0 warnings");
    }

    @Test
    void everyRuleIdIsUniqueAndKebabCase() {
        assertThat(List.of(Rule.values())).extracting(Rule::id).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z]+(-[a-z0-9]+)*"));
    }
}

package io.github.swplugin.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.swplugin.check.Finding;
import io.github.swplugin.check.Report;
import io.github.swplugin.check.Rule;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.yaml.snakeyaml.Yaml;

class ReportsTest {
    private static final Report REPORT = new Report(List.of(
            new Finding("tests/a/expected.data.yml", 12, 5, Rule.UNKNOWN_KEY, "ignores 'componentID': did you mean \"componentId\"?"),
            new Finding("tests/a/expected.data.yml", 20, 3, Rule.DEAD_KEY, "never compared <operationId> & co"),
            new Finding("skywalking/plugins/sw_x.py", 1, 1, Rule.LICENSE_HEADER, "missing")),
            List.of("skywalking/plugins/sw_x.py", "tests/a/docker-compose.yml", "tests/a/expected.data.yml"), 1234);

    @Test
    @SuppressWarnings("unchecked")
    void sarifHasTheRequiredStructureOfSarif210() {
        Map<String, Object> log = new Yaml().load(SarifReport.render(REPORT, "1.2.3"));
        assertThat(log).containsEntry("version", "2.1.0").containsKey("$schema");
        List<Map<String, Object>> runs = (List<Map<String, Object>>) log.get("runs");
        assertThat(runs).hasSize(1);
        Map<String, Object> driver = (Map<String, Object>) ((Map<String, Object>) runs.get(0).get("tool")).get("driver");
        assertThat(driver).containsEntry("name", "swplugin").containsEntry("version", "1.2.3");
        List<Map<String, Object>> rules = (List<Map<String, Object>>) driver.get("rules");
        assertThat(rules).extracting(r -> r.get("id")).containsExactly(List.of(Rule.values()).stream().map(Rule::id).toArray());
        List<Map<String, Object>> results = (List<Map<String, Object>>) runs.get(0).get("results");
        assertThat(results).hasSize(3);
        Map<String, Object> first = results.get(0);
        assertThat(first).containsEntry("ruleId", "unknown-key").containsEntry("level", "error").containsEntry("ruleIndex", Rule.UNKNOWN_KEY.ordinal());
        assertThat((Map<String, Object>) first.get("message")).containsEntry("text", "ignores 'componentID': did you mean \"componentId\"?");
        Map<String, Object> location = (Map<String, Object>) ((List<Map<String, Object>>) first.get("locations")).get(0).get("physicalLocation");
        assertThat((Map<String, Object>) location.get("artifactLocation")).containsEntry("uri", "tests/a/expected.data.yml");
        assertThat((Map<String, Object>) location.get("region")).containsEntry("startLine", 12).containsEntry("startColumn", 5);
        assertThat(results.get(1)).containsEntry("level", "warning");
    }

    @Test
    void junitHasACasePerFileAndACaseOfItsOwnPerError() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(JunitReport.render(REPORT).getBytes(StandardCharsets.UTF_8)));
        Element suite = xml.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("tests")).isEqualTo("5");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(((Element) xml.getElementsByTagName("testcase").item(i)).getElementsByTagName("failure").getLength()).isLessThanOrEqualTo(1);
        }
        assertThat(((Element) xml.getElementsByTagName("failure").item(1).getParentNode()).getAttribute("name"))
                .isEqualTo("tests/a/expected.data.yml:12:5");
        Element failure = (Element) xml.getElementsByTagName("failure").item(1);
        assertThat(failure.getAttribute("type")).isEqualTo("unknown-key");
        assertThat(failure.getTextContent()).isEqualTo(REPORT.findings().get(0).toString());
        assertThat(xml.getElementsByTagName("system-out").item(0).getTextContent()).contains("WARNING [dead-key] never compared <operationId> & co");
    }

    @Test
    void githubCommandsEscapeWhatWorkflowCommandsReserve() {
        Finding finding = new Finding("tests/a,b/x.yml", 3, 7, Rule.EXPRESSION, "50% of\nvalues");
        assertThat(GithubAnnotations.command(finding))
                .isEqualTo("::error file=tests/a%2Cb/x.yml,line=3,col=7,title=expression::50%25 of%0Avalues");
        assertThat(GithubAnnotations.command(REPORT.findings().get(1))).startsWith("::warning file=tests/a/expected.data.yml,line=20,col=3");
        assertThat(GithubAnnotations.enabled("true")).isTrue();
        assertThat(GithubAnnotations.enabled(null)).isFalse();
    }
}
